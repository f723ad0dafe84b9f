// core/link-exists, core/link-status and core/supersession: the register-level rules about references between policies.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/link-exists', 'core/link-status', 'core/supersession'];
const today = '2026-11-24';

function register(extra: Record<string, Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(extra).map(([id, fields]) => [`policies/${id}.md`, policyText({ id: `"${id}"`, ...fields })]));
}

describe('links between policies', () => {
  it('does not fire for links to policies in force and a properly superseded policy', () => {
    const files = register({
      A: { linked_policies: '[B]', supersedes: '[OLD]' },
      B: { linked_policies: '[A]' },
      OLD: { status: 'superseded' },
    });
    expect(runOn(files, { today, only })).toEqual([]);
  });

  it('a superseded policy may link to its retired siblings without a finding', () => {
    const files = register({ A: { supersedes: '[OLD]' }, OLD: { status: 'superseded', linked_policies: '[GONE]' }, GONE: { status: 'withdrawn' } });
    expect(runOn(files, { today, only })).toEqual([]);
  });

  it('reports a link or supersedes entry to an id not in the register (error), with a suggestion', () => {
    const files = register({ 'HM-01': { linked_policies: '[HM-02, HM-O2]', supersedes: '[XX]' }, 'HM-02': {} });
    const messages = runOn(files, { today, only });
    expect(summary(messages)).toEqual(['policies/HM-01.md:16 core/link-exists', 'policies/HM-01.md:17 core/link-exists']);
    expect(messages[0]!.message).toContain('HM-O2');
    expect(messages[0]!.column).toBe(26);
    expect(messages[0]!.message).toContain('Did you mean HM-02?');
  });

  it('warns about links to superseded, withdrawn and overdue policies, with related locations', () => {
    const files = register({
      A: { linked_policies: '[S, W, O]' },
      S: { status: 'superseded' },
      W: { status: 'withdrawn' },
      O: { next_review: '2026-10-31' },
    });
    const messages = runOn(files, { today, only });
    expect(summary(messages)).toEqual(['policies/A.md:16 core/link-status', 'policies/A.md:16 core/link-status', 'policies/A.md:16 core/link-status']);
    expect(messages.every((m) => m.severity === 'warning')).toBe(true);
    expect(messages.map((m) => m.related?.[0]?.file)).toEqual(['policies/S.md', 'policies/W.md', 'policies/O.md']);
  });

  it('reports a superseded policy whose status does not say so, on its status line', () => {
    const files = register({ NEW: { supersedes: '[OLD]' }, OLD: {} });
    const messages = runOn(files, { today, only });
    expect(summary(messages)).toEqual(['policies/OLD.md:5 core/supersession']);
    expect(messages[0]!.related?.[0]).toMatchObject({ file: 'policies/NEW.md', line: 16 });
  });

  it('reports a policy superseded by two policies in force', () => {
    const files = register({ N1: { supersedes: '[OLD]' }, N2: { supersedes: '[OLD]' }, OLD: { status: 'superseded' } });
    const messages = runOn(files, { today, only });
    expect(summary(messages)).toEqual(['policies/OLD.md:2 core/supersession']);
    expect(messages[0]!.related).toHaveLength(2);
  });

  it('does not count a draft replacement as superseding', () => {
    const files = register({ N1: { supersedes: '[OLD]' }, N2: { status: 'draft', supersedes: '[OLD]' }, OLD: { status: 'superseded' } });
    expect(runOn(files, { today, only })).toEqual([]);
  });
});
