import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/next-review-missing'];

describe('core/next-review-missing', () => {
  it.each([
    ['an approved policy with a review date', {}],
    ['a draft with no review date', { status: 'draft', next_review: undefined }],
    ['a superseded policy with no review date', { status: 'superseded', next_review: undefined }],
    ['an invalid review date (core/schema reports it)', { next_review: '31/03/2028' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only })).toEqual([]);
  });

  it.each([
    ['an approved policy', {}],
    ['an under-review policy', { status: 'under-review' }],
  ])('fires for %s without next_review, on the status line', (_, overrides) => {
    const messages = runOn({ 'policies/a.md': policyText({ ...overrides, next_review: undefined }) }, { today: '2026-11-24', only });
    expect(summary(messages)).toEqual(['policies/a.md:5 core/next-review-missing']);
    expect(messages[0]!.message).toContain('next_review: 2028-03'); // 36 months after last_reviewed 2025-03-13
  });
});
