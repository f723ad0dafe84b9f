// A loader thread: reads and parses its share of the register and sends the policies back as plain records.
import { parentPort, workerData } from 'node:worker_threads';
import { policyFromRead, toRecord, type PolicyRecord } from './policy.js';
import { readPolicyText } from './read.js';
import { heapGuard } from '../util/memory.js';

interface Job { files: { file: string; absolute: string }[]; maxBytes?: number; lean: boolean }

const { files, maxBytes, lean } = workerData as Job;
const tidy = lean ? heapGuard() : () => {};
// Records go back in small batches, so neither thread holds a second copy of a whole share at once.
let records: PolicyRecord[] = [];
for (let i = 0; i < files.length; i += 32) {
  if (records.length >= 256) {
    parentPort!.postMessage({ records, done: false });
    records = [];
  }
  const batch = await Promise.all(files.slice(i, i + 32).map(async (entry) => ({ entry, read: await readPolicyText(entry.absolute, maxBytes) })));
  for (const { entry, read } of batch) {
    records.push(toRecord(policyFromRead(entry.file, read, entry.absolute)));
    tidy();
  }
}
parentPort!.postMessage({ records, done: true });
