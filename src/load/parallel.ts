// Parse a large register on every core: worker threads take shares of the files while this thread parses its own.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DiscoveredFile } from './discover.js';
import { fromRecord, policyFromRead, type Policy, type PolicyRecord } from './policy.js';
import { readPolicyText } from './read.js';
import { heapGuard } from '../util/memory.js';

/** Below this many files a thread's start-up (about 0.15 s) costs more than it saves. */
export const PARALLEL_THRESHOLD = 600;

const WORKER = new URL('./worker.js', import.meta.url);

async function loadHere(files: readonly DiscoveredFile[], maxBytes: number | undefined, lean: boolean, concurrency = 32): Promise<Policy[]> {
  const policies: Policy[] = new Array(files.length);
  const tidy = lean ? heapGuard() : () => {};
  let next = 0;
  const run = async () => {
    while (next < files.length) {
      const index = next++;
      const entry = files[index]!;
      policies[index] = policyFromRead(entry.file, await readPolicyText(entry.absolute, maxBytes), entry.absolute);
      tidy();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, run));
  return policies;
}

function loadInWorker(files: readonly DiscoveredFile[], maxBytes: number | undefined, lean: boolean): Promise<Policy[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { files: files.map((f) => ({ file: f.file, absolute: f.absolute })), maxBytes, lean } });
    const policies: Policy[] = [];
    worker.on('message', ({ records, done }: { records: PolicyRecord[]; done: boolean }) => {
      for (const record of records) policies.push(fromRecord(record));
      if (!done) return;
      resolve(policies);
      void worker.terminate();
    });
    // A worker that fails for any reason (it cannot start, it runs out of memory) hands its share back.
    worker.once('error', () => { void loadHere(files, maxBytes, lean).then(resolve, reject); });
  });
}

// Large registers are split across worker threads when the compiled worker is available (it is not when running
// from TypeScript sources) and POLICY_TRACKER_THREADS is not 1.
/**
 * Load policies in file order. With `lean`, long loads collect garbage as they go: for a check that will go on to
 * parse every body, that keeps the peak memory down; a calendar or report does not need it.
 */
export async function loadPolicies(files: readonly DiscoveredFile[], maxBytes?: number, lean = false): Promise<Policy[]> {
  const setting = Number(process.env.POLICY_TRACKER_THREADS ?? 0);
  const threads = setting > 0 ? setting : Math.min(os.availableParallelism(), 4);
  if (threads < 2 || files.length < PARALLEL_THRESHOLD || !existsSync(fileURLToPath(WORKER))) return loadHere(files, maxBytes, lean);
  const share = Math.ceil(files.length / threads);
  // Workers take the later shares; this thread parses the first while they run.
  const [mine, ...theirs] = Array.from({ length: threads }, (_, i) => files.slice(i * share, (i + 1) * share));
  const pending = theirs.map((part) => loadInWorker(part, maxBytes, lean));
  const here = await loadHere(mine!, maxBytes, lean);
  return [...here, ...(await Promise.all(pending)).flat()];
}
