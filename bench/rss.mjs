// Loaded with --import into each measured process: report its peak resident memory when it exits.
import { appendFileSync } from 'node:fs';

const out = process.env.POLICY_BENCH_RSS_FILE;
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
