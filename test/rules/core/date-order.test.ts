import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/date-order'];

describe('core/date-order', () => {
  it.each([
    ['a consistent record', {}],
    [
      'an approval today',
      { last_reviewed: '2026-11-24', approvals: '\n  - { date: 2026-11-24, body: Housing Services Committee, minute: "1" }' },
    ],
    [
      'a consultation that opens and closes on one day',
      { consultation: '{ required: true, groups: [tenants], opened: 2024-11-04, closed: 2024-11-04 }' },
    ],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only })).toEqual([]);
  });

  it.each([
    ['an adoption after today', { adopted: '2026-11-25', last_reviewed: undefined }, ['8']],
    ['last_reviewed before adopted', { adopted: '2025-04-01' }, ['9']],
    ['a last review after today', { last_reviewed: '2026-12-01' }, ['9']],
    ['next_review before last_reviewed', { next_review: '2025-01' }, ['10']],
    ['an approval dated after today', { approvals: '\n  - { date: 2027-01-05, body: Housing Services Committee, minute: "1" }' }, ['12']],
    ['an EIA completed after today', { eia: '{ required: true, completed: 2026-11-25, outcome: x }' }, ['14']],
    [
      'a consultation closing before it opened',
      { consultation: '{ required: true, groups: [tenants], opened: 2024-11-04, closed: 2024-11-03 }' },
      ['15'],
    ],
  ])('fires for %s', (_, overrides, lines) => {
    expect(summary(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only }))).toEqual(
      lines.map((l) => `policies/a.md:${l} core/date-order`),
    );
  });
});
