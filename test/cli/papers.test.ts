// `policies papers` on a real repository: the cover sheet, the changes since approval, the records and findings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { policyText } from '../helpers/rule-tester.js';
import { TempRepo } from '../helpers/git-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const CONFIG = `organisation: Papers HA
policies: [policies]
committees:
  - { name: Housing Services Committee, aliases: [HSC], meetings: [2027-01-21, 2027-03-18, 2027-05-20], paper_deadline_working_days: 10 }
`;
const body = (monitoring: string) =>
  `# Rent Arrears Policy\n\n## Purpose\nTo recover arrears fairly.\n\n## Equality impact assessment\nNo negative impact.\n\n## Monitoring and review\n${monitoring}\n`;

function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.write({ 'policies.config.yaml': CONFIG, 'policies/arrears.md': policyText({ next_review: '2027-03-31' }, body('Yearly.')) }).commit(
    'Approved 2025',
    '2025-03-14',
  );
  r.write({
    'policies/arrears.md': policyText(
      { title: 'Rent Arrears and Income Policy', next_review: '2027-03-31' },
      body('Every quarter, and yearly to the Board.'),
    ),
  }).commit('Proposed changes for the 2027 review', '2026-11-02');
  r.write({
    'policies/other.md': policyText({ id: '"HM-02"', title: 'Estate Management Policy', next_review: '2027-05-31' }, body('Yearly.')),
  }).commit('Estate policy', '2026-11-03');
  return r;
}

describe('policies papers', () => {
  it("writes the meeting's pack in Markdown: what is asked, what changed since approval, the records and the findings", async () => {
    const r = repo();
    const { code, stdout } = await r.cli([
      'papers',
      '--committee',
      'HSC',
      '--meeting',
      '2027-03-18',
      '--format',
      'md',
      '--as-of',
      '2026-11-24',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Policy papers: Housing Services Committee, 2027-03-18/);
    expect(stdout).toMatch(
      /\| HM-01 \| Rent Arrears and Income Policy \| Director of Housing Services \| Approve the review of Rent Arrears and Income Policy, due by 2027-03-31\. \|/,
    );
    expect(stdout).not.toContain('HM-02'); // placed at 20 May, not this meeting
    expect(stdout).toContain('Compared with the version approved by Housing Services Committee on 2025-03-13');
    expect(stdout).toMatch(/\| title \| Rent Arrears Policy \| Rent Arrears and Income Policy \|/);
    expect(stdout).toMatch(/- Yearly\.\n\+ Every quarter, and yearly to the Board\./);
    expect(stdout).toContain('**Equality impact assessment:** Completed 2025-02-20: No negative impact identified.');
    expect(stdout).toContain('the consultation on record \\(closed 2025-01-10\\) informed the approval of 2025-03-13');
    expect(stdout).toMatch(/### What policies check finds\n\n/);
  });

  it('writes HTML with the cover sheet first, and refuses a meeting that is not configured', async () => {
    const r = repo();
    const html = await r.cli(['papers', '--committee', 'Housing Services Committee', '--meeting', '2027-03-18', '--as-of', '2026-11-24']);
    expect(html.code).toBe(0);
    expect(html.stdout.indexOf('Cover sheet')).toBeLessThan(html.stdout.indexOf('<article class="paper">'));
    expect(html.stdout).toContain('<ins>+ Every quarter, and yearly to the Board.</ins>');
    const bad = await r.cli(['papers', '--committee', 'HSC', '--meeting', '2027-03-19']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /No meeting of Housing Services Committee is configured on 2027-03-19\. Its meetings: 2027-01-21, 2027-03-18, 2027-05-20\./,
    );
  });

  it('refuses a shallow clone, where the approved version cannot be found, asking for the whole history (exit 2)', async () => {
    const r = repo();
    const clone = new TempRepo(mkdtempSync(join(tmpdir(), 'pt-papers-shallow-')));
    repos.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, clone.dir]);
    const { code, stderr } = await clone.cli(['papers', '--committee', 'HSC', '--meeting', '2027-03-18', '--as-of', '2026-11-24']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/shallow clone.*fetch-depth: 0/);
  });
});
