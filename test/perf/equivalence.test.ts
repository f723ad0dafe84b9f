// Every optimisation keeps the results identical: the same register through the parallel and the plain paths, and
// through the reference path (one thread, the full YAML parser for every policy, remark over every whole file for
// its headings), gives the same output, finding for finding and line for line.
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
    return execFileSync(process.execPath, [CLI, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      maxBuffer: 256 * 1024 * 1024,
    });
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
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const count = PARALLEL_THRESHOLD + 100;
    for (let i = 0; i < count; i++) {
      let text = policyFile(i, count, rand);
      // Some broken files, so messages of every kind are compared, positions included.
      if (i % 101 === 0) text = text.replace('status: approved', 'status: aproved');
      if (i % 131 === 0) text = text.replace('adopted:', 'adopted: 01/05/2014\nadopted_:');
      if (i % 149 === 0) text = text.replace(/^---\n/, '---js\n');
      // Bodies the heading scanner leaves to remark, and headings it reads with inline syntax, some of them missing
      // the sections core/required-sections asks for.
      if (i % 7 === 1) text = text.replace('## Purpose', '<div class="note">Draft</div>\n\n## Purpose');
      if (i % 11 === 2) text = text.replace('## Equality impact assessment', 'Equality *impact* assessment\n---');
      if (i % 13 === 3) text = text.replace('## Monitoring and review', '## *Monitoring* &amp; `review`');
      if (i % 17 === 4) text = text.replace('## Equality impact assessment', '> ## Equality impact assessment');
      if (i % 19 === 5) text = text.replace('## Monitoring and review', '- item\n\n  ## Monitoring and review');
      if (i % 23 === 6)
        text = text.replace('## Purpose', '```\n## Equality\n```\n\n## Purpose').replace('## Equality impact assessment', '## Impact');
      writeFileSync(join(dir, 'policies', `p-${i}.md`), text);
    }
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['check', '--format', 'json'],
    ['report', '--format', 'json'],
    ['calendar', '--format', 'csv', '--from', '2026-04-01', '--to', '2028-03-31'],
  ])(
    '%s gives identical output with one thread and with several',
    (...args) => {
      const asOf = ['--as-of', '2026-11-24'];
      const reference = run([...args, ...asOf], { POLICY_TRACKER_REFERENCE: '1' });
      const plain = run([...args, ...asOf], { POLICY_TRACKER_THREADS: '1' });
      const parallel = run([...args, ...asOf], { POLICY_TRACKER_THREADS: '2' });
      expect(plain.length).toBeGreaterThan(1000);
      expect(plain).toBe(reference);
      expect(parallel).toBe(reference);
    },
    180_000,
  );

  it('check --concurrency 3 gives the reference output, and required-sections findings are among it', () => {
    const asOf = ['--as-of', '2026-11-24'];
    const reference = run(['check', '--format', 'json', ...asOf], { POLICY_TRACKER_REFERENCE: '1' });
    expect(run(['check', '--format', 'json', '--concurrency', '3', ...asOf])).toBe(reference);
    const sections = (JSON.parse(reference) as { results: { messages: { ruleId: string }[] }[] }).results
      .flatMap((r) => r.messages)
      .filter((m) => m.ruleId === 'core/required-sections');
    expect(sections.length).toBeGreaterThan(20);
  }, 180_000);
});
