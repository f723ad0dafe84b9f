// core/approval-drift: approved text changed on a branch without a recorded approval (check --changed).
import { describe, expect, it } from 'vitest';
import { policyText, runOn } from '../../helpers/rule-tester.js';
import type { GitFacts } from '../../../src/engine/rule.js';

const today = '2026-11-24';
const only = ['core/approval-drift'];
const FILE = 'policies/p.md';

function base(text: string | undefined, options: { editorial?: boolean; commits?: string[] } = {}): GitFacts {
  return {
    base: {
      ref: 'origin/main',
      commit: 'a'.repeat(40),
      texts: new Map([[FILE, text]]),
      editorial: new Map([[FILE, options.editorial ?? false]]),
      commits: new Map([[FILE, options.commits ?? ['bbbbbbb']]]),
    },
  };
}

const approved = policyText();
const newBody = approved.replace('Why the policy exists.', 'Why the policy exists, and who it is for.');

describe('core/approval-drift', () => {
  it('reports a changed text with no new approval, at the first changed line', () => {
    const messages = runOn({ [FILE]: newBody }, { today, only, git: base(approved) });
    expect(messages.map((m) => `${m.line} ${m.messageId}`)).toEqual(['20 drift']);
    expect(messages[0]!.message).toContain('the policy text changed since origin/main');
    expect(messages[0]!.message).toContain('Record the decision of Housing Services Committee');
  });

  it('reports a changed substantive field on its key', () => {
    const messages = runOn({ [FILE]: policyText({ title: 'Rent Arrears and Debt Policy' }) }, { today, only, git: base(approved) });
    expect(messages.map((m) => `${m.line} ${m.messageId}`)).toEqual(['3 drift']);
    expect(messages[0]!.message).toContain('title changed since origin/main');
  });

  it.each([
    [
      'the change records a new approval',
      policyText(
        {
          approvals:
            '\n  - { date: 2015-06-11, body: Housing Services Committee, minute: "HSC 2015/22" }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "HSC 2025/08" }\n  - { date: 2026-11-20, body: Housing Services Committee, minute: "HSC 2026/30" }',
        },
        DEFAULT_CHANGED_BODY(),
      ),
      base(approved),
    ],
    ['only a non-substantive field changed', policyText({ next_review: '2029-03' }), base(approved)],
    ['every commit is marked editorial', newBody, base(approved, { editorial: true })],
    ['the policy is new on the branch', newBody, base(undefined)],
    ['the status moved to under-review', newBody.replace('status: approved', 'status: under-review'), base(approved)],
  ])('is silent when %s', (_, text, git) => {
    expect(runOn({ [FILE]: text }, { today, only, git })).toEqual([]);
  });

  it('takes commits listed in editorial_commits as editorial', () => {
    const config = 'rules: { core/approval-drift: [error, { editorial_commits: [bbbbbbb] }] }';
    expect(runOn({ [FILE]: newBody }, { today, only, config, git: base(approved) })).toEqual([]);
  });

  it('does not run without a base (a plain check)', () => {
    expect(runOn({ [FILE]: newBody }, { today, only })).toEqual([]);
  });
});

function DEFAULT_CHANGED_BODY(): string {
  return newBody.slice(newBody.indexOf('---', 3) + 4);
}
