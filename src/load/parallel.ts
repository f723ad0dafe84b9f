// One pass over a register on every core: each thread reads, parses and validates its share of the files, reads
// what the policy rules need from each body, and runs those rules; the policies come back as plain records (their
// frontmatter) with their findings, for the register rules on the main thread.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DiscoveredFile } from './discover.js';
import { fromRecord, policyFromRead, type Policy, type PolicyRecord } from './policy.js';
import { readPolicyText } from './read.js';
import type { ResolvedConfig } from '../config/config.js';
import { createPolicyPass, type StampedMessage } from '../engine/run.js';
import type { Rule } from '../engine/rule.js';
import { REFERENCE_PATH } from './reference.js';

/** Below this many files a thread's start-up (about 0.15 s) costs more than it saves. */
export const PARALLEL_THRESHOLD = 600;

const WORKER = new URL('./worker.js', import.meta.url);

/** The policy rules to run on each policy as it loads (on whichever thread loads it). */
export interface CheckAsLoaded {
  /** Policy rules; on worker threads they are found again by qualified id in the built-in rule set. */
  rules: readonly Rule[];
  ruleIds: readonly string[];
  config: ResolvedConfig;
  today: string;
  registerFile: string;
}

/** What a worker is given: plain data only (the config as it was read; the worker resolves it again). */
export interface WorkerJob {
  files: { file: string; absolute: string }[];
  maxBytes?: number;
  check?: Omit<CheckAsLoaded, 'rules' | 'config'> & { config: NonNullable<ResolvedConfig['source']> };
}

export interface Loaded {
  policies: Policy[];
  /** Findings of the policy rules run as the policies loaded. */
  findings: StampedMessage[];
}

/** Load one policy and, with a check, run the policy rules on it: the same steps on every thread. */
export async function loadOne(
  entry: { file: string; absolute: string },
  maxBytes: number | undefined,
  pass: ReturnType<typeof createPolicyPass> | undefined,
): Promise<Policy> {
  const policy = policyFromRead(entry.file, await readPolicyText(entry.absolute, maxBytes), entry.absolute);
  if (pass) {
    if (pass.need) await policy.prepareBody?.(pass.need);
    pass.check(policy);
  }
  // Only the frontmatter stays in memory, on every thread alike (what was read from the body is forgotten).
  policy.releaseBody?.();
  return policy;
}

async function loadHere(files: readonly DiscoveredFile[], maxBytes: number | undefined, check: CheckAsLoaded | undefined): Promise<Loaded> {
  const pass = check ? createPolicyPass(check) : undefined;
  const policies: Policy[] = new Array(files.length);
  for (let i = 0; i < files.length; i++) policies[i] = await loadOne(files[i]!, maxBytes, pass);
  return { policies, findings: pass?.take() ?? [] };
}

function loadInWorker(files: readonly DiscoveredFile[], maxBytes: number | undefined, check: CheckAsLoaded | undefined): Promise<Loaded> {
  return new Promise((resolve, reject) => {
    const job: WorkerJob = {
      files: files.map((f) => ({ file: f.file, absolute: f.absolute })),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
    };
    if (check) job.check = { ruleIds: check.ruleIds, config: check.config.source!, today: check.today, registerFile: check.registerFile };
    let worker: Worker;
    try {
      worker = new Worker(WORKER, { workerData: job });
    } catch {
      // A job that cannot be sent (a config built by hand, not resolved from a file) is loaded on this thread.
      void loadHere(files, maxBytes, check).then(resolve, reject);
      return;
    }
    const policies: Policy[] = [];
    const findings: StampedMessage[] = [];
    worker.on('message', (batch: { records: PolicyRecord[]; findings: StampedMessage[]; done: boolean }) => {
      for (const record of batch.records) policies.push(fromRecord(record));
      for (const finding of batch.findings) findings.push(finding);
      if (!batch.done) return;
      resolve({ policies, findings });
      void worker.terminate();
    });
    // A worker that fails for any reason (it cannot start, it runs out of memory) hands its share back.
    worker.once('error', () => {
      void loadHere(files, maxBytes, check).then(resolve, reject);
    });
  });
}

/** `--concurrency auto` gives each thread at least this many files (see autoConcurrency). */
export const FILES_PER_THREAD = 10_000;

/**
 * The number of threads `--concurrency auto` uses for `files` files: one per FILES_PER_THREAD files, at least one and
 * at most one per core. A thread costs its start-up (about 0.4 s: loading the rules and libraries again) and saves
 * only what the cores can run side by side: on a 2-core machine two loading threads each ran at little more than
 * half speed (reading, parsing and collecting garbage compete), so below about 10,000 files a second thread lost
 * time, and from 20,000 it saved 15% to 40% (docs/performance.md).
 */
export function autoConcurrency(files: number): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Load policies in file order, checking each with `check`'s policy rules as it loads. `concurrency` is the number
 * of threads (default: POLICY_TRACKER_THREADS, else autoConcurrency); registers under PARALLEL_THRESHOLD files, and
 * runs from TypeScript sources (no compiled worker), use this thread only.
 */
export async function loadPolicies(
  files: readonly DiscoveredFile[],
  maxBytes?: number,
  check?: CheckAsLoaded,
  concurrency?: number,
): Promise<Loaded> {
  const setting = concurrency ?? Number(process.env.POLICY_TRACKER_THREADS ?? 0);
  const threads = REFERENCE_PATH ? 1 : setting > 0 ? setting : autoConcurrency(files.length);
  if (threads < 2 || files.length < PARALLEL_THRESHOLD || !existsSync(fileURLToPath(WORKER))) return loadHere(files, maxBytes, check);
  const share = Math.ceil(files.length / threads);
  // Workers take the later shares; this thread loads the first while they run.
  const [mine, ...theirs] = Array.from({ length: threads }, (_, i) => files.slice(i * share, (i + 1) * share)).filter(
    (part) => part.length > 0,
  );
  const pending = theirs.map((part) => loadInWorker(part, maxBytes, check));
  const parts = [await loadHere(mine!, maxBytes, check), ...(await Promise.all(pending))];
  return { policies: parts.flatMap((p) => p.policies), findings: parts.flatMap((p) => p.findings) };
}
