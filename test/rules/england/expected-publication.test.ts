import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/expected-publication.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

const run = (text: string, landlordType = 'private-registered-provider') =>
  reportsOf(rule, { today, config: englandConfig({ landlordType }), files: { 'policies/p.md': text } });

describe('england/expected-publication', () => {
  it("reports a housing association's tenancy policy with no record of publication, graded guidance", () => {
    expect(run(policyText({ kind: 'tenancy', title: 'Tenancy Policy' }))).toEqual([
      expect.objectContaining({
        messageId: 'notPublished',
        data: expect.objectContaining({ kind: 'tenancy' }),
        basis: expect.objectContaining({ grade: 'guidance' }),
      }),
    ]);
  });
  it('is silent when it is published after its latest approval', () => {
    expect(
      run(policyText({ kind: 'tenancy', title: 'Tenancy Policy', published: '{ date: 2025-03-20, url: "https://example.org.uk/t" }' })),
    ).toEqual([]);
  });
  it("leaves a council's statutory publication duties to england/publication", () => {
    expect(run(policyText({ kind: 'anti-social-behaviour', title: 'ASB Policy' }), 'local-authority')).toEqual([]);
  });
});
