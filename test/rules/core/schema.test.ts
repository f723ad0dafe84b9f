// core/schema: the frontmatter matches the policy format. The explanations themselves are tested field by field in
// test/schema/; this file pins what the rule reports and where.
import { describe, expect, it } from 'vitest';
import { policyText, runOn } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const only = ['core/schema'];

describe('core/schema', () => {
  it('is silent for a valid policy', () => {
    expect(runOn({ 'policies/p.md': policyText() }, { today, only })).toEqual([]);
  });

  it.each([
    [
      'an unknown field, on its key',
      policyText({ publicaton: 'public' }),
      16,
      /publicaton is not a field of the policy format\. Did you mean publication\?/,
    ],
    ['a wrong type, on the value', policyText({ review_cycle_months: 'three years' }), 16, /review_cycle_months must be a whole number/],
    ['an unquoted id that YAML reads as a number', policyText({ id: '010' }), 2, /Put it in quotes: id: "010"/],
    ['a missing required field, on the frontmatter', policyText({ owner: undefined }), 2, /The required field owner/],
    ['an impossible date', policyText({ adopted: '2015-02-30' }), 8, /not a real date \(February 2015 has 28 days\)/],
  ])('reports %s', (_, text, line, pattern) => {
    const messages = runOn({ 'policies/p.md': text }, { today, only });
    expect(messages.map((m) => `${m.line} ${m.messageId}`)).toEqual([`${line} invalid`]);
    expect(messages[0]!.message).toMatch(pattern);
  });

  it('does not report a missing id (core/id-missing does)', () => {
    expect(runOn({ 'policies/p.md': policyText({ id: undefined }) }, { today, only })).toEqual([]);
  });

  it('summarises findings past the first hundred in one message', () => {
    const extra = Array.from({ length: 120 }, (_, i) => `extra_${i}: x`).join('\n');
    const messages = runOn({ 'policies/p.md': policyText({ publication: `public\n${extra}` }) }, { today, only });
    expect(messages).toHaveLength(101);
    expect(messages.at(-1)!.message).toMatch(/20 more problems than the 100 listed/);
  });
});
