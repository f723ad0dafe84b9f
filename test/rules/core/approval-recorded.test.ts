import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const only = ['core/approval-recorded'];
const config = `
committees:
  - { name: Board of Management, aliases: [Board], meetings: [] }
`;

describe('core/approval-recorded', () => {
  it.each([
    ['the last review recorded', {}],
    [
      'adoption recorded and no review yet',
      { last_reviewed: undefined, approvals: '\n  - { date: 2015-06-11, body: Housing Services Committee, minute: "1" }' },
    ],
    [
      'the body named by a configured alias',
      { approving_body: 'Board of Management', approvals: '\n  - { date: 2025-03-13, body: Board, minute: "1" }' },
    ],
    ['the body in other letter case', { approvals: '\n  - { date: 2025-03-13, body: housing services committee, minute: "1" }' }],
    ['a draft with no approvals', { status: 'draft', approvals: undefined }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only, config })).toEqual([]);
  });

  it.each([
    ['no approvals at all', { approvals: undefined }, 9],
    ['no approval on the last review date', { approvals: '\n  - { date: 2025-03-12, body: Housing Services Committee, minute: "1" }' }, 9],
    [
      'adoption not recorded',
      { last_reviewed: undefined, approvals: '\n  - { date: 2015-06-12, body: Housing Services Committee, minute: "1" }' },
      8,
    ],
    [
      'the approval on the date taken by another body',
      { approvals: '\n  - { date: 2025-03-13, body: Finance Committee, minute: "1" }' },
      12,
    ],
  ])('fires for %s', (_, overrides, line) => {
    expect(summary(runOn({ 'policies/a.md': policyText(overrides) }, { today: '2026-11-24', only, config }))).toEqual([
      `policies/a.md:${line} core/approval-recorded`,
    ]);
  });
});
