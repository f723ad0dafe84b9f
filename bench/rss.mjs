// Loaded with --import into each measured process: report its peak resident memory (KB) and the CPU time of all its
// threads (user + system, microseconds) when it exits. CPU time is the fairer measure on a busy shared machine.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.POLICY_BENCH_RSS_FILE;
// --import runs in every worker thread too: only the process's main thread reports.
if (out && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(out, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
