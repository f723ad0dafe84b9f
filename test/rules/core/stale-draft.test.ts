// core/stale-draft: a draft or consultation policy that has not changed in git for review.stale_months.
import { describe, expect, it } from 'vitest';
import { policyText, runOn } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const only = ['core/stale-draft'];
const draft = policyText({ status: 'draft', adopted: undefined, last_reviewed: undefined, next_review: undefined, approvals: undefined });
const consultation = draft.replace('status: draft', 'status: consultation');

const lastChanged = (date: string) => ({ lastChanged: new Map([['policies/p.md', date]]) });

describe('core/stale-draft', () => {
  it.each([
    ['a draft changed within the six months', draft, '2026-06-01'],
    ['a draft changed exactly six months ago', draft, '2026-05-24'],
    ['an approved policy unchanged for years', policyText(), '2019-01-01'],
  ])('is silent for %s', (_, text, date) => {
    expect(runOn({ 'policies/p.md': text }, { today, only, git: lastChanged(date) })).toEqual([]);
  });

  it.each([
    ['a draft', draft, 'draft'],
    ['a policy in consultation', consultation, 'consultation'],
  ])('reports %s unchanged for longer, on its status', (_, text, status) => {
    const messages = runOn({ 'policies/p.md': text }, { today, only, git: lastChanged('2026-05-23') });
    expect(messages.map((m) => `${m.line} ${m.messageId}`)).toEqual(['5 stale']);
    expect(messages[0]!.message).toContain(`has been ${status} since it last changed on 2026-05-23, more than 6 months ago`);
  });

  it('follows review.stale_months', () => {
    const messages = runOn(
      { 'policies/p.md': draft },
      { today, only, config: 'review: { stale_months: 12 }', git: lastChanged('2026-05-23') },
    );
    expect(messages).toEqual([]);
  });

  it('does not run without git facts (a register outside git)', () => {
    expect(runOn({ 'policies/p.md': draft }, { today, only })).toEqual([]);
  });
});
