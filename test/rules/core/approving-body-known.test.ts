// core/approving-body-known: approving_body names a committee (or alias) in the config.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/approving-body-known'];
const today = '2026-11-24';
const config =
  'committees:\n  - { name: Housing Services Committee, aliases: [HSC] }\n  - { name: Board of Management, aliases: [Board] }\n';

describe('core/approving-body-known', () => {
  it('accepts a committee by name, alias or in other letter case, and any body when no committees are listed', () => {
    for (const body of ['Housing Services Committee', 'HSC', 'board of management'])
      expect(runOn({ 'policies/a.md': policyText({ approving_body: body }) }, { today, only, config })).toEqual([]);
    expect(runOn({ 'policies/a.md': policyText({ approving_body: 'Anyone' }) }, { today, only })).toEqual([]);
  });
  it('reports a body that is no committee, at approving_body, with a suggestion', () => {
    const messages = runOn({ 'policies/a.md': policyText({ approving_body: 'Housing Service Committee' }) }, { today, only, config });
    expect(summary(messages)).toEqual(['policies/a.md:7 core/approving-body-known']);
    expect(messages[0]!.message).toContain('Did you mean Housing Services Committee?');
  });
  it('does not report a withdrawn policy', () => {
    expect(
      runOn({ 'policies/a.md': policyText({ approving_body: 'Old Committee', status: 'withdrawn' }) }, { today, only, config }),
    ).toEqual([]);
  });
});
