// The Scotland pack: Charter outcomes, s54 and s25 consultation, the s53 strategy, and the regulator's standards.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const scotland = `
jurisdiction: scotland
categories:
  housing-management: { affects_tenants: true }
  rent: { affects_tenants: true, rent_setting: true }
  governance: {}
  tenant-participation: { affects_tenants: true }
`;
const strategy = policyText({ id: '"TP-01"', category: 'tenant-participation', title: 'Tenant Participation Strategy' });
const withStrategy = (files: Record<string, string>) => ({ 'policies/tp.md': strategy, ...files });

describe('scotland/charter-outcomes', () => {
  const only = ['scotland/charter-outcomes'];
  it('accepts outcomes of the current Charter', () => {
    expect(runOn({ 'policies/a.md': policyText({ charter_outcomes: '[1, 3, 11, 13, 15]' }) }, { today, only, config: scotland })).toEqual([]);
  });
  it('reports numbers outside 1-16 and outcomes that do not apply, naming the outcome', () => {
    const messages = runOn({ 'policies/a.md': policyText({ charter_outcomes: '[0, 17, 12, 16]' }) }, { today, only, config: scotland });
    expect(summary(messages)).toEqual(Array(4).fill('policies/a.md:16 scotland/charter-outcomes'));
    expect(messages.map((m) => m.column)).toEqual([20, 23, 27, 31]);
    expect(messages[2]!.message).toContain('outcome 12 (Homeless people)');
    expect(messages[3]!.message).toContain('outcome 16 (Gypsy/Travellers)');
  });
  it('accepts outcome 16 for a landlord that provides sites', () => {
    const config = `${scotland}\nrules:\n  scotland/charter-outcomes: [error, { provides_sites: true }]`;
    expect(runOn({ 'policies/a.md': policyText({ charter_outcomes: '[16]' }) }, { today, only, config })).toEqual([]);
  });
  it('does not run without the Scotland pack', () => {
    expect(runOn({ 'policies/a.md': policyText({ charter_outcomes: '[17]' }) }, { today, only })).toEqual([]);
  });
});

describe('scotland/tenant-consultation (s54)', () => {
  const only = ['scotland/tenant-consultation', 'core/consultation-recorded'];
  it.each([
    ['tenants and RTOs consulted', {}],
    ['a minor change with a reason', { consultation: '{ required: false, reason: Job titles updated only }' }],
    ['a governance policy not consulted on, with a reason', { category: 'governance', consultation: '{ required: false, reason: Internal }' }],
    ['a policy marked as not affecting tenants', { affects_tenants: 'false', consultation: '{ required: false, reason: Internal procedure }' }],
    ['a draft', { status: 'draft', consultation: '{ required: true }' }],
  ])('does not fire for %s', (_, overrides) => {
    expect(runOn(withStrategy({ 'policies/a.md': policyText(overrides) }), { today, only, config: scotland })).toEqual([]);
  });
  it.each([
    ['not required and no reason', { consultation: '{ required: false }' }, 'scotland/tenant-consultation'],
    ['only tenants consulted', { consultation: '{ required: true, groups: [tenants], opened: 2024-11-04, closed: 2025-01-10 }' }, 'scotland/tenant-consultation'],
    ['a governance policy marked as affecting tenants', { category: 'governance', affects_tenants: 'true', consultation: '{ required: false }' }, 'scotland/tenant-consultation'],
  ])('reports %s once, citing s54', (_, overrides, rule) => {
    const messages = runOn(withStrategy({ 'policies/a.md': policyText(overrides) }), { today, only, config: scotland });
    expect(summary(messages)).toEqual([`policies/a.md:15 ${rule}`]);
    expect(messages[0]!.message).toMatch(/^Missing consultation/);
    expect(messages[0]!.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('s54') });
  });
});

describe('scotland/rent-consultation (s25)', () => {
  const only = ['scotland/rent-consultation', 'scotland/tenant-consultation'];
  it('accepts a rent policy with tenants consulted', () => {
    expect(runOn(withStrategy({ 'policies/r.md': policyText({ category: 'rent' }) }), { today, only, config: scotland })).toEqual([]);
  });
  it.each([
    ['consultation not required, even with a reason', { consultation: '{ required: false, reason: Wording only }' }],
    ['tenants not among the groups', { consultation: '{ required: true, groups: [staff, board], opened: 2024-11-04, closed: 2025-01-10 }' }],
  ])('reports %s once, citing s25', (_, overrides) => {
    const messages = runOn(withStrategy({ 'policies/r.md': policyText({ category: 'rent', ...overrides }) }), { today, only, config: scotland });
    expect(summary(messages)).toEqual(['policies/r.md:15 scotland/rent-consultation']);
    expect(messages[0]!.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('s25(4)') });
  });
});

describe('scotland/tenant-participation-strategy (s53)', () => {
  const only = ['scotland/tenant-participation-strategy'];
  it('accepts a current, in-date strategy', () => {
    expect(runOn(withStrategy({}), { today, only, config: scotland })).toEqual([]);
  });
  it('accepts a strategy due for review today', () => {
    const files = { 'policies/tp.md': policyText({ category: 'tenant-participation', next_review: today }) };
    expect(runOn(files, { today, only, config: scotland })).toEqual([]);
  });
  it('reports a register with no strategy at line 1 of the config', () => {
    const messages = runOn({ 'policies/a.md': policyText() }, { today, only, config: scotland });
    expect(summary(messages)).toEqual(['policies.config.yaml:1 scotland/tenant-participation-strategy']);
  });
  it.each([
    ['overdue since yesterday', { next_review: '2026-11-23' }, 'policies/tp.md'],
    ['only a draft', { status: 'draft' }, 'policies/tp.md'],
    ['superseded with no successor', { status: 'superseded' }, 'policies/tp.md'],
  ])('reports a strategy %s, with the strategy as a related location', (_, overrides, related) => {
    const files = { 'policies/tp.md': policyText({ category: 'tenant-participation', ...overrides }) };
    const messages = runOn(files, { today, only, config: scotland });
    expect(summary(messages)).toEqual(['policies.config.yaml:1 scotland/tenant-participation-strategy']);
    expect(messages[0]!.related?.[0]?.file).toBe(related);
  });
  it('finds the strategy by title when it is filed in another category', () => {
    const files = { 'policies/tp.md': policyText({ category: 'housing-management', title: 'Tenant Participation Strategy 2025-2028' }) };
    expect(runOn(files, { today, only, config: scotland })).toEqual([]);
  });
});

describe('scotland/regulatory-standards', () => {
  const only = ['scotland/regulatory-standards'];
  it('accepts standards, known guidance points, other ways of writing them, and config additions', () => {
    const config = `${scotland}\nscotland: { regulatory_standards: ["SHR 4.3"] }`;
    const text = policyText({ regulatory_standards: '["SHR 1", "SHR 5.6", "Standard 3.4", "RS 2", "SHR 4.3", "shr4.3"]' });
    expect(runOn({ 'policies/a.md': text }, { today, only, config })).toEqual([]);
  });
  it('warns about a standard that does not exist, an unknown guidance point and a reference in another form', () => {
    const messages = runOn({ 'policies/a.md': policyText({ regulatory_standards: '["SHR 8", "SHR 5.9", "ISO 9001"]' }) }, { today, only, config: scotland });
    expect(summary(messages)).toEqual(Array(3).fill('policies/a.md:16 scotland/regulatory-standards'));
    expect(messages.every((m) => m.severity === 'warning')).toBe(true);
    expect(messages[1]!.message).toContain(`add "SHR 5.9" to scotland.regulatory_standards`);
  });
});
