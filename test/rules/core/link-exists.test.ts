// core/link-exists: every id in linked_policies and supersedes is a policy in the register.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';

function register(extra: Record<string, Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(extra).map(([id, fields]) => [`policies/${id}.md`, policyText({ id: `"${id}"`, ...fields })]));
}
const only = ['core/link-exists'];

describe('core/link-exists', () => {
  it('does not fire for links to policies in force and a properly superseded policy', () => {
    const files = register({
      A: { linked_policies: '[B]', supersedes: '[OLD]' },
      B: { linked_policies: '[A]' },
      OLD: { status: 'superseded' },
    });
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

  it('says which message it is, and names the missing id in its data', () => {
    const messages = runOn(register({ A: { linked_policies: '[NOPE]' } }), { today, only });
    expect(messages.map((m) => m.messageId)).toEqual(['missing']);
    expect(messages[0]!.message).toMatch(/linked_policies names NOPE, but no policy in the register has that id/);
  });
});
