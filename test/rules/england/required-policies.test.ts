import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/required-policies.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { ids, reportsOf } from './helpers.js';

const KINDS: Record<string, string> = {
  'asb.md': 'anti-social-behaviour', 'tenancy.md': 'tenancy', 'allocations.md': 'allocations', 'complaints.md': 'complaints-handling',
  'damp.md': 'damp-and-mould', 'gas.md': 'gas-safety', 'electrical.md': 'electrical-safety', 'fire.md': 'fire-safety', 'asbestos.md': 'asbestos',
  'water.md': 'water-safety', 'lifts.md': 'lift-safety', 'alarms.md': 'smoke-and-co-alarms', 'engagement.md': 'tenant-engagement',
  'adaptations.md': 'adaptations', 'domestic-abuse.md': 'domestic-abuse', 'competence.md': 'staff-competence', 'conduct.md': 'staff-code-of-conduct',
  'governance.md': 'governance-framework',
};

/** A housing association's full set of required policies, each approved and in date. */
function register(without: string[] = [], extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  Object.entries(KINDS).forEach(([file, kind], i) => {
    if (!without.includes(file)) files[`policies/${file}`] = policyText({ id: `"P-${i}"`, kind, title: `Policy ${i}` });
  });
  return { ...files, ...extra };
}
const run = (files: Record<string, string>, config = englandConfig(), asOf = today) => reportsOf(rule, { today: asOf, config, files });

describe('england/required-policies', () => {
  it("is silent on a housing association's complete register", () => {
    expect(run(register())).toEqual([]);
  });

  it('reports a missing ASB policy once, naming the duty and its grade', () => {
    const reports = run(register(['asb.md']));
    expect(ids(reports)).toEqual(['missing']);
    expect(reports[0]).toMatchObject({
      data: { title: 'anti-social behaviour policy and procedures', grade: 'regulatory requirement', kind: 'anti-social-behaviour' },
      basis: { grade: 'regulatory-requirement', citation: expect.stringContaining('Neighbourhood and Community Standard 2.2.1') },
    });
  });

  it("grades a council's ASB duty as statute (s218A) and asks it for its statutory strategies", () => {
    const council = englandConfig({ landlordType: 'local-authority' });
    const reports = run(register(['asb.md', 'governance.md']), council);
    expect(reports.map((r) => [r.messageId, r.data?.kind, r.basis?.grade])).toEqual([
      ['missing', 'anti-social-behaviour', 'statute'],
      ['missing', 'tenancy-strategy', 'statute'],
      ['missing', 'homelessness-strategy', 'statute'],
    ]);
    expect(reports[0]!.basis?.citation).toContain('Housing Act 1996 s218A');
  });

  it("asks for a residents' engagement strategy for each listed higher-risk building, naming it", () => {
    const config = englandConfig({ buildings: ['Beacon Court', 'Linden Tower'] });
    const res = policyText({ id: '"BS-01"', kind: 'residents-engagement-strategy', title: "'Residents engagement strategy: Beacon Court'", applies_to: '["Beacon Court"]' });
    const reports = run(register([], { 'policies/res.md': res }), config);
    expect(reports).toEqual([expect.objectContaining({ messageId: 'missingFor', data: expect.objectContaining({ item: 'Linden Tower' }), basis: expect.objectContaining({ grade: 'statute' }) })]);
    expect(reports[0]!.basis?.citation).toContain('Building Safety Act 2022 s91');
  });

  it('does not ask for the staff competence policy before October 2026 (judged by --as-of)', () => {
    expect(run(register(['competence.md']), englandConfig(), '2026-09-30')).toEqual([]);
    expect(run(register(['competence.md']), englandConfig(), '2026-10-01')).toEqual([expect.objectContaining({ messageId: 'missing', data: expect.objectContaining({ kind: 'staff-competence' }) })]);
  });

  it('reports a required policy that is overdue for review or not approved', () => {
    const files = register(['complaints.md'], { 'policies/complaints.md': policyText({ id: '"CS-01"', kind: 'complaints-handling', next_review: '2026-06' }) });
    expect(run(files)).toEqual([expect.objectContaining({ messageId: 'notCurrent', data: expect.objectContaining({ why: expect.stringContaining('CS-01 was due for review') }) })]);
  });

  it('is silenced by a not-applicable decision in the config', () => {
    const config = `${englandConfig()}required_policies:\n  not_applicable:\n    complaints-policy: { reason: Complaints are handled by our parent, decided_by: "Board, minute B 2026/14" }\n`;
    expect(run(register(['complaints.md']), config)).toEqual([]);
  });

  it('leaves items graded guidance or good practice to england/expected-policies', () => {
    expect(run(register(['lifts.md', 'tenancy.md', 'damp.md', 'engagement.md']))).toEqual([]);
  });
});
