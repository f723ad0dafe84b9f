import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';

describe('core/id-missing', () => {
  it('does not fire for a policy with an id', () => {
    expect(runOn({ 'policies/a.md': policyText() }, { today, only: ['core/id-missing'] })).toEqual([]);
  });

  it.each([
    ['no id', { id: undefined }, 'policies/a.md:1 core/id-missing'],
    ['an empty id', { id: '""' }, 'policies/a.md:2 core/id-missing'],
    ['a null id', { id: '' }, 'policies/a.md:2 core/id-missing'],
  ])('reports %s once (core/schema stays quiet about it)', (_, overrides, expected) => {
    const messages = runOn({ 'policies/a.md': policyText(overrides) }, { today, only: ['core/id-missing', 'core/schema'] });
    expect(summary(messages)).toEqual([expected]);
  });
});
