// Crafted Markdown bodies cannot stall a check or exhaust its memory: the heading scanner reads them in one pass,
// and what it leaves to remark is parsed on a sandbox thread held to a time and memory bound; a body past the
// bound is a message on its file, and the rest of the register is checked as usual.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { policyText } from '../helpers/rule-tester.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/src/cli/main.js');
const RSS_HOOK = join(ROOT, 'bench/rss.mjs');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Outcome {
  code: number;
  peakMb: number;
  messages: { file: string; line: number; ruleId: string; message: string }[];
}

/** Check a register of one crafted policy and one good one with the built CLI, measuring its peak memory. */
function checkWith(body: string): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bodies-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'policies'));
  writeFileSync(join(dir, 'policies', 'crafted.md'), policyText({ id: '"X-1"' }, body));
  writeFileSync(join(dir, 'policies', 'good.md'), policyText({ id: '"X-2"' }));
  const rss = join(dir, 'rss.txt');
  let stdout: string;
  let code = 0;
  try {
    stdout = execFileSync(process.execPath, ['--import', RSS_HOOK, CLI, 'check', '--format', 'json', '--as-of', '2026-11-24'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, POLICY_BENCH_RSS_FILE: rss },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    ({ stdout } = error as { stdout: string });
    code = (error as { status: number }).status;
  }
  const peakMb = Number(readFileSync(rss, 'utf8').trim().split(' ')[0]) / 1024;
  const results = (JSON.parse(stdout) as { results: { file: string; messages: Omit<Outcome['messages'][number], 'file'>[] }[] }).results;
  return { code, peakMb, messages: results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.file }))) };
}

const HTML = '<div>\n\n';
/** The line after the closing fence of policyText's frontmatter. */
const BODY_LINE = policyText().split('\n').indexOf('---', 1) + 2;

// Each shape is tried as it is (the scanner reads it) and after an HTML block (remark must read it).
const SHAPES: [string, string][] = [
  ['block quotes nested 50,000 deep', `${'>'.repeat(50_000)} x\n`],
  ['a run of 30,000 emphasis openers', `${'*a '.repeat(30_000)}\n`],
  ['40,000 nested link brackets', `${'['.repeat(40_000)}a${']'.repeat(40_000)}\n`],
  ['nearly a megabyte of empty headings', '#\n'.repeat(480_000)],
  ['list items indented ever deeper', Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i % 60)}- x`).join('\n')],
];

describe.skipIf(!existsSync(CLI))('crafted bodies', () => {
  it.each(SHAPES)(
    '%s, read by the scanner: checked within the memory bound',
    (_, body) => {
      const outcome = checkWith(body);
      expect(outcome.code).toBe(1);
      expect(outcome.peakMb).toBeLessThan(500);
      const crafted = outcome.messages.filter((m) => m.file === 'policies/crafted.md');
      // No equality or monitoring heading in any of them: the rule still ran.
      expect(crafted.filter((m) => m.ruleId === 'core/required-sections').length).toBe(2);
      expect(outcome.messages.filter((m) => m.file === 'policies/good.md')).toEqual([]);
    },
    120_000,
  );

  it.each(SHAPES)(
    '%s, after HTML (remark reads it): a message on the file, or the headings, within the bounds',
    (_, body) => {
      const outcome = checkWith(HTML + body);
      expect(outcome.code).toBe(1);
      expect(outcome.peakMb).toBeLessThan(500);
      const crafted = outcome.messages.filter((m) => m.file === 'policies/crafted.md');
      const unreadable = crafted.filter((m) => m.ruleId === 'core/frontmatter');
      if (unreadable.length > 0) {
        expect(unreadable).toEqual([expect.objectContaining({ line: BODY_LINE, message: expect.stringMatching(/too complex to read/) })]);
        expect(crafted.filter((m) => m.ruleId === 'core/required-sections')).toEqual([]);
      } else {
        expect(crafted.filter((m) => m.ruleId === 'core/required-sections').length).toBe(2);
      }
      expect(outcome.messages.filter((m) => m.file === 'policies/good.md')).toEqual([]);
    },
    120_000,
  );

  it('block quotes nested 50,000 deep after HTML (over a minute unbounded) are refused with a message', () => {
    const outcome = checkWith(`${HTML}${'>'.repeat(50_000)} x\n`);
    expect(outcome.messages.filter((m) => m.file === 'policies/crafted.md')).toEqual([
      expect.objectContaining({ ruleId: 'core/frontmatter', line: BODY_LINE, message: expect.stringMatching(/too complex to read.*`>`/s) }),
    ]);
  }, 120_000);
});
