// history, diff, last-change dates in one pass, and stale drafts, on real repositories.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastChangeDates } from '../../src/git/last-change.js';
import { policyText } from '../helpers/rule-tester.js';
import { TempRepo } from '../helpers/git-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const CONFIG = 'organisation: Test HA\npolicies: [policies]\n';
const body = (monitoring: string) =>
  `# Rent Arrears Policy\n\n## Purpose\nTo recover arrears fairly.\n\n## Equality impact assessment\nNo negative impact.\n\n## Monitoring and review\n${monitoring}\n`;
const approvals = (...dates: string[]) =>
  `\n${dates.map((d, i) => `  - { date: ${d}, body: Housing Services Committee, minute: "HSC ${i + 1}" }`).join('\n')}`;

function history(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo
    .write({
      'policies.config.yaml': CONFIG,
      'policies/arrears.md': policyText(
        { status: 'draft', approvals: undefined, last_reviewed: undefined, adopted: undefined },
        body('Yearly.'),
      ),
    })
    .commit('Draft rent arrears policy', '2015-05-01');
  repo
    .write({
      'policies/arrears.md': policyText(
        { approvals: approvals('2015-06-11'), last_reviewed: undefined, adopted: '2015-06-11' },
        body('Yearly.'),
      ),
    })
    .commit('Record approval of the arrears policy', '2015-06-12');
  repo.rename('policies/arrears.md', 'policies/rent-arrears.md').commit('Rename policy files', '2020-01-10');
  repo
    .write({
      'policies/rent-arrears.md': policyText(
        { approvals: approvals('2015-06-11', '2025-03-13') },
        body('Reported to committee every quarter.'),
      ),
    })
    .commit('Review 2025: quarterly reporting', '2025-03-14');
  repo
    .write({
      'policies/rent-arrears.md': policyText(
        { title: 'Rent Arrears and Income Policy', approvals: approvals('2015-06-11', '2025-03-13') },
        body('Reported to committee every quarter, with a yearly report to the Board.'),
      ),
    })
    .commit('Proposed changes for the 2027 review', '2026-11-02');
  return repo;
}

describe('policies history', () => {
  it('lists versions across a rename merged with approvals, oldest first', async () => {
    const repo = history();
    const { code, stdout } = await repo.cli(['history', 'HM-01', '--format', 'json']);
    expect(code).toBe(0);
    const entries = (JSON.parse(stdout) as { entries: { date: string; kind: string; subject?: string; path?: string; minute?: string }[] })
      .entries;
    expect(entries.map((e) => `${e.date} ${e.kind} ${e.subject ?? e.minute}`)).toEqual([
      '2015-05-01 version Draft rent arrears policy',
      '2015-06-11 approval HSC 1',
      '2015-06-12 version Record approval of the arrears policy',
      '2020-01-10 version Rename policy files',
      '2025-03-13 approval HSC 2',
      '2025-03-14 version Review 2025: quarterly reporting',
      '2026-11-02 version Proposed changes for the 2027 review',
    ]);
    expect(entries[0]!.path).toBe('policies/arrears.md');
    expect(entries.at(-1)!.path).toBe('policies/rent-arrears.md');
  });

  it('writes Markdown with authors and commits', async () => {
    const { stdout } = await history().cli(['history', 'HM-01']);
    expect(stdout).toContain('# History of HM-01 Rent Arrears and Income Policy');
    expect(stdout).toMatch(/\| 2025-03-13 \| Approved \| Housing Services Committee, minute HSC 2 \|/);
    expect(stdout).toMatch(/\| 2026-11-02 \| Changed \| Proposed changes for the 2027 review \(Test Officer, [0-9a-f]{7}/);
  });

  it('says when the id is not in the register, with a suggestion', async () => {
    const { code, stderr } = await history().cli(['history', 'HM-1']);
    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean "HM-01"?');
  });
});

describe('policies diff', () => {
  it('compares with the version that recorded the latest approval', async () => {
    const { code, stdout } = await history().cli(['diff', 'HM-01']);
    expect(code).toBe(0);
    expect(stdout).toContain('the version approved by Housing Services Committee on 2025-03-13');
    expect(stdout).toContain('| title | Rent Arrears Policy | Rent Arrears and Income Policy |');
    expect(stdout).toContain('### Monitoring and review (changed)');
    expect(stdout).toMatch(/- Reported to committee every quarter\.\n\+ Reported to committee every quarter, with a yearly report/);
    expect(stdout).not.toContain('### Purpose');
  });

  it('compares with a base ref, following the rename', async () => {
    const repo = history();
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
    const { code, stdout } = await repo.cli(['diff', 'HM-01', '--base', first]);
    expect(code).toBe(0);
    expect(stdout).toContain('| status | draft | approved |');
  });

  it('refuses a hostile base', async () => {
    const { code, stderr } = await history().cli(['diff', 'HM-01', '--base=--output=x']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot be used');
  });

  it('keeps policy text from closing the diff fence', async () => {
    const repo = history();
    repo
      .write({
        'policies/rent-arrears.md': policyText(
          { approvals: approvals('2015-06-11', '2025-03-13') },
          body('Quarterly.\n```\n# not a heading\n````'),
        ),
      })
      .commit('Fence in text', '2026-11-03');
    const { stdout } = await repo.cli(['diff', 'HM-01']);
    expect(stdout).toContain('`````diff');
  });
});

describe('last-change dates', () => {
  it('come from a single git call for a register of many policies', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) files[`policies/p${i}.md`] = `---\nid: "P${i}"\n---\n`;
    repo.write(files).commit('All policies', '2024-01-10');
    repo.write({ 'policies/p7.md': '---\nid: "P7"\ntitle: changed\n---\n' }).commit('Change one', '2025-06-01');
    // Count git processes with a logging wrapper first on PATH.
    const bin = mkdtempSync(join(tmpdir(), 'pt-bin-'));
    const log = join(bin, 'calls.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${realGit}" "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const dates = await lastChangeDates(repo.dir, Object.keys(files));
      expect(dates?.size).toBe(1000);
      expect(dates?.get('policies/p7.md')).toBe('2025-06-01');
      expect(dates?.get('policies/p8.md')).toBe('2024-01-10');
    } finally {
      process.env.PATH = path;
    }
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    rmSync(bin, { recursive: true, force: true });
    expect(calls.filter((c) => / log /.test(` ${c} `))).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(2); // rev-parse --show-toplevel, then the one log
  });
});

describe('core/stale-draft', () => {
  it('warns about a draft untouched for longer than review.stale_months, and not a recent one', async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo
      .write({
        'policies.config.yaml': `${CONFIG}review: { stale_months: 6 }\n`,
        'policies/old.md': policyText({ id: '"OLD"', status: 'draft', approvals: undefined, adopted: undefined, last_reviewed: undefined }),
      })
      .commit('Old draft', '2026-03-01');
    repo
      .write({
        'policies/new.md': policyText({
          id: '"NEW"',
          status: 'consultation',
          approvals: undefined,
          adopted: undefined,
          last_reviewed: undefined,
        }),
      })
      .commit('New', '2026-10-01');
    const { stdout } = await repo.cli(['check', '--format', 'json']);
    const found = (JSON.parse(stdout) as { results: { file: string; messages: { ruleId: string; line: number }[] }[] }).results.flatMap(
      (r) => r.messages.filter((m) => m.ruleId === 'core/stale-draft').map((m) => `${r.file}:${m.line}`),
    );
    expect(found).toEqual(['policies/old.md:5']);
  });
});
