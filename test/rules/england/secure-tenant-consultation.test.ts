import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/secure-tenant-consultation.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

const categories =
  '\ncategories:\n  housing-management: { affects_tenants: true }\n  rent: { affects_tenants: true, rent_setting: true }\n  governance: {}\n';
const config = (landlordType: string) => englandConfig({ landlordType }) + categories;
const consulted = (groups: string) => `{ required: true, groups: [${groups}], opened: 2024-11-04, closed: 2025-01-10, summary: Survey }`;
const run = (text: string, landlordType = 'local-authority') =>
  reportsOf(rule, { today, config: config(landlordType), files: { 'policies/p.md': text } });

describe('england/secure-tenant-consultation (s105)', () => {
  it('is silent when a council consulted its tenants', () => {
    expect(run(policyText({ consultation: consulted('tenants') }))).toEqual([]);
  });
  it('reports a council housing management policy consulted on without tenants', () => {
    expect(run(policyText({ consultation: consulted('staff, partners') }))).toEqual([
      expect.objectContaining({ messageId: 'noTenants', data: { category: 'housing-management', groups: 'staff, partners' } }),
    ]);
  });
  it('does not apply to housing associations, rents, or policies that do not affect tenants', () => {
    expect(run(policyText({ consultation: consulted('staff') }), 'private-registered-provider')).toEqual([]);
    expect(run(policyText({ category: 'rent', consultation: consulted('staff') }))).toEqual([]);
    expect(run(policyText({ category: 'governance', consultation: consulted('staff') }))).toEqual([]);
  });
  it('leaves a review with no consultation to the core rules (s105 applies to a change)', () => {
    expect(run(policyText({ consultation: '{ required: false, reason: No change to the policy }' }))).toEqual([]);
  });
});
