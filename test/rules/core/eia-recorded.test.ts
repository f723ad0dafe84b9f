import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/eia-recorded'];

describe('core/eia-recorded', () => {
  it.each([
    ['a completed assessment', {}],
    ['not required, with a reason', { eia: '{ required: false, reason: Wording changes only }' }],
    ['a draft whose assessment is still to be done', { status: 'draft', eia: '{ required: true }' }],
    ['a withdrawn policy with no reason', { status: 'withdrawn', eia: '{ required: false }' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only })).toEqual([]);
  });

  it.each([
    ['required but not completed', { eia: '{ required: true }' }],
    ['not required and no reason', { eia: '{ required: false }' }],
    ['not required and a blank reason', { eia: '{ required: false, reason: "  " }' }],
    ['a draft not required and no reason', { status: 'draft', eia: '{ required: false }' }],
  ])('fires for %s', (_, overrides) => {
    expect(summary(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only }))).toEqual([
      'policies/a.md:14 core/eia-recorded',
    ]);
  });
});
