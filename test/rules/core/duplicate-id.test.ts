// core/duplicate-id: each policy has its own id, compared as it prints.
import { describe, expect, it } from 'vitest';
import { printedId } from '../../../src/rules/core/duplicate-id.js';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const only = ['core/duplicate-id'];

describe('core/duplicate-id', () => {
  it('does not fire for distinct ids', () => {
    expect(runOn({ 'policies/a.md': policyText(), 'policies/b.md': policyText({ id: '"HM-02"' }) }, { today, only })).toEqual([]);
  });

  it('reports both files of an exact duplicate, each pointing at the other', () => {
    const messages = runOn({ 'policies/a.md': policyText(), 'policies/b.md': policyText() }, { today, only });
    expect(summary(messages)).toEqual(['policies/a.md:2 core/duplicate-id', 'policies/b.md:2 core/duplicate-id']);
    expect(messages.map((m) => m.messageId)).toEqual(['duplicate', 'duplicate']);
    expect(messages[0]!.message).toMatch(/^The id HM-01 is also used by policies\/b\.md\./);
    expect(messages[0]!.related?.[0]).toMatchObject({ file: 'policies/b.md', line: 2 });
  });

  it.each([
    ['a trailing space', '"HM-01 "'],
    ['a doubled space', '"HM  01"', '"HM 01"'],
  ])('reports ids that print the same but differ by %s', (_, first, second = '"HM-01"') => {
    const messages = runOn({ 'policies/a.md': policyText({ id: second }), 'policies/b.md': policyText({ id: first }) }, { today, only });
    expect(summary(messages)).toEqual(['policies/a.md:2 core/duplicate-id', 'policies/b.md:2 core/duplicate-id']);
    expect(messages[1]!.message).toContain(`The id ${first} prints the same as the id of policies/a.md (${second})`);
  });

  // The schema allows ASCII ids only today; the comparison is ready for any id it may allow later.
  it.each([
    ['HM-０１', 'HM-01'],
    ['Ma\u0300l', 'Màl'],
    ['  HM 01\u00a0', 'HM 01'],
    ['HM\t 01', 'HM 01'],
  ])('compares %j as %j', (id, printed) => {
    expect(printedId(id)).toBe(printedId(printed));
  });
});
