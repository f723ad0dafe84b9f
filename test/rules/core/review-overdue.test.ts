import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/review-overdue'];

describe('core/review-overdue', () => {
  it.each([
    ['a review due tomorrow', { next_review: '2026-11-25' }, '2026-11-24'],
    ['a review due today', { next_review: '2026-11-24' }, '2026-11-24'],
    ['a month-precision review on the last day of that month', { next_review: '2026-11' }, '2026-11-30'],
    ['a leap day that has not passed', { next_review: '2028-02-29' }, '2028-02-29'],
    ['a draft (no review yet)', { status: 'draft', next_review: '2020-01' }, '2026-11-24'],
    ['a superseded policy', { status: 'superseded', next_review: '2020-01' }, '2026-11-24'],
  ])('does not fire for %s', (_, overrides, today) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today, only })).toEqual([]);
  });

  it.each([
    ['a review due yesterday', { next_review: '2026-11-23' }, '2026-11-24'],
    ['a month-precision review the day after that month ends', { next_review: '2026-11' }, '2026-12-01'],
    ['an under-review policy past its date', { status: 'under-review', next_review: '2025-01-31' }, '2026-11-24'],
    ['the day after a leap day', { next_review: '2028-02-29' }, '2028-03-01'],
  ])('fires for %s, on the next_review line', (_, overrides, today) => {
    const messages = runOn({ 'policies/a.md': policyText(overrides) }, { today, only });
    expect(summary(messages)).toEqual(['policies/a.md:10 core/review-overdue']);
    expect(messages[0]!.severity).toBe('error');
    expect(messages[0]!.message).toMatch(/has passed/);
  });
});

describe('core/review-overdue: the cycle bounds the due date, whatever next_review says', () => {
  // Last reviewed 2025-03-13; the default maximum cycle is 60 months, so the review was due by 2030-03-13.
  const late = policyText({ next_review: '2031-06' });
  it('reports a policy whose last review plus the longest cycle has passed, once, with no past date suggested', () => {
    const messages = runOn({ 'policies/a.md': late }, { today: '2030-04-01', only: ['core/review-overdue', 'core/review-cycle-too-long'] });
    expect(summary(messages)).toEqual(['policies/a.md:10 core/review-overdue']);
    expect(messages[0]!.message).toMatch(/due by 2030-03-13 \(60 months after 2025-03-13, the maximum in policies.config.yaml/);
  });
  it('before the cycle ends, leaves it to core/review-cycle-too-long', () => {
    expect(
      summary(runOn({ 'policies/a.md': late }, { today: '2026-11-24', only: ['core/review-overdue', 'core/review-cycle-too-long'] })),
    ).toEqual(['policies/a.md:10 core/review-cycle-too-long']);
  });
});
