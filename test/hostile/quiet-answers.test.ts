// Quiet wrong answers turned into clear messages with the right exit code: repeated committee names, dates no
// register can hold, fixes that suggest impossible values, shallow clones, file names that look like patterns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from '../helpers/git-repo.js';
import { policyText } from '../helpers/rule-tester.js';
import { cleanUp, cli, repo, STACK_FRAME } from './harness.js';

afterEach(cleanUp);

const CONFIG = 'organisation: Test HA\ncommittees:\n';

describe('committee names and aliases name one committee each', () => {
  it.each([
    [
      'the same name twice',
      '  - { name: Board, meetings: [2027-03-11] }\n  - { name: Board, meetings: [2027-06-10] }\n',
      4,
      /"Board" is already the name of another committee of the same name/,
    ],
    [
      'names differing in case and spacing',
      '  - { name: Audit Committee }\n  - { name: " audit  committee" }\n',
      4,
      /already the name of the committee Audit Committee/,
    ],
    [
      "an alias that is another committee's name",
      '  - { name: Board }\n  - { name: Finance, aliases: [Finance Committee, board] }\n',
      4,
      /"board" is already the name of the committee Board/,
    ],
    [
      'two committees sharing an alias',
      '  - { name: Board, aliases: [BoM] }\n  - { name: Finance, aliases: [bom] }\n',
      4,
      /"bom" is already an alias of the committee Board/,
    ],
  ])('%s: exit 2 with the line of the repeat', async (_, committees, line, pattern) => {
    const dir = repo({ 'policies/a.md': policyText(), 'policies.config.yaml': CONFIG + committees });
    for (const command of ['check', 'calendar']) {
      const { code, stderr } = await cli(dir, [command]);
      expect(code).toBe(2);
      expect(stderr).toContain(`policies.config.yaml:${line}:`);
      expect(stderr).toMatch(pattern);
    }
  });

  it('a committee repeating its own name as an alias is fine', async () => {
    const dir = repo({
      'policies/a.md': policyText({ approving_body: 'Board' }),
      'policies.config.yaml': `${CONFIG}  - { name: Board, aliases: [board, BOARD] }\n`,
    });
    const { code, stderr } = await cli(dir, ['check', '--as-of', '2026-11-24']);
    expect(stderr).toBe('');
    expect(code).not.toBe(2);
  });
});

describe('dates outside 1900-2200', () => {
  it.each([
    ['adopted', '0001-01-01'],
    ['adopted', '1899-12-31'],
    ['last_reviewed', '2201-01-01'],
    ['next_review', '9999-12'],
    ['next_review', '0000-04'],
  ])('%s: %s is a schema finding with the usual form, and nothing prints nonsense', async (field, value) => {
    const dir = repo({
      'policies/a.md': policyText({ [field]: value }),
      'policies.config.yaml': `${CONFIG}  - { name: Housing Services Committee, remit: [housing-management], meetings: [2027-03-11] }\n`,
    });
    const { code, stdout } = await cli(dir, ['check', '--format', 'json', '--as-of', '2026-11-24']);
    expect(code).toBe(1);
    const messages = (JSON.parse(stdout) as { results: { messages: { ruleId: string; message: string }[] }[] }).results.flatMap(
      (r) => r.messages,
    );
    expect(messages.find((m) => m.ruleId === 'core/schema')?.message).toContain(
      `${field} is ${value}, in the year ${value.slice(0, 4)}; dates must fall between 1900 and 2200`,
    );
    for (const command of [
      ['calendar', '--format', 'md'],
      ['calendar', '--format', 'ics'],
      ['report', '--format', 'md'],
      ['report', '--format', 'json'],
    ]) {
      const out = await cli(dir, [...command, '--as-of', '2026-11-24']);
      expect(out.stdout + out.stderr).not.toMatch(/NaN|Invalid Date|(?<![\d-])\d{1,3}-\d\d-\d\d(?!\d)|[+-]\d{6}-/);
    }
  });

  it.each([
    ['--as-of', '0050-04-01'],
    ['--from', '9999-01-01'],
    ['--to', '1800-03-31'],
  ])('the command line refuses %s %s', async (option, value) => {
    const dir = repo({ 'policies/a.md': policyText(), 'policies.config.yaml': `${CONFIG}  - { name: Board, meetings: [2027-03-11] }\n` });
    const { code, stderr } = await cli(dir, ['calendar', option, value]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/outside the years 1900-2200/);
  });

  it('a meeting or holiday in the config outside the range: exit 2 with its line', async () => {
    const dir = repo({
      'policies/a.md': policyText(),
      'policies.config.yaml': `${CONFIG}  - { name: Board, meetings: [2027-03-11] }\nholidays: [2027-01-01, 0202-12-25]\n`,
    });
    const { code, stderr } = await cli(dir, ['calendar']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/policies\.config\.yaml:4:\d+: .*0202-12-25, in the year 0202/);
  });
});

describe('fixes suggest only values the field accepts', () => {
  it.each([['.inf'], ['-.inf'], ['1e999'], ['.nan'], ['500.5']])('review_cycle_months: %s', async (value) => {
    const dir = repo({ 'policies/a.md': policyText({ review_cycle_months: value }) });
    const { stdout } = await cli(dir, ['check', '--format', 'json', '--as-of', '2026-11-24']);
    const message = (JSON.parse(stdout) as { results: { messages: { ruleId: string; message: string }[] }[] }).results[0]!.messages.find(
      (m) => m.ruleId === 'core/schema',
    )!.message;
    const suggested = /for example review_cycle_months: (.+)$/.exec(message)?.[1];
    if (suggested !== undefined) {
      expect(Number(suggested)).toBeGreaterThanOrEqual(1);
      expect(Number(suggested)).toBeLessThanOrEqual(120);
    }
    expect(message).not.toMatch(/Infinity|NaN/);
  });
});

describe('git history', () => {
  const repos: TempRepo[] = [];
  afterEach(() => {
    for (const r of repos.splice(0)) r.cleanup();
  });

  function withHistory(): TempRepo {
    const r = new TempRepo();
    repos.push(r);
    r.write({
      'policies.config.yaml': 'organisation: Test HA\n',
      'policies/[ab].md': policyText({ id: '"GL-01"' }),
      'policies/a.md': policyText({ id: '"A-01"' }),
    }).commit('Both policies', '2025-01-10');
    r.write({ 'policies/a.md': policyText({ id: '"A-01"', title: 'Changed A' }) }).commit('Only a.md changed', '2025-02-10');
    r.write({ 'policies/b.md': policyText({ id: '"B-01"' }) }).commit('Add b.md', '2025-03-10');
    return r;
  }

  it('a file named like a pattern has only its own history', async () => {
    const r = withHistory();
    const { code, stdout } = await cli(r.dir, ['history', 'GL-01', '--format', 'json']);
    expect(code).toBe(0);
    const subjects = (JSON.parse(stdout) as { entries: { subject?: string }[] }).entries.map((e) => e.subject).filter(Boolean);
    expect(subjects).toEqual(['Both policies']);
  });

  it.each([
    ['history', 'A-01'],
    ['diff', 'A-01'],
  ])('%s in a shallow clone: exit 2, asking for the whole history', async (command, id) => {
    const r = withHistory();
    const clone = mkdtempSync(join(tmpdir(), 'pt-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, clone]);
    repos.push(new TempRepo(clone));
    const { code, stderr } = await cli(clone, [command, id]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/shallow clone.*fetch-depth: 0/);
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});
