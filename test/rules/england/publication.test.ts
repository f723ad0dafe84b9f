import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/publication.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { ids, reportsOf } from './helpers.js';

// The default policy text was last approved on 2025-03-13.
const asb = (overrides: Record<string, string | undefined>) =>
  policyText({ kind: 'anti-social-behaviour', title: 'Anti-social Behaviour Policy', publication: 'public', ...overrides });
const run = (text: string, landlordType = 'local-authority', asOf = today) =>
  reportsOf(rule, { today: asOf, config: englandConfig({ landlordType }), files: { 'policies/asb.md': text } });

describe('england/publication', () => {
  it('is silent when the approved version is published with a date and address', () => {
    expect(run(asb({ published: '{ date: 2025-03-20, url: "https://example.org.uk/asb" }' }))).toEqual([]);
  });
  it("reports a council's ASB statement with no record of publication, as statute", () => {
    expect(run(asb({}))).toEqual([
      expect.objectContaining({
        messageId: 'notPublished',
        basis: expect.objectContaining({ grade: 'statute', citation: expect.stringContaining('s218A') }),
      }),
    ]);
  });
  it("leaves a housing association's ASB policy (guidance) to england/expected-publication", () => {
    expect(run(asb({}), 'private-registered-provider')).toEqual([]);
  });
  it('reports a complaints policy with no record of publication for either landlord, citing the Code', () => {
    const text = policyText({ kind: 'complaints-handling', title: 'Complaints Policy' });
    expect(run(text, 'private-registered-provider')).toEqual([
      expect.objectContaining({ messageId: 'notPublished', basis: expect.objectContaining({ grade: 'regulatory-requirement' }) }),
    ]);
  });
  it('reports a policy marked internal', () => {
    expect(ids(run(asb({ publication: 'internal' })))).toEqual(['internal']);
  });
  it('reports an incomplete record and a published version older than the approval', () => {
    expect(run(asb({ published: '{ date: 2025-03-20 }' }))).toEqual([
      expect.objectContaining({ messageId: 'incomplete', data: { missing: 'url' } }),
    ]);
    expect(run(asb({ published: '{ date: 2024-01-10, url: "https://example.org.uk/asb" }' }))).toEqual([
      expect.objectContaining({ messageId: 'beforeApproval', data: { published: '2024-01-10', approved: '2025-03-13' } }),
    ]);
  });
  it('leaves kinds with no publication duty alone', () => {
    expect(run(policyText({ kind: 'treasury-management', publication: 'internal' }))).toEqual([]);
  });
  it('asks for the staff competence policy to be published only from October 2026', () => {
    const text = policyText({ kind: 'staff-competence', title: 'Staff Competence Policy' });
    expect(run(text, 'private-registered-provider', '2026-09-30')).toEqual([]);
    expect(ids(run(text, 'private-registered-provider', '2026-10-01'))).toEqual(['notPublished']);
  });
  it('asks for a tenancy strategy to be published by a council only', () => {
    const text = policyText({ kind: 'tenancy-strategy', title: 'Tenancy Strategy' });
    expect(run(text, 'private-registered-provider')).toEqual([]);
    expect(ids(run(text))).toEqual(['notPublished']);
  });
});
