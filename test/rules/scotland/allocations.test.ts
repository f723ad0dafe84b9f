// scotland/allocations: 1987 Act s20A consultation and report, s21(2) rules sent and published within six months.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const config = 'jurisdiction: scotland\n';
const only = ['scotland/allocations'];
const consulted =
  '{ required: true, groups: [applicants, tenants, registered-tenant-organisations], opened: 2024-11-04, closed: 2025-01-10 }';
const record = (fields: string) => `\n  ${fields.split(', ').join('\n  ')}`;
const allocations = (overrides: Record<string, string | undefined> = {}) =>
  policyText({
    title: 'Allocations Policy',
    kind: 'allocations',
    consultation: consulted,
    allocation_rules: record('consultation_report_published: 2025-02-10, sent_to_local_authorities: 2025-06-02, published: 2025-05-20'),
    ...overrides,
  });

describe('scotland/allocations', () => {
  it('is silent on a complete record within six months of the approval (2025-03-13)', () => {
    expect(runOn({ 'policies/a.md': allocations() }, { today: '2026-11-24', only, config })).toEqual([]);
  });
  it('reports applicants missing from the consultation, citing s20A as statute', () => {
    const messages = runOn(
      {
        'policies/a.md': allocations({
          consultation: '{ required: true, groups: [tenants, registered-tenant-organisations], opened: 2024-11-04, closed: 2025-01-10 }',
        }),
      },
      { today: '2026-11-24', only, config },
    );
    expect(summary(messages)).toEqual(['policies/a.md:15 scotland/allocations']);
    expect(messages[0]!.message).toContain('applicants');
    expect(messages[0]!.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('1987 s20A') });
  });
  it('reports rules sent to the local authorities more than six months after approval', () => {
    const late = allocations({
      allocation_rules: record('consultation_report_published: 2025-02-10, sent_to_local_authorities: 2025-09-14, published: 2025-05-20'),
    });
    const messages = runOn({ 'policies/a.md': late }, { today: '2026-11-24', only, config });
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining('sent to each local authority on 2025-09-14, more than six months later (by 2025-09-13)'),
    ]);
  });
  it('reports no record: the report, and (once six months have passed) sending and publishing', () => {
    const none = allocations({ allocation_rules: undefined });
    expect(runOn({ 'policies/a.md': none }, { today: '2026-11-24', only, config })).toHaveLength(3);
    // Within the six months, sending and publishing are still due, and said so.
    const soon = runOn({ 'policies/a.md': none }, { today: '2025-04-01', only, config });
    expect(soon.map((m) => m.message)).toEqual([
      expect.stringContaining('consultation'),
      expect.stringContaining('(due by 2025-09-13)'),
      expect.stringContaining('(due by 2025-09-13)'),
    ]);
  });
  it('does not run on other kinds, or for a landlord with no Scottish secure tenants', () => {
    expect(runOn({ 'policies/a.md': policyText() }, { today: '2026-11-24', only, config })).toEqual([]);
    expect(
      runOn(
        { 'policies/a.md': allocations({ allocation_rules: undefined }) },
        { today: '2026-11-24', only, config: `${config}scotland: { scottish_secure_tenants: false }\n` },
      ),
    ).toEqual([]);
  });
});
