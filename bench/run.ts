// `npm run bench`: time whole cold processes on synthetic registers of 1,000, 5,000, 10,000 and 100,000 policies,
// each against the frontmatter floor (read, split, parse and validate, no body; run in turns with the check, so the
// pair meets the same moments of a shared machine) and against remark-lint with a frontmatter schema (remark-cli +
// remark-frontmatter + remark-lint-frontmatter-schema), with medians and peak memory.
// Options: --quick (1,000 only, three runs), --sizes 1000,5000, --runs N, --remark-lint-max N (largest size remark-lint
// is run at; default 10,000, where one run takes minutes), --record (write the table into docs/performance.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegister, type Corpus } from './generate.js';
import { autoConcurrency } from '../src/load/parallel.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'bench', 'out');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const FLOOR = path.join(ROOT, 'dist', 'bench', 'floor.js');
const REMARK = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
const RSS_HOOK = path.join(ROOT, 'bench', 'rss.mjs');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const quick = process.argv.includes('--quick');
const sizes = (option('--sizes') ?? (quick ? '1000' : '1000,5000,10000,100000')).split(',').map(Number);
const runs = Number(option('--runs') ?? (quick ? 3 : 5));
const remarkLintMax = Number(option('--remark-lint-max') ?? 10_000);
const AS_OF = '2026-11-24';

interface Row {
  name: string;
  corpus: Corpus;
  size: number;
  runs: number;
  medianMs: number;
  cpuMs: number;
  peakMb: number;
  /** Wall and CPU time against the floor's. */
  vsFloor?: number;
  cpuVsFloor?: number;
  remarkLintTimes?: number;
  remarkLintCpuTimes?: number;
}

function measure(args: string[], cwd: string): { ms: number; cpuMs: number; mb: number; status: number | null } {
  const rssFile = path.join(OUT, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
    cwd,
    env: { ...process.env, POLICY_BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const [kb = NaN, cpuUs = NaN] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split(' ').map(Number) : [];
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr.toString().slice(0, 500)}`);
  return { ms, cpuMs: cpuUs / 1000, mb: kb / 1024, status: child.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(
  name: string,
  corpus: Corpus,
  size: number,
  args: string[],
  cwd: string,
  options: { runs?: number; warm?: boolean } = {},
): Row {
  if (options.warm) measure(args, cwd); // warm the file cache; the process itself is always cold
  const count = options.runs ?? runs;
  return rowOf(
    name,
    corpus,
    size,
    Array.from({ length: count }, () => measure(args, cwd)),
  );
}

function rowOf(name: string, corpus: Corpus, size: number, results: ReturnType<typeof measure>[]): Row {
  const row = {
    name,
    corpus,
    size,
    runs: results.length,
    medianMs: median(results.map((r) => r.ms)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    peakMb: Math.max(...results.map((r) => r.mb)),
  };
  process.stderr.write(
    `${name} [${corpus}] ${size}: ${(row.medianMs / 1000).toFixed(2)} s, CPU ${(row.cpuMs / 1000).toFixed(2)} s, ${row.peakMb.toFixed(0)} MB\n`,
  );
  return row;
}

/**
 * The floor and a command, run in turns (floor, command, floor, command, ...) so that both meet the same moments of
 * a shared machine; the ratios are the medians of each pair's ratio.
 */
function paired(corpus: Corpus, size: number, floorArgs: string[], args: string[], cwd: string, count: number): [Row, Row] {
  measure(floorArgs, cwd); // warm the file cache; every process itself is cold
  const floors: ReturnType<typeof measure>[] = [];
  const checks: ReturnType<typeof measure>[] = [];
  for (let i = 0; i < count; i++) {
    floors.push(measure(floorArgs, cwd));
    checks.push(measure(args, cwd));
  }
  const floor = rowOf('floor: read + split + YAML + validate', corpus, size, floors);
  const checked = rowOf('policies check', corpus, size, checks);
  checked.vsFloor = median(checks.map((c, i) => c.ms / floors[i]!.ms));
  checked.cpuVsFloor = median(checks.map((c, i) => c.cpuMs / floors[i]!.cpuMs));
  return [floor, checked];
}

function register(size: number, corpus: Corpus): string {
  const dir = path.join(OUT, `register-${size}${corpus === 'findings' ? '' : `-${corpus}`}`);
  const stamp = createHash('sha256')
    .update(readFileSync(path.join(ROOT, 'bench', 'generate.ts')))
    .update(readFileSync(path.join(ROOT, 'policies.config.yaml')))
    .digest('hex');
  const marker = path.join(dir, '.generated');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    process.stderr.write(`generating ${size} policies (${corpus})...\n`);
    generateRegister(dir, size, path.join(ROOT, 'policies.config.yaml'), corpus);
    writeFileSync(marker, stamp);
  }
  remarkLintSetUp(dir);
  return dir;
}

/**
 * remark-lint with a frontmatter schema, as a user of remark would set it up: the policy schema associated with
 * every policy. The plugin's ajv reads draft-07, so it is given the schema without its 2020-12 `$schema` line
 * (nothing else in the schema needs 2020-12).
 */
function remarkLintSetUp(dir: string): void {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'policy.schema.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  writeFileSync(path.join(dir, '.policy.schema.draft7.json'), JSON.stringify(schema));
  writeFileSync(
    path.join(dir, '.remarkrc.mjs'),
    [
      "import remarkFrontmatter from 'remark-frontmatter';",
      "import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';",
      "export default { plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas: { './.policy.schema.draft7.json': ['policies/*.md'] } }]] };",
      '',
    ].join('\n'),
  );
}

mkdirSync(OUT, { recursive: true });
const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const rows: Row[] = [];
const check = ['check', '--as-of', AS_OF, '--format', 'json'];
const checkChanged = [CLI, 'check', '--changed', '--base', 'main', '--as-of', AS_OF, '--format', 'json'];
for (const size of sizes) {
  // The largest registers in the realistic corpus only: two of 100,000 files would take a gigabyte each.
  for (const corpus of (size >= 100_000 ? ['realistic'] : ['findings', 'realistic']) as Corpus[]) {
    const dir = register(size, corpus);
    const [floor, checked] = paired(corpus, size, [FLOOR, 'policies'], [CLI, ...check], dir, size >= 100_000 ? Math.min(runs, 3) : runs);
    rows.push(floor, checked);
    if (autoConcurrency(size) > 1) {
      // auto uses more than one thread at this size: the same check on one thread, for comparison.
      rows.push(
        time('policies check --concurrency 1', corpus, size, [CLI, ...check, '--concurrency', '1'], dir, {
          runs: size >= 100_000 ? 1 : runs,
        }),
      );
    }
    if (corpus === 'findings' && size <= remarkLintMax) {
      // One run at 5,000 and more: each takes minutes.
      const remark = time('remark-lint + frontmatter schema', corpus, size, [REMARK, 'policies', '--quiet', '--no-stdout'], dir, {
        runs: size >= 5_000 ? 1 : runs,
      });
      checked.remarkLintTimes = remark.medianMs / checked.medianMs;
      checked.remarkLintCpuTimes = remark.cpuMs / checked.cpuMs;
      rows.push(remark);
    }
    if (corpus === 'findings' && (size === 5_000 || size === Math.max(...sizes))) {
      rows.push(time('policies check --changed (1 policy changed)', corpus, size, checkChanged, dir));
      rows.push(
        time(
          'policies calendar --format html',
          corpus,
          size,
          [CLI, 'calendar', '--as-of', AS_OF, '--from', '2027-04-01', '--format', 'html'],
          dir,
        ),
      );
      rows.push(time('policies report --format html', corpus, size, [CLI, 'report', '--as-of', AS_OF, '--format', 'html'], dir));
    }
    if (corpus === 'realistic' && size >= 100_000) {
      rows.push(time('policies check --changed (1 policy changed)', corpus, size, checkChanged, dir, { runs: 3 }));
    }
  }
}

const checkAt = (n: number) => rows.find((r) => r.name === 'policies check' && r.corpus === 'realistic' && r.size === n)?.medianMs;
const growth = checkAt(100_000) && checkAt(10_000) ? checkAt(100_000)! / checkAt(10_000)! : undefined;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;

const lines = [
  `machine: ${machine}; load average at the start ${load}; cold processes (runs: as shown): median wall time, median CPU time` +
    ' (all threads), peak resident memory of any run; ratios are wall (CPU)',
  '',
  `| command | corpus | policies | runs | wall | CPU | peak RSS | vs floor | remark-lint takes |`,
  `|---|---|---:|---:|---:|---:|---:|---:|---:|`,
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.corpus} | ${r.size.toLocaleString('en-GB')} | ${r.runs} | ${(r.medianMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ` +
      `${r.peakMb.toFixed(0)} MB | ${r.vsFloor ? `${r.vsFloor.toFixed(2)}× (${r.cpuVsFloor!.toFixed(2)}×)` : ''} | ` +
      `${r.remarkLintTimes ? `${r.remarkLintTimes.toFixed(1)}× as long (${r.remarkLintCpuTimes!.toFixed(1)}×)` : ''} |`,
  ),
  '',
  growth ? `growth: check of 100,000 takes ${growth.toFixed(1)}× check of 10,000 (realistic corpus; linear would be 10×)` : '',
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
