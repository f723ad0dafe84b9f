// `policies approve` as a process: writes only the policy named, prints what changed, refuses in words (exit 2).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyText } from '../helpers/rule-tester.js';

const CLI = join(import.meta.dirname, '../../dist/src/cli/main.js');
let dir: string;
const fresh = policyText({
  id: '"A"',
  next_review: '2028-02',
  eia: '{ required: true, completed: 2027-10-04, outcome: No negative impact identified }',
  consultation:
    '{ required: true, groups: [tenants, registered-tenant-organisations], opened: 2027-08-02, closed: 2027-10-08, summary: Survey }',
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-approve-'));
  mkdirSync(join(dir, 'policies'));
  writeFileSync(
    join(dir, 'policies.config.yaml'),
    `organisation: CLI HA
committees:
  - { name: Housing Services Committee, aliases: [HSC], meetings: [2027-11-18], paper_deadline_working_days: 10 }
`,
  );
  writeFileSync(join(dir, 'policies', 'a.md'), fresh);
  writeFileSync(join(dir, 'policies', 'b.md'), policyText({ id: '"B"' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe.skipIf(!existsSync(CLI))('policies approve', () => {
  it('refuses an approval dated before the consultation closed, writing nothing', () => {
    const r = run('approve', 'A', '--body', 'HSC', '--date', '2027-10-01', '--minute', 'HSC 2027/50', '--as-of', '2027-11-20');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /Nothing written: .*\n.*consultation\.closed 2027-10-08 is after the approval on 2027-10-01.*core\/consultation-timing/,
    );
    expect(readFileSync(join(dir, 'policies', 'a.md'), 'utf8')).toBe(fresh);
  });

  it('records the decision, prints what changed, and check is then clean', () => {
    const r = run('approve', 'A', '--body', 'HSC', '--date', '2027-11-18', '--minute', 'HSC 2027/61', '--as-of', '2027-11-20');
    expect(r.code).toBe(0);
    expect(r.out).toContain('policies/a.md: last_reviewed: 2025-03-13 -> 2027-11-18');
    expect(r.out).toContain('policies/a.md: next_review: 2028-02 -> 2030-11');
    expect(r.out).toContain('policies/a.md: approvals: + 2027-11-18, Housing Services Committee, minute HSC 2027/61');
    expect(r.out).toContain('Wrote policies/a.md.');
    expect(readdirSync(join(dir, 'policies')).sort()).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'policies', 'b.md'), 'utf8')).toBe(policyText({ id: '"B"' }));
    const check = run('check', '--as-of', '2027-11-20', 'policies/a.md');
    expect(check.out).not.toMatch(/\berror\b.*core\//);
  });

  it.each([
    ['no minute', ['A', '--body', 'HSC', '--date', '2027-11-18'], /Give --minute/],
    ['an unknown id', ['AA', '--body', 'HSC', '--date', '2027-11-18', '--minute', 'x'], /No policy in the register has the id "AA"/],
    ['a bad date', ['A', '--body', 'HSC', '--date', '18/11/2027', '--minute', 'x'], /--date/],
  ])('refuses %s with exit 2 and a sentence', (_, args, pattern) => {
    const r = run('approve', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(pattern);
    expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
