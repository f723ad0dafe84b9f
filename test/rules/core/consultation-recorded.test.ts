import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/consultation-recorded'];

describe('core/consultation-recorded', () => {
  it.each([
    ['a full record', {}],
    ['not required, with a reason', { consultation: '{ required: false, reason: Minor wording changes }' }],
    [
      'a consultation still open',
      { status: 'consultation', adopted: undefined, consultation: '{ required: true, groups: [tenants], opened: 2026-11-01 }' },
    ],
    ['a draft not yet consulted on', { status: 'draft', consultation: '{ required: true }' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only })).toEqual([]);
  });

  it.each([
    ['no groups', { consultation: '{ required: true, opened: 2024-11-04, closed: 2025-01-10 }' }, 1],
    ['an empty list of groups', { consultation: '{ required: true, groups: [], opened: 2024-11-04, closed: 2025-01-10 }' }, 1],
    ['no dates', { consultation: '{ required: true, groups: [tenants] }' }, 2],
    ['nothing recorded at all', { consultation: '{ required: true }' }, 3],
    ['not required and no reason', { consultation: '{ required: false }' }, 1],
    ['an open consultation without its start date', { status: 'consultation', consultation: '{ required: true, groups: [tenants] }' }, 1],
  ])('fires for %s', (_, overrides, count) => {
    expect(summary(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only }))).toEqual(
      Array(count).fill('policies/a.md:15 core/consultation-recorded'),
    );
  });
});
