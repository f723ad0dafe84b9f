// The report as a board paper: status, decisions, graded gaps, reviews with owner and meeting, category names.
import { describe, expect, it } from 'vitest';
import { formatReportMarkdown } from '../../src/format/report/markdown.js';
import { parsePolicy } from '../../src/load/policy.js';
import { buildReport, gradeOf } from '../../src/report/report.js';
import { configFrom, policyText, runOn } from '../helpers/rule-tester.js';
import { REGISTRY } from '../../src/rules/index.js';

// The paper's layout is under test, not the list of required policies: every Scottish requirement but the s53
// strategy is marked not applicable, so the one statutory gap in play is the strategy's.
function notApplicableExceptStrategy(): string {
  const scotland = REGISTRY.packs.find((pack) => pack.id === 'scotland')!;
  const ids = (scotland.requiredPolicies ?? []).map((r) => r.id).filter((id) => id !== 'tenant-participation-strategy');
  return `required_policies:\n  not_applicable:\n${ids.map((id) => `    ${id}: { reason: not under test, decided_by: the test }`).join('\n')}`;
}

const configYaml = `jurisdiction: scotland
organisation: Paper HA
review: { due_soon_days: 90, stale_months: 6 }
categories:
  housing-management: { title: Housing management, affects_tenants: true }
  tenant-participation: { title: Tenant participation, affects_tenants: true }
  governance: { title: Governance and standing orders }
${notApplicableExceptStrategy()}
committees:
  - { name: Housing Services Committee, meetings: [2026-12-17, 2027-01-21, 2027-03-18, 2027-05-20], paper_deadline_working_days: 10 }
  - { name: Board of Management, meetings: [2027-02-25, 2027-04-29], paper_deadline_working_days: 5 }
`;
const config = configFrom(configYaml);
const today = '2026-11-24';

function reportOf(files: Record<string, string>, on = today) {
  const policies = Object.entries(files).map(([f, t]) => parsePolicy(f, t));
  return buildReport({ policies, messages: runOn(files, { today: on, config: configYaml }), config, today: on });
}

const healthy = {
  'policies/a.md': policyText({ id: '"A"', next_review: '2027-10' }),
  'policies/tp.md': policyText({
    id: '"TP"',
    title: 'Tenant Participation Strategy',
    category: 'tenant-participation',
    approving_body: 'Board of Management',
    next_review: '2028-03',
    approvals:
      '\n  - { date: 2015-06-11, body: Board of Management, minute: "BM 2015/22" }\n  - { date: 2025-03-13, body: Board of Management, minute: "BM 2025/08" }',
  }),
};

describe('the board paper', () => {
  it('is green when nothing is overdue and nothing in statute or regulation is missing', () => {
    const r = reportOf(healthy);
    expect(r.gaps.filter((g) => g.severity === 'error')).toEqual([]);
    expect(r.status.rag).toBe('green');
    expect(r.decisions).toEqual([]);
  });

  it('is red with the statutory gap first, and the overdue review with its owner and meeting', () => {
    const r = reportOf({
      'policies/a.md': policyText({ id: '"A"', next_review: '2026-10', owner: 'Head of Housing' }),
      'policies/b.md': policyText({ id: '"B"', next_review: '2027-02-10', approving_body: 'Housing Services Committee' }),
    });
    expect(r.status.rag).toBe('red');
    expect(r.status.reasons[0]).toMatch(/^1 gap in statute or regulatory requirements/);
    expect(r.gaps[0]).toMatchObject({
      grade: 'statute',
      severity: 'error',
      rule: 'core/required-policies',
      title: 'The register as a whole',
    });
    expect(r.gaps[0]!.citation).toMatch(/Housing \(Scotland\) Act 2001 s53/);
    expect(r.overdue).toEqual([
      expect.objectContaining({
        id: 'A',
        owner: 'Head of Housing',
        approvingBody: 'Housing Services Committee',
        committee: 'Housing Services Committee',
        meeting: '2026-12-17',
      }),
    ]);
    // B is due 10 February: the latest meeting whose papers close before then is 21 January.
    expect(r.dueSoon).toEqual([expect.objectContaining({ id: 'B', meeting: '2027-01-21' })]);
    expect(r.decisions.map((d) => d.what)).toEqual([
      'Close a gap in the register',
      'Housing Services Committee, 2026-12-17',
      'Housing Services Committee, 2027-01-21',
    ]);
    expect(r.decisions[1]!.why).toBe('approve the review of A (overdue)');
  });

  it('orders gaps statute, regulatory requirement, guidance, good practice, board rule', () => {
    const r = reportOf({
      ...healthy,
      'policies/c.md': policyText({
        id: '"C"',
        approvals:
          '\n  - { date: 2015-06-11, body: Housing Services Committee }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "HSC 2025/08" }',
        linked_policies: '["ZZ"]',
      }),
    });
    const order = ['statute', 'regulatory-requirement', 'guidance', 'good-practice', 'board-rule'];
    const grades = r.gaps.map((g) => order.indexOf(g.grade));
    expect(grades).toEqual([...grades].sort((a, b) => a - b));
    expect(r.gaps.map((g) => g.rule)).toContain('core/approval-minute');
  });

  it('grades a basis by what it cites, and takes a stated grade at its word', () => {
    expect(gradeOf('Housing (Scotland) Act 2001 s54 (duty to consult)').grade).toBe('statute');
    expect(gradeOf('SHR Regulatory Standard 4: the governing body ...').grade).toBe('regulatory-requirement');
    expect(gradeOf('Scottish Government guidance on tenant participation').grade).toBe('guidance');
    expect(gradeOf('Good governance: a code for the sector').grade).toBe('good-practice');
    expect(gradeOf(undefined).grade).toBe('board-rule');
    expect(gradeOf({ grade: 'guidance', citation: 'Housing (Scotland) Act 2001 s53 guidance' })).toEqual({
      grade: 'guidance',
      citation: 'Housing (Scotland) Act 2001 s53 guidance',
    });
  });

  it('names categories from the config, and puts the breakdowns last in Markdown', () => {
    const r = reportOf(healthy);
    expect(r.categories).toEqual([
      { category: 'housing-management', title: 'Housing management', policies: 1 },
      { category: 'tenant-participation', title: 'Tenant participation', policies: 1 },
    ]);
    const md = formatReportMarkdown(r);
    const at = (s: string) => md.indexOf(s);
    expect(at('**Overall status: GREEN**')).toBeGreaterThan(0);
    expect(at('## Decisions needed')).toBeLessThan(at('## Gaps in statute'));
    expect(at('## Gaps in statute')).toBeLessThan(at('## Overdue reviews'));
    expect(at('## Overdue reviews')).toBeLessThan(at('## Equality impact'));
    expect(at('## Policies by category')).toBeGreaterThan(at('## Charter outcomes'));
    expect(md).toContain('| Housing management | 1 |');
  });
});
