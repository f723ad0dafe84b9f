import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/required-sections'];
const today = '2026-11-24';

describe('core/required-sections', () => {
  it.each([
    ['the default body', undefined],
    ['other wording and levels', '# P\n\n### Equalities\nx\n\n#### How we monitor this policy\ny\n'],
    ['emphasis inside headings', '# P\n\n## *Equality* impact\nx\n\n## Review of the **policy**\ny\n'],
  ])('does not fire for %s', (_, body) => {
    expect(runOn({ 'policies/a.md': policyText({}, body) }, { today, only })).toEqual([]);
  });

  it('reports each missing section at the first line of the body', () => {
    const messages = runOn(
      { 'policies/a.md': policyText({}, '# P\n\n## Purpose\nEquality is mentioned in text, not in a heading.\n') },
      { today, only },
    );
    expect(summary(messages)).toEqual(['policies/a.md:17 core/required-sections', 'policies/a.md:17 core/required-sections']);
    expect(messages.map((m) => m.message).join()).toMatch(/equality section.*monitoring and review section/);
  });

  it('does not check retired policies', () => {
    expect(runOn({ 'policies/a.md': policyText({ status: 'withdrawn' }, '# P\n') }, { today, only })).toEqual([]);
  });

  it('takes the sections from its options', () => {
    const config = 'rules:\n  core/required-sections: [error, { sections: [{ name: consultation section, match: [consultation] }] }]';
    expect(summary(runOn({ 'policies/a.md': policyText() }, { today, only, config }))).toEqual(['policies/a.md:17 core/required-sections']);
    expect(runOn({ 'policies/a.md': policyText({}, '# P\n## Consultation\n') }, { today, only, config })).toEqual([]);
  });
});
