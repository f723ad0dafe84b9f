// A loader thread: reads, parses and checks its share of the register (policy rules only) and sends the policies
// back as plain records, with their findings.
import { parentPort, workerData } from 'node:worker_threads';
import { toRecord, type PolicyRecord } from './policy.js';
import { loadOne, type WorkerJob } from './parallel.js';
import { createPolicyPass } from '../engine/run.js';
import { qualifiedId } from '../engine/rule.js';
import { REGISTRY, RULES } from '../rules/index.js';
import { resolveConfig } from '../config/resolve.js';
import type { RawConfig } from '../config/parse.js';

const { files, maxBytes, check } = workerData as WorkerJob;
const config = check ? resolveConfig({ ...check.config, raw: check.config.raw as RawConfig }, REGISTRY) : undefined;
const pass =
  check && config
    ? createPolicyPass({
        ...check,
        config,
        rules: check.ruleIds.map((id) => RULES.find((r) => qualifiedId(r) === id)).filter((r) => r !== undefined),
      })
    : undefined;
// Records go back in small batches, so neither thread holds a second copy of a whole share at once.
let records: PolicyRecord[] = [];
for (const entry of files) {
  if (records.length >= 256) {
    parentPort!.postMessage({ records, findings: pass?.take() ?? [], done: false });
    records = [];
  }
  records.push(toRecord(await loadOne(entry, maxBytes, pass)));
}
parentPort!.postMessage({ records, findings: pass?.take() ?? [], done: true });
