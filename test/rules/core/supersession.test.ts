// core/supersession: a superseded policy is marked so, and superseded by one policy in force.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';

function register(extra: Record<string, Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(extra).map(([id, fields]) => [`policies/${id}.md`, policyText({ id: `"${id}"`, ...fields })]));
}
const only = ['core/supersession'];

describe('core/supersession', () => {
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

  it('says which message each finding is', () => {
    expect(runOn(register({ NEW: { supersedes: '[OLD]' }, OLD: {} }), { today, only }).map((m) => m.messageId)).toEqual(['notMarked']);
    const twice = register({ N1: { supersedes: '[OLD]' }, N2: { supersedes: '[OLD]' }, OLD: { status: 'superseded' } });
    expect(runOn(twice, { today, only }).map((m) => m.messageId)).toEqual(['twice']);
  });
});
