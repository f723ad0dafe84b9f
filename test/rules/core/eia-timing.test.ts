import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/eia-timing'];
// Approvals 2015-06-11 and 2025-03-13 (last_reviewed).

describe('core/eia-timing', () => {
  it.each([
    ['completed before the approval', { eia: '{ required: true, completed: 2025-02-20, outcome: x }' }],
    ['completed on the day of the approval', { eia: '{ required: true, completed: 2025-03-13, outcome: x }' }],
    ['completed the day after the previous approval', { eia: '{ required: true, completed: 2015-06-12, outcome: x }' }],
    ['not required', { eia: '{ required: false, reason: x }' }],
    ['a draft', { status: 'draft', eia: '{ required: true, completed: 2026-01-01, outcome: x }' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only })).toEqual([]);
  });

  it.each([
    ['completed after the approval', { eia: '{ required: true, completed: 2025-03-14, outcome: x }' }, /after the approval/],
    ['completed on the day of the previous approval', { eia: '{ required: true, completed: 2015-06-11, outcome: x }' }, /older text/],
    ['completed years before the last review', { eia: '{ required: true, completed: 2014-01-10, outcome: x }' }, /older text/],
  ])('fires for %s', (_, overrides, text) => {
    const messages = runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only });
    expect(summary(messages)).toEqual(['policies/a.md:14 core/eia-timing']);
    expect(messages[0]!.message).toMatch(text);
  });
});
