import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/review-due-soon'];
// Default window: 90 days.

describe('core/review-due-soon', () => {
  it.each([
    ['a review 91 days away', { next_review: '2027-02-23' }, '2026-11-24'],
    ['an overdue review (review-overdue reports it)', { next_review: '2026-11-23' }, '2026-11-24'],
    ['a draft', { status: 'draft', next_review: '2026-12-01' }, '2026-11-24'],
    ['a withdrawn policy', { status: 'withdrawn', next_review: '2026-12-01' }, '2026-11-24'],
  ])('does not fire for %s', (_, overrides, today) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today, only })).toEqual([]);
  });

  it.each([
    ['a review due today', { next_review: '2026-11-24' }, '2026-11-24'],
    ['a review exactly 90 days away', { next_review: '2027-02-22' }, '2026-11-24'],
    ['a month-precision review whose month ends within the window', { next_review: '2027-02' }, '2026-12-01'],
    ['a leap-day review', { next_review: '2028-02-29' }, '2028-02-01'],
  ])('fires for %s', (_, overrides, today) => {
    const messages = runOn({ 'policies/a.md': policyText(overrides) }, { today, only });
    expect(summary(messages)).toEqual(['policies/a.md:10 core/review-due-soon']);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('uses the configured window', () => {
    const config = 'review: { due_soon_days: 120 }';
    expect(runOn({ 'policies/a.md': policyText({ next_review: '2027-03-20' }) }, { today: '2026-11-24', only, config })).toHaveLength(1);
    expect(runOn({ 'policies/a.md': policyText({ next_review: '2027-03-20' }) }, { today: '2026-11-24', only })).toHaveLength(0);
  });
});
