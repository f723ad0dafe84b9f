import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/allocation-appeals.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

const body = (extra: string) =>
  `# Allocations Policy\n\n## Policy\n\n1. We let homes through choice-based lettings.\n${extra}\n## Equality impact assessment\n\nDone.\n\n## Monitoring and review\n\nEvery three years.\n`;
const allocations = (extra: string) => policyText({ kind: 'allocations', title: 'Allocations Policy' }, body(extra));
const run = (text: string, landlordType = 'private-registered-provider') =>
  reportsOf(rule, { today, config: englandConfig({ landlordType }), files: { 'policies/allocations.md': text } });

describe('england/allocation-appeals', () => {
  it.each([
    ['an appeals heading', '\n## Appeals\n\nWrite to the Lettings Manager.\n'],
    ['a list item on appeals', '2. An applicant can appeal any decision within 21 days.\n'],
    ['a request for a review', '\nApplicants can request a review of the decision within 21 days.\n'],
  ])('accepts %s', (_, extra) => {
    expect(run(allocations(extra))).toEqual([]);
  });
  it('reports an allocations policy that says nothing about appeals, graded by landlord type', () => {
    expect(run(allocations(''))).toEqual([
      expect.objectContaining({ messageId: 'none', basis: expect.objectContaining({ grade: 'guidance' }) }),
    ]);
    expect(run(allocations(''), 'local-authority')).toEqual([
      expect.objectContaining({
        messageId: 'none',
        basis: expect.objectContaining({ grade: 'statute', citation: expect.stringContaining('s166A(9)') }),
      }),
    ]);
  });
  it('leaves other kinds alone', () => {
    expect(run(policyText({ kind: 'tenancy', title: 'Tenancy Policy' }, body('')))).toEqual([]);
  });
});
