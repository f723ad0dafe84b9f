// core/link-status: links to policies that are superseded, withdrawn or overdue.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';

function register(extra: Record<string, Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(extra).map(([id, fields]) => [`policies/${id}.md`, policyText({ id: `"${id}"`, ...fields })]));
}
const only = ['core/link-status'];

describe('core/link-status', () => {
  it('a superseded policy may link to its retired siblings without a finding', () => {
    const files = register({
      A: { supersedes: '[OLD]' },
      OLD: { status: 'superseded', linked_policies: '[GONE]' },
      GONE: { status: 'withdrawn' },
    });
    expect(runOn(files, { today, only })).toEqual([]);
  });

  it('warns about links to superseded, withdrawn and overdue policies, with related locations', () => {
    const files = register({
      A: { linked_policies: '[S, W, O]' },
      S: { status: 'superseded' },
      W: { status: 'withdrawn' },
      O: { next_review: '2026-10-31' },
    });
    const messages = runOn(files, { today, only });
    expect(summary(messages)).toEqual([
      'policies/A.md:16 core/link-status',
      'policies/A.md:16 core/link-status',
      'policies/A.md:16 core/link-status',
    ]);
    expect(messages.every((m) => m.severity === 'warning')).toBe(true);
    expect(messages.map((m) => m.related?.[0]?.file)).toEqual(['policies/S.md', 'policies/W.md', 'policies/O.md']);
  });

  it('says which message each finding is: retired for superseded and withdrawn, overdue for an overdue review', () => {
    const files = register({
      A: { linked_policies: '[S, W, O]' },
      S: { status: 'superseded' },
      W: { status: 'withdrawn' },
      O: { next_review: '2026-10-31' },
    });
    expect(runOn(files, { today, only }).map((m) => m.messageId)).toEqual(['retired', 'retired', 'overdue']);
  });

  it('is silent for links to policies in force and in date', () => {
    expect(runOn(register({ A: { linked_policies: '[B]' }, B: {} }), { today, only })).toEqual([]);
  });
});
