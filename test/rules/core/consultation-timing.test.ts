import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/consultation-timing'];

describe('core/consultation-timing', () => {
  it.each([
    ['closed before the approval', {}],
    [
      'closed on the day of the approval',
      { consultation: '{ required: true, groups: [tenants], opened: 2025-01-01, closed: 2025-03-13 }' },
    ],
    ['not required', { consultation: '{ required: false, reason: x }' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only })).toEqual([]);
  });

  it('fires when the consultation closed after the approval', () => {
    const consultation = '\n  required: true\n  groups: [tenants]\n  opened: 2025-01-01\n  closed: 2025-03-14';
    expect(summary(runOn({ 'policies/a.md': policyText({ consultation }) }, { today: '2026-11-24', only }))).toEqual([
      'policies/a.md:19 core/consultation-timing',
    ]);
  });
});

describe('core/consultation-timing: opened after the previous approval', () => {
  it('reports a consultation that opened before the previous approval (2015-06-11), on the opened date', () => {
    const old = policyText({
      consultation: '{ required: true, groups: [tenants, registered-tenant-organisations], opened: 2015-03-02, closed: 2015-05-01 }',
    });
    expect(summary(runOn({ 'policies/a.md': old }, { today: '2026-11-24', only }))).toEqual(['policies/a.md:15 core/consultation-timing']);
  });
});
