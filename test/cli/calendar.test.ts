// `policies calendar` as a process: default period, committee by alias, a meeting's list, and clear refusals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyText } from '../helpers/rule-tester.js';

const CLI = join(import.meta.dirname, '../../dist/src/cli/main.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-cal-'));
  mkdirSync(join(dir, 'policies'));
  writeFileSync(
    join(dir, 'policies.config.yaml'),
    `organisation: CLI HA
committees:
  - { name: Housing Services Committee, aliases: [HSC], meetings: [2027-03-18, 2027-05-20, 2027-09-16], paper_deadline_working_days: 10 }
  - { name: Board, meetings: [2027-06-24], paper_deadline_working_days: 5 }
`,
  );
  writeFileSync(join(dir, 'policies', 'a.md'), policyText({ id: '"A"', next_review: '2027-08' })); // HSC 20 May
  writeFileSync(join(dir, 'policies', 'b.md'), policyText({ id: '"B"', next_review: '2027-04-15' })); // HSC 18 Mar
  writeFileSync(join(dir, 'policies', 'c.md'), policyText({ id: '"C"', next_review: '2028-05', approving_body: 'Board' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'calendar', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe.skipIf(!existsSync(CLI))('policies calendar', () => {
  it('defaults to the financial year containing --as-of', () => {
    expect(run('--as-of', '2027-01-10').out).toContain('Reviews due 2026-04-01 to 2027-03-31');
    const next = run('--as-of', '2027-04-01');
    expect(next.out).toContain('Reviews due 2027-04-01 to 2028-03-31');
    expect(next.out).toMatch(/Housing Services Committee, 2027-05-20[\s\S]*\| A \|/);
  });

  it("gives one committee by alias, and a meeting's whole list whatever the period", () => {
    const r = run('--as-of', '2027-01-10', '--committee', 'hsc', '--meeting', '2027-05-20');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| A \|/);
    expect(r.out).not.toMatch(/\| B \|/);
  });

  it.each([
    ['an unknown committee', ['--committee', 'Audit'], /No committee is called "Audit"\..*Committees: Housing Services Committee, Board\./],
    ['a meeting that is not configured', ['--meeting', '2027-05-21'], /No meeting is configured on 2027-05-21/],
    [
      'a meeting of another committee',
      ['--committee', 'Board', '--meeting', '2027-05-20'],
      /No meeting of Board is configured on 2027-05-20/,
    ],
    ['--to before --from', ['--from', '2027-04-01', '--to', '2027-03-01'], /--to 2027-03-01 is before --from 2027-04-01/],
  ])('refuses %s with exit 2 and a sentence', (_, args, pattern) => {
    const r = run('--as-of', '2027-01-10', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(pattern);
    expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("continues SEQUENCE from the calendar it replaces, cancels what left, and refuses another period's calendar", () => {
    const ics = join(dir, 'programme.ics');
    const year = ['--as-of', '2027-01-10', '--from', '2027-04-01'];
    expect(run(...year, '--format', 'ics', '--out', 'programme.ics').code).toBe(0);
    const first = readFileSync(ics, 'utf8');
    expect(first).toContain('TRANSP:TRANSPARENT');
    expect(first).not.toMatch(/SEQUENCE:[1-9]/);
    writeFileSync(join(dir, 'policies', 'b.md'), policyText({ id: '"B"', next_review: '2027-04-15', status: 'withdrawn' }));
    try {
      expect(run(...year, '--format', 'ics', '--out', 'programme.ics').code).toBe(0);
      const second = readFileSync(ics, 'utf8').replace(/\r\n /g, '');
      expect(second).toMatch(/SEQUENCE:1\r\nSTATUS:CANCELLED|STATUS:CANCELLED[\s\S]*SEQUENCE:1/);
      const other = run('--as-of', '2027-01-10', '--format', 'ics', '--previous', 'programme.ics');
      expect(other.code).toBe(2);
      expect(other.out).toMatch(/programme.ics holds another view of the programme/);
      writeFileSync(join(dir, 'notes.ics'), 'not a calendar');
      const bad = run(...year, '--format', 'ics', '--out', 'notes.ics');
      expect(bad.code).toBe(2);
      expect(bad.out).toMatch(/notes.ics is not an iCalendar file.*--out notes.ics exists and would be replaced/);
    } finally {
      writeFileSync(join(dir, 'policies', 'b.md'), policyText({ id: '"B"', next_review: '2027-04-15' }));
    }
  });
});
