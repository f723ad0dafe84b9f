// A duplicate field is named in the message, wherever it is (top level, nested, in a flow record).
import { describe, expect, it } from 'vitest';
import { policyText, runOn } from '../../helpers/rule-tester.js';

const CASES: [string, string, number, RegExp][] = [
  ['a duplicate top-level field', policyText({ publication: 'public\ntitle: Other' }), 17, /The field title appears twice.*Keep one title/],
  [
    'a duplicate inside a flow record',
    policyText({ eia: '{ required: true, completed: 2025-02-20, required: false }' }),
    14,
    /The field required appears twice/,
  ],
  [
    'a duplicate in a block record',
    policyText({ consultation: '\n  required: false\n  reason: x\n  reason: y' }),
    18,
    /The field reason appears twice/,
  ],
];

describe('core/frontmatter: duplicate fields', () => {
  it.each(CASES)('%s', (_, text, line, pattern) => {
    const messages = runOn({ 'policies/p.md': text }, { today: '2026-11-24' });
    expect(messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual([`core/frontmatter ${line}`]);
    expect(messages[0]!.message).toMatch(pattern);
    expect(messages[0]!.message).not.toMatch(/Map keys must be unique/);
  });
});
