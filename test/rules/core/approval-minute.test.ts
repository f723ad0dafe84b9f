import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/approval-minute'];

describe('core/approval-minute', () => {
  it('does not fire when every approval has a minute', () => {
    expect(runOn({ 'policies/a.md': policyText() }, { today: '2026-11-24', only })).toEqual([]);
  });

  it('fires, as a warning, on each approval without a minute', () => {
    const approvals =
      '\n  - { date: 2015-06-11, body: Housing Services Committee }\n  - { date: 2025-03-13, body: Housing Services Committee, minute: "  " }';
    const messages = runOn({ 'policies/a.md': policyText({ approvals }) }, { today: '2026-11-24', only });
    expect(summary(messages)).toEqual(['policies/a.md:12 core/approval-minute', 'policies/a.md:13 core/approval-minute']);
    expect(messages.every((m) => m.severity === 'warning')).toBe(true);
  });
});
