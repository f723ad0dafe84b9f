// `npm run bench`: time whole cold processes on synthetic registers of 100, 1,000 and 10,000 policies, against
// the floor of reading, splitting, parsing and validating (and parsing bodies), with medians and peak memory.
// Options: --quick, --sizes 100,1000, --runs N, --record (write the table into docs/performance.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegister } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'bench', 'out');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const FLOOR = path.join(ROOT, 'dist', 'bench', 'floor.js');
const RSS_HOOK = path.join(ROOT, 'bench', 'rss.mjs');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const quick = process.argv.includes('--quick');
const sizes = (option('--sizes') ?? (quick ? '100,1000' : '100,1000,10000')).split(',').map(Number);
const runs = Number(option('--runs') ?? (quick ? 3 : 5));
const AS_OF = '2026-11-24';

interface Row { name: string; size: number; medianMs: number; peakMb: number; floor?: string; ratio?: number }

function measure(args: string[], cwd: string): { ms: number; mb: number; status: number | null } {
  const rssFile = path.join(OUT, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd, env: { ...process.env, POLICY_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) : NaN;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr.toString().slice(0, 500)}`);
  return { ms, mb: kb / 1024, status: child.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(name: string, size: number, args: string[], cwd: string): Row {
  measure(args, cwd); // warm the file cache; the process itself is always cold
  const results = Array.from({ length: runs }, () => measure(args, cwd));
  return { name, size, medianMs: median(results.map((r) => r.ms)), peakMb: Math.max(...results.map((r) => r.mb)) };
}

function register(size: number): string {
  const dir = path.join(OUT, `register-${size}`);
  const stamp = createHash('sha256').update(readFileSync(path.join(ROOT, 'bench', 'generate.ts'))).update(readFileSync(path.join(ROOT, 'policies.config.yaml'))).digest('hex');
  const marker = path.join(dir, '.generated');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    process.stderr.write(`generating ${size} policies...\n`);
    generateRegister(dir, size, path.join(ROOT, 'policies.config.yaml'));
    writeFileSync(marker, stamp);
  }
  return dir;
}

mkdirSync(OUT, { recursive: true });
const rows: Row[] = [];
for (const size of sizes) {
  const dir = register(size);
  const parse = time('floor: read + split + YAML + validate', size, [FLOOR, 'policies'], dir);
  const remark = time('floor: ... + remark body parse', size, [FLOOR, 'policies', '--remark'], dir);
  const check = time('policies check', size, [CLI, 'check', '--as-of', AS_OF, '--format', 'json'], dir);
  // core/required-sections reads bodies and is on by default, so check's floor includes the body parse.
  check.floor = 'remark';
  check.ratio = check.medianMs / remark.medianMs;
  rows.push(parse, remark, check);
}
const largest = Math.max(...sizes);
const big = path.join(OUT, `register-${largest}`);
rows.push(time('policies check --changed (1 policy changed)', largest, [CLI, 'check', '--changed', '--base', 'main', '--as-of', AS_OF, '--format', 'json'], big));
rows.push(time('policies calendar --format html', largest, [CLI, 'calendar', '--as-of', AS_OF, '--from', '2027-04-01', '--format', 'html'], big));
rows.push(time('policies report --format html', largest, [CLI, 'report', '--as-of', AS_OF, '--format', 'html'], big));

const checkAt = (n: number) => rows.find((r) => r.name === 'policies check' && r.size === n)?.medianMs;
const growth = checkAt(10_000) && checkAt(1_000) ? checkAt(10_000)! / checkAt(1_000)! : undefined;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;

const lines = [
  `machine: ${machine}; ${runs} runs each, median wall time of a cold process`,
  '',
  `| command | policies | median | peak RSS | vs floor |`,
  `|---|---:|---:|---:|---:|`,
  ...rows.map((r) => `| ${r.name} | ${r.size.toLocaleString('en-GB')} | ${(r.medianMs / 1000).toFixed(2)} s | ${r.peakMb.toFixed(0)} MB | ${r.ratio ? `${r.ratio.toFixed(2)}×` : ''} |`),
  '',
  growth ? `growth: check of 10,000 takes ${growth.toFixed(1)}× check of 1,000` : '',
];
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify({ machine, runs, rows, growth }, null, 2)}\n`);

// --record: the table goes into docs/performance.md, between its markers, with the day it was measured.
if (process.argv.includes('--record')) {
  const doc = path.join(ROOT, 'docs', 'performance.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->\n';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${doc} has no ${start.trim()} ... ${end} section to record into`);
  const table = [`Recorded ${new Date().toISOString().slice(0, 10)}. ${lines[0]}`, ...lines.slice(1)].join('\n');
  writeFileSync(doc, `${text.slice(0, from + start.length)}${table}\n${text.slice(to)}`);
  process.stderr.write(`recorded in ${path.relative(ROOT, doc)}\n`);
}
