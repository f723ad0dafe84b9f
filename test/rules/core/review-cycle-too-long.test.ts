import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/review-cycle-too-long'];
const config = `
review: { max_cycle_months: 60 }
categories:
  housing-management: { max_cycle_months: 36 }
  governance: { max_cycle_months: 48 }
`;

describe('core/review-cycle-too-long', () => {
  it.each([
    ['exactly three years after the last review', { next_review: '2028-03-13' }],
    ['the month three years on (month precision)', { next_review: '2028-03' }],
    ['a governance policy four years on', { category: 'governance', next_review: '2029-03' }],
    ['a draft', { status: 'draft', next_review: '2035-01' }],
    ['a cycle within the maximum', { review_cycle_months: '36' }],
    ['an unconfigured category under the overall maximum', { category: 'other', next_review: '2030-03' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only, config })).toEqual([]);
  });

  it.each([
    ['a day past three years', { next_review: '2028-03-14' }, 10],
    ['the month after three years', { next_review: '2028-04' }, 10],
    ['a governance policy five years on', { category: 'governance', next_review: '2030-03' }, 10],
    ['an unconfigured category past the overall maximum', { category: 'other', next_review: '2030-04' }, 10],
    ['no last_reviewed: counted from adoption', { last_reviewed: undefined, adopted: '2025-03-13', next_review: '2028-04' }, 9],
  ])('fires for %s', (_, overrides, line) => {
    expect(summary(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only, config }))).toEqual([
      `policies/a.md:${line} core/review-cycle-too-long`,
    ]);
  });

  it('fires for a review_cycle_months longer than the category allows', () => {
    const messages = runOn({ 'policies/a.md': policyText({ review_cycle_months: '48' }) }, { today: '2026-11-24', only, config });
    expect(summary(messages)).toEqual(['policies/a.md:16 core/review-cycle-too-long']);
    expect(messages[0]!.message).toContain('36 months');
  });

  it('counts a leap-day review correctly', () => {
    const text = policyText({
      last_reviewed: '2024-02-29',
      approvals: '\n  - { date: 2024-02-29, body: Housing Services Committee, minute: "1" }',
      next_review: '2027-02-28',
    });
    expect(runOn({ 'policies/a.md': text }, { today: '2026-11-24', only, config })).toEqual([]);
    const late = policyText({
      last_reviewed: '2024-02-29',
      approvals: '\n  - { date: 2024-02-29, body: Housing Services Committee, minute: "1" }',
      next_review: '2027-03-01',
    });
    expect(runOn({ 'policies/a.md': late }, { today: '2026-11-24', only, config })).toHaveLength(1);
  });
});
