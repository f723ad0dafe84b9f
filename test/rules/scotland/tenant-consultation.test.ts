// scotland/tenant-consultation: s54 consultation of Scottish secure tenants and their RTOs.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';
import { scotland, today } from './config.js';

const strategy = policyText({ id: '"TP-01"', category: 'tenant-participation', title: 'Tenant Participation Strategy' });
const withStrategy = (files: Record<string, string>) => ({ 'policies/tp.md': strategy, ...files });

describe('scotland/tenant-consultation (s54)', () => {
  const only = ['scotland/tenant-consultation', 'core/consultation-recorded'];
  it.each([
    ['tenants and RTOs consulted', {}],
    ['a minor change with a reason', { consultation: '{ required: false, reason: Job titles updated only }' }],
    [
      'a governance policy not consulted on, with a reason',
      { category: 'governance', consultation: '{ required: false, reason: Internal }' },
    ],
    [
      'a policy marked as not affecting tenants',
      { affects_tenants: 'false', consultation: '{ required: false, reason: Internal procedure }' },
    ],
    ['a draft', { status: 'draft', consultation: '{ required: true }' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn(withStrategy({ 'policies/a.md': policyText(overrides) }), { today, only, config: scotland })).toEqual([]);
  });
  it.each([
    ['not required and no reason', { consultation: '{ required: false }' }, 'scotland/tenant-consultation'],
    [
      'only tenants consulted',
      { consultation: '{ required: true, groups: [tenants], opened: 2024-11-04, closed: 2025-01-10 }' },
      'scotland/tenant-consultation',
    ],
    [
      'a governance policy marked as affecting tenants',
      { category: 'governance', affects_tenants: 'true', consultation: '{ required: false }' },
      'scotland/tenant-consultation',
    ],
  ])('reports %s once, citing s54', (_, overrides, rule) => {
    const messages = runOn(withStrategy({ 'policies/a.md': policyText(overrides) }), { today, only, config: scotland });
    expect(summary(messages)).toEqual([`policies/a.md:15 ${rule}`]);
    expect(messages[0]!.message).toMatch(/^Missing consultation/);
    expect(messages[0]!.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('s54') });
  });
});

describe('scotland/tenant-consultation: scope', () => {
  const only = ['scotland/tenant-consultation'];
  const notConsulted = { consultation: '{ required: false }' };
  it('reports a rent policy not consulted on (its own review is an s54 matter; s25 is each increase)', () => {
    expect(
      summary(runOn({ 'policies/r.md': policyText({ category: 'rent', ...notConsulted }) }, { today, only, config: scotland })),
    ).toEqual(['policies/r.md:15 scotland/tenant-consultation']);
  });
  it('does not apply s54 to a factoring policy, even in a category marked as affecting tenants', () => {
    const factoring = policyText({ category: 'factoring', kind: 'factoring', title: 'Factoring Policy', ...notConsulted });
    expect(runOn({ 'policies/f.md': factoring }, { today, only, config: scotland })).toEqual([]);
  });
  it('does not run for a landlord with no Scottish secure tenants', () => {
    const config = `${scotland}\nscotland: { scottish_secure_tenants: false }`;
    expect(runOn({ 'policies/a.md': policyText(notConsulted) }, { today, only, config })).toEqual([]);
  });
  it('finds a tenant-affecting policy by its kind when its category does not say so', () => {
    const asb = policyText({ category: 'governance', kind: 'anti-social-behaviour', ...notConsulted });
    expect(summary(runOn({ 'policies/a.md': asb }, { today, only, config: scotland }))).toEqual([
      'policies/a.md:15 scotland/tenant-consultation',
    ]);
  });
});
