// The register report's data, from a register written down in the test.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/load/policy.js';
import { buildReport } from '../../src/report/report.js';
import { configFrom, policyText, runOn } from '../helpers/rule-tester.js';

const configYaml =
  'jurisdiction: scotland\nreview: { due_soon_days: 90, stale_months: 6 }\ncategories:\n  housing-management: { affects_tenants: true }\n  tenant-participation: { affects_tenants: true }\n  governance: {}';
const config = configFrom(configYaml);
const today = '2026-11-24';

const files = {
  'policies/overdue.md': policyText({ id: '"A"', next_review: '2026-10', charter_outcomes: '[1, 6]', regulatory_standards: '["SHR 4"]' }),
  'policies/soon.md': policyText({ id: '"B"', next_review: '2027-01-31', charter_outcomes: '[11]' }),
  'policies/fine.md': policyText({
    id: '"C"',
    category: 'tenant-participation',
    charter_outcomes: '[3, 13]',
    regulatory_standards: '["Standard 2.1", "SHR 5.3"]',
  }),
  'policies/no-eia.md': policyText({
    id: '"D"',
    category: 'governance',
    eia: '{ required: true }',
    consultation: '{ required: false, reason: Internal }',
  }),
  'policies/old-draft.md': policyText({
    id: '"E"',
    status: 'draft',
    adopted: undefined,
    last_reviewed: undefined,
    approvals: undefined,
    eia: '{ required: true }',
    consultation: '{ required: true, groups: [tenants], opened: 2025-09-01 }',
  }),
  'policies/new-draft.md': policyText({
    id: '"F"',
    status: 'consultation',
    adopted: undefined,
    last_reviewed: undefined,
    approvals: undefined,
    consultation: '{ required: true, groups: [tenants, registered-tenant-organisations], opened: 2026-10-01 }',
  }),
  'policies/retired.md': policyText({ id: '"G"', status: 'withdrawn', charter_outcomes: '[5]' }),
};
// No records at all: only the schema says so, but the board must see them among the gaps.
const bare = {
  ...files,
  'policies/no-records.md': policyText({ id: '"H"', category: 'governance', eia: undefined, consultation: undefined }),
  'policies/bad-record.md': policyText({ id: '"I"', consultation: 'yes' }),
  'policies/draft-no-records.md': policyText({ id: '"J"', status: 'draft', eia: undefined, consultation: undefined }),
  'policies/retired-no-records.md': policyText({ id: '"K"', status: 'superseded', eia: undefined, consultation: undefined }),
};
const policies = Object.entries(files).map(([f, t]) => parsePolicy(f, t));
const messages = runOn(files, { today, config: configYaml });

describe('the register report', () => {
  const report = buildReport({ policies, messages, config, today });

  it('counts policies by status and category', () => {
    expect(report.total).toBe(7);
    expect(report.byStatus).toEqual({ approved: 4, draft: 1, consultation: 1, withdrawn: 1 });
    expect(report.byCategory).toEqual({ governance: 1, 'housing-management': 5, 'tenant-participation': 1 });
  });

  it('lists overdue reviews and reviews due in the window, with days', () => {
    expect(report.overdue.map((r) => [r.id, r.due, r.days])).toEqual([['A', '2026-10-31', 24]]);
    expect(report.dueSoon.map((r) => [r.id, r.due, r.days])).toEqual([['B', '2027-01-31', 68]]);
  });

  it('lists missing impact assessments and consultation records from the rules', () => {
    expect(report.eiaProblems.map((f) => [f.id, f.rule])).toEqual([['D', 'core/eia-recorded']]);
    expect(report.consultationProblems.map((f) => f.id)).toEqual([]);
  });

  it('lists drafts that have not moved, from the frontmatter without git and from git dates when given', () => {
    expect(report.staleDrafts.map((s) => [s.id, s.lastChanged, s.source])).toEqual([['E', '2025-09-01', 'frontmatter']]);
    const withGit = buildReport({
      policies,
      messages,
      config,
      today,
      lastChanged: new Map([
        ['policies/old-draft.md', '2026-11-01'],
        ['policies/new-draft.md', '2026-01-15'],
      ]),
    });
    expect(withGit.staleDrafts.map((s) => [s.id, s.lastChanged, s.source])).toEqual([['F', '2026-01-15', 'git']]);
  });

  it('lists the Charter outcomes and standards no current, in-date policy serves', () => {
    // A is overdue and G withdrawn, so outcomes 1, 5 and 6 and SHR 4 count as unserved; 12 and 16 do not apply.
    expect(report.coverage.map((c) => [c.pack, c.id])).toEqual([
      ['scotland', 'charter-outcomes'],
      ['scotland', 'regulatory-standards'],
    ]);
    const [charter, standards] = report.coverage;
    expect(charter!.gaps.map((g) => g.key)).toEqual(['1', '2', '4', '5', '6', '7', '8', '9', '10', '14', '15']);
    expect(charter!.gaps[0]).toEqual({ key: '1', title: 'Outcome 1: Equalities' });
    expect(standards!.gaps.map((g) => g.key)).toEqual(['SHR 1', 'SHR 3', 'SHR 4', 'SHR 6', 'SHR 7']);
  });

  it('lists policies in force with no impact assessment or consultation record at all, or an unusable one', () => {
    const withBare = buildReport({
      policies: Object.entries(bare).map(([f, t]) => parsePolicy(f, t)),
      messages: runOn(bare, { today, config: configYaml }),
      config,
      today,
    });
    expect(withBare.eiaProblems.map((f) => [f.id, f.rule])).toEqual([
      ['D', 'core/eia-recorded'],
      ['H', 'core/schema'],
    ]);
    expect(withBare.consultationProblems.map((f) => [f.id, f.rule, f.line])).toEqual([
      ['I', 'core/schema', 15],
      ['H', 'core/schema', 1],
    ]);
    expect(withBare.consultationProblems[1]!.message).toContain('no consultation field');
  });
});
