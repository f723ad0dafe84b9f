// check --changed and approval drift, on real repositories with branches, renames, removals, merges and a shallow clone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { policyText } from '../helpers/rule-tester.js';
import { TempRepo } from '../helpers/git-repo.js';
import { runCliIn } from '../helpers/cli.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const CONFIG = 'organisation: Test HA\npolicies: [policies]\n';

function p(id: string, fields: Record<string, string | undefined> = {}, body?: string): string {
  return policyText({ id: `"${id}"`, ...fields }, body);
}

/** A register on main with three policies, and a feature branch checked out. */
function setup(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo
    .write({
      'policies.config.yaml': CONFIG,
      'policies/a.md': p('A', { linked_policies: '[B]' }),
      'policies/b.md': p('B'),
      'policies/c.md': p('C', { linked_policies: '[B]' }),
    })
    .commit('Register', '2025-03-14');
  repo.git('checkout', '-q', '-b', 'feature');
  return repo;
}

async function findings(repo: TempRepo, args: string[] = []) {
  const { code, stdout, stderr } = await repo.cli(['check', '--changed', '--base', 'main', '--format', 'json', ...args]);
  if (code === 2) throw new Error(stderr);
  const result = JSON.parse(stdout) as { results: { file: string; messages: { ruleId: string; line: number }[] }[] };
  return {
    code,
    files: result.results.map((r) => r.file),
    found: result.results.flatMap((r) => r.messages.map((m) => `${r.file}:${m.line} ${m.ruleId}`)).sort(),
  };
}

describe('check --changed', () => {
  it('reports nothing when the branch changes nothing', async () => {
    const repo = setup();
    expect(await findings(repo)).toEqual({ code: 0, files: [], found: [] });
  });

  it('reports the changed policy only, not unchanged ones with problems', async () => {
    const repo = setup();
    repo.write({ 'policies/c.md': p('C', { next_review: '2020-01', linked_policies: '[B]' }) }).commit('Break C on main', '2025-04-01');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', 'feature');
    repo.git('checkout', '-q', '-b', 'feature2');
    repo
      .write({ 'policies/a.md': p('A', { owner: 'Head of Housing', linked_policies: '[B]', eia: '{ required: true }' }) })
      .commit('Change A');
    const { files, found } = await findings(repo);
    expect(files).toEqual(['policies/a.md']);
    expect(found).toEqual(['policies/a.md:14 core/eia-recorded']);
  });

  it("counts the unchanged policies of a changed policy's kind, found by kind or by a title broken over lines", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    const water = (id: string, fields: Record<string, string | undefined>) =>
      p(id, {
        category: 'health-and-safety',
        approving_body: 'Board',
        approvals: '[{ date: 2025-03-13, body: Board, minute: "B 1" }]',
        ...fields,
      });
    repo
      .write({
        'policies.config.yaml': 'organisation: Test HA\njurisdiction: scotland\npolicies: [policies]\n',
        // Ids that no other file mentions, so only the kind can bring W into the check.
        'policies/a.md': water('WS-01', { kind: 'water-safety', title: 'Legionella control' }),
        // No kind: its title ("Policy on water safety", over two lines) makes it a water safety policy.
        'policies/w.md': water('WS-02', { title: 'Policy on water\n  safety' }),
        'policies/c.md': p('HM-09'),
      })
      .commit('Register', '2025-03-14');
    repo.git('checkout', '-q', '-b', 'feature');
    const waterFindings = async () => {
      const { stdout } = await repo.cli(['check', '--changed', '--base', 'main', '--format', 'json', '--as-of', '2026-11-24']);
      const result = JSON.parse(stdout) as { results: { messages: { ruleId: string; message: string }[] }[] };
      return result.results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'core/required-policies' && /water/i.test(m.message));
    };
    repo
      .write({ 'policies/a.md': water('WS-01', { kind: 'water-safety', title: 'Legionella control', status: 'withdrawn' }) })
      .commit('Withdraw A');
    expect(await waterFindings()).toEqual([]);
    repo.write({ 'policies/w.md': water('WS-02', { title: 'Policy on water\n  safety', status: 'withdrawn' }) }).commit('Withdraw W');
    expect(await waterFindings()).toEqual([expect.objectContaining({ message: expect.stringContaining('water-safety') })]);
  });

  it('includes uncommitted and untracked changes', async () => {
    const repo = setup();
    repo.write({ 'policies/new.md': p('NEW', { status: 'aproved' }) });
    const { found } = await findings(repo);
    expect(found).toEqual(['policies/new.md:5 core/schema']);
  });

  it('reports links broken by removing a policy, on the unchanged files that link to it', async () => {
    const repo = setup();
    repo.remove('policies/b.md').commit('Remove B');
    const { code, found } = await findings(repo);
    expect(code).toBe(1);
    expect(found).toEqual(['policies/a.md:16 core/link-exists', 'policies/c.md:16 core/link-exists']);
  });

  it('follows a rename that changes the id, reporting the links it breaks', async () => {
    const repo = setup();
    repo
      .rename('policies/b.md', 'policies/b2.md')
      .write({ 'policies/b2.md': p('B2') })
      .commit('Renumber B as B2');
    const { found } = await findings(repo);
    expect(found).toEqual(['policies/a.md:16 core/link-exists', 'policies/c.md:16 core/link-exists']);
  });

  it('reports a new duplicate id on both files', async () => {
    const repo = setup();
    repo.write({ 'policies/d.md': p('A') }).commit('Add a copy');
    const { found } = await findings(repo);
    expect(found).toEqual(['policies/a.md:2 core/duplicate-id', 'policies/d.md:2 core/duplicate-id']);
  });

  it('reports a link to a policy the branch supersedes', async () => {
    const repo = setup();
    repo.write({ 'policies/b.md': p('B', { status: 'superseded' }) }).commit('Supersede B');
    const { found } = await findings(repo);
    expect(found).toEqual(['policies/a.md:16 core/link-status', 'policies/c.md:16 core/link-status']);
  });

  it('defaults the base to main when there is no upstream or origin', async () => {
    const repo = setup();
    repo.write({ 'policies/a.md': p('A', { linked_policies: '[B]', status: 'aproved' }) }).commit('Typo');
    const { stdout, code } = await repo.cli(['check', '--changed', '--format', 'json']);
    expect(code).toBe(1);
    expect(stdout).toContain('core/schema');
  });

  it("does not take the branch's own remote copy as the default base", async () => {
    const repo = setup();
    repo.write({ 'policies/a.md': p('A', { linked_policies: '[B]', status: 'aproved' }) }).commit('Typo');
    const clone = new TempRepo(mkdtempSync(join(tmpdir(), 'pt-clone-')));
    repos.push(clone);
    execFileSync('git', ['clone', '-q', `file://${repo.dir}`, clone.dir]);
    clone.git('checkout', '-q', 'feature'); // tracks origin/feature, which is the same commit
    const { code, stdout } = await clone.cli(['check', '--changed', '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).results.map((r: { file: string }) => r.file)).toEqual(['policies/a.md']);
  });

  it("takes the pull request's base from GITHUB_BASE_REF, and refuses a hostile one", async () => {
    const repo = setup();
    repo.write({ 'policies/a.md': p('A', { linked_policies: '[B]', status: 'aproved' }) }).commit('Typo');
    repo.git('branch', 'develop', 'main');
    const run = (env: Record<string, string>) => runCliIn(repo.dir, ['check', '--changed', '--format', 'json'], { env });
    expect((await run({ GITHUB_BASE_REF: 'develop' })).code).toBe(1);
    const missing = await run({ GITHUB_BASE_REF: 'release' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('git fetch origin release');
    const hostile = await run({ GITHUB_BASE_REF: '--output=/tmp/pt-hostile' });
    expect(hostile.code).toBe(2);
    expect(existsSync('/tmp/pt-hostile')).toBe(false);
  });

  it('works in a shallow clone with enough history, and says what to do without it', async () => {
    const repo = setup();
    repo.write({ 'policies/a.md': p('A', { linked_policies: '[B]', title: 'Changed' }) }).commit('Retitle A');
    const clone = new TempRepo(mkdtempSync(join(tmpdir(), 'pt-clone-')));
    repos.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-single-branch', `file://${repo.dir}`, clone.dir]);
    clone.git('checkout', '-q', 'feature');
    const shallow = await clone.cli(['check', '--changed', '--base', 'origin/main']);
    expect(shallow.code).toBe(2);
    expect(shallow.stderr).toMatch(/fetch-depth: 0|--deepen/);
    clone.git('fetch', '-q', '--deepen=5');
    const deep = await clone.cli(['check', '--changed', '--base', 'origin/main', '--format', 'json']);
    expect(deep.code).toBe(1); // a new title without a new approval
    expect(JSON.parse(deep.stdout).results.map((r: { file: string }) => r.file)).toEqual(['policies/a.md']);
  });

  it.each([['--output=/tmp/pt-hostile'], ['-h'], ['policies/a.md'], ['main..feature'], ['HEAD:policies/a.md']])(
    'refuses the hostile base %s and runs nothing',
    async (base) => {
      const repo = setup();
      const { code, stderr } = await repo.cli(['check', '--changed', `--base=${base}`]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/cannot be used|not a commit/);
      expect(stderr).not.toMatch(/at .*\.js:\d+/);
      expect(existsSync('/tmp/pt-hostile')).toBe(false);
    },
  );

  it.each([['-x'], ['--output=/tmp/pt-hostile'], ['--upload-pack=touch /tmp/pt-hostile']])(
    'refuses the hostile base %s given as a separate argument, to check and diff',
    async (base) => {
      const repo = setup();
      for (const argv of [
        ['check', '--changed', '--base', base],
        ['diff', 'A', '--base', base],
      ]) {
        const { code, stderr } = await repo.cli(argv);
        expect(code).toBe(2);
        expect(stderr).toMatch(/starts with "-"/);
        expect(existsSync('/tmp/pt-hostile')).toBe(false);
      }
    },
  );

  it('says clearly when the folder is not a repository', async () => {
    const repo = setup();
    repo.git('checkout', '-q', 'main');
    const { rmSync } = await import('node:fs');
    rmSync(join(repo.dir, '.git'), { recursive: true, force: true });
    const { code, stderr } = await repo.cli(['check', '--changed']);
    expect(code).toBe(2);
    expect(stderr).toContain('needs a git repository');
  });
});

describe('core/approval-drift', () => {
  const body = '# Policy\n\n## Purpose\nWhy.\n\n## Equality impact assessment\nFine.\n\n## Monitoring and review\nYearly.\n';

  function drift(): TempRepo {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write({ 'policies.config.yaml': CONFIG, 'policies/a.md': p('A', {}, body) }).commit('Approved text', '2025-03-14');
    repo.git('checkout', '-q', '-b', 'change');
    return repo;
  }

  it('is an error when the approved text changes with no new approval', async () => {
    const repo = drift();
    repo.write({ 'policies/a.md': p('A', {}, body.replace('Yearly.', 'Every two years.')) }).commit('Change monitoring');
    const { found } = await findings(repo);
    expect(found).toEqual(['policies/a.md:26 core/approval-drift']); // the first changed line of the body
  });

  it('is an error when a substantive field changes', async () => {
    const repo = drift();
    repo.write({ 'policies/a.md': p('A', { category: 'repairs' }, body) }).commit('Recategorise');
    expect((await findings(repo)).found).toEqual(['policies/a.md:4 core/approval-drift']);
  });

  it.each([
    [
      'a new approval is recorded',
      p(
        'A',
        {
          eia: '{ required: true, completed: 2026-11-01, outcome: x }',
          consultation: '{ required: true, groups: [tenants, registered-tenant-organisations], opened: 2026-09-01, closed: 2026-10-30 }',
          last_reviewed: '2026-11-20',
          next_review: '2029-11',
          approvals:
            '\n  - { date: 2015-06-11, body: Housing Services Committee, minute: "1" }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "2" }\n  - { date: 2026-11-20, body: Housing Services Committee, minute: "3" }',
        },
        body.replace('Yearly.', 'Twice a year.'),
      ),
    ],
    ['the policy moves to under-review', p('A', { status: 'under-review' }, body.replace('Yearly.', 'Twice a year.'))],
    ['only white space changes', p('A', {}, body.replace('Why.', 'Why.   ').replace('\n## Purpose', '\n\n## Purpose'))],
    ['only the review fields change', p('A', { next_review: '2027-12', review_cycle_months: '30' }, body)],
  ])('is quiet when %s', async (_, text) => {
    const repo = drift();
    repo.write({ 'policies/a.md': text }).commit('Change');
    expect((await findings(repo)).found).toEqual([]);
  });

  it('is quiet for a commit marked editorial, and not for one that is not', async () => {
    const repo = drift();
    repo.write({ 'policies/a.md': p('A', {}, body.replace('Why.', 'Why we have it.')) }).commit('Fix wording\n\nPolicy-Change: editorial');
    expect((await findings(repo)).found).toEqual([]);
    repo
      .write({ 'policies/a.md': p('A', {}, body.replace('Why.', 'Why we have it.').replace('Fine.', 'Fine, with actions.')) })
      .commit('Change EIA section');
    expect((await findings(repo)).found).toEqual(['policies/a.md:20 core/approval-drift']); // changed since main, where it still said Why.
  });

  it('is not fooled by an editorial rename after a substantive change', async () => {
    const repo = drift();
    repo.write({ 'policies/a.md': p('A', {}, body.replace('Yearly.', 'Never.')) }).commit('Change monitoring');
    repo.rename('policies/a.md', 'policies/a-renamed.md').commit('Rename\n\nPolicy-Change: editorial');
    expect((await findings(repo)).found).toEqual(['policies/a-renamed.md:26 core/approval-drift']);
  });

  it('does not let an editorial commit cover uncommitted edits on top of it', async () => {
    const repo = drift();
    repo.write({ 'policies/a.md': p('A', {}, body.replace('Why.', 'Why we have it.')) }).commit('Fix wording\n\nPolicy-Change: editorial');
    repo.write({ 'policies/a.md': p('A', {}, body.replace('Why.', 'Why we have it.').replace('Yearly.', 'Never.')) });
    expect((await findings(repo)).found).toEqual(['policies/a.md:20 core/approval-drift']);
  });

  it('is quiet for commits the config declares editorial', async () => {
    const repo = drift();
    const sha = repo.write({ 'policies/a.md': p('A', {}, body.replace('Why.', 'Why we have it.')) }).commit('Fix a typo');
    repo.write({
      'policies.config.yaml': `${CONFIG}rules:\n  core/approval-drift: [error, { editorial_commits: ["${sha.slice(0, 10)}"] }]\n`,
    });
    expect((await findings(repo)).found).toEqual([]);
  });

  it('does not run without a base', async () => {
    const repo = drift();
    repo.write({ 'policies/a.md': p('A', {}, body.replace('Yearly.', 'Never.')) }).commit('Change');
    const { stdout } = await repo.cli(['check', '--format', 'json']);
    expect(stdout).not.toContain('approval-drift');
  });
});
