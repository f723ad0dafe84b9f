import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const overdue = { next_review: '2026-01' };
const waiver = (fields: string) => ({ ...overdue, waivers: `\n  - { rule: core/review-overdue, ${fields} }` });

describe('waivers and core/waiver-valid', () => {
  it('an active, complete waiver hides the finding and is not itself reported', () => {
    expect(
      runOn(
        { 'policies/a.md': policyText(waiver('reason: Awaiting new Charter, approved_by: "Board, BM 2026/3", until: 2026-11-24')) },
        { today },
      ),
    ).toEqual([]);
  });

  it('a bare rule id works as well as a qualified one', () => {
    const text = policyText({ ...overdue, waivers: '\n  - { rule: review-overdue, reason: x, approved_by: Board, until: 2027-01-01 }' });
    expect(runOn({ 'policies/a.md': text }, { today })).toEqual([]);
  });

  it.each([
    [
      'expired yesterday',
      'reason: x, approved_by: Board, until: 2026-11-23',
      ['policies/a.md:10 core/review-overdue', 'policies/a.md:17 core/waiver-valid'],
    ],
    ['no reason', 'approved_by: Board, until: 2027-01-01', ['policies/a.md:10 core/review-overdue', 'policies/a.md:17 core/waiver-valid']],
    ['no end date', 'reason: x, approved_by: Board', ['policies/a.md:10 core/review-overdue', 'policies/a.md:17 core/waiver-valid']],
    ['no approver (still in force)', 'reason: x, until: 2027-01-01', ['policies/a.md:17 core/waiver-valid']],
  ])('a waiver with %s is an error', (_, fields, expected) => {
    expect(summary(runOn({ 'policies/a.md': policyText(waiver(fields)) }, { today }))).toEqual(expected);
  });

  it('reports an unknown rule with a suggestion, and a rule that cannot be waived', () => {
    const text = policyText({
      waivers:
        '\n  - { rule: core/review-overdeu, reason: x, approved_by: B, until: 2027-01-01 }\n  - { rule: core/schema, reason: x, approved_by: B, until: 2027-01-01 }',
    });
    const messages = runOn({ 'policies/a.md': text }, { today });
    expect(summary(messages)).toEqual(['policies/a.md:17 core/waiver-valid', 'policies/a.md:18 core/waiver-valid']);
    expect(messages[0]!.message).toContain('Did you mean core/review-overdue?');
  });
});
