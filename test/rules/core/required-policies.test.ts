// core/required-policies: the packs' list and the config's own; one finding per missing or out-of-date item, naming
// it and its grade; not applicable with a reason silences it; conditions, commencement and per-item lists.
import { describe, expect, it } from 'vitest';
import { configFrom, policyText, runOn, summary } from '../../helpers/rule-tester.js';
import { requiredPolicyStatus } from '../../../src/register/required.js';
import { parsePolicy } from '../../../src/load/policy.js';

const today = '2026-11-24';
const only = ['core/required-policies'];
const SCOTLAND_KINDS = [
  'tenant-participation-strategy',
  'allocations',
  'complaints-handling',
  'rent-setting',
  'gas-safety',
  'electrical-safety',
  'fire-safety',
  'asbestos',
  'water-safety',
  'lift-safety',
  'damp-and-mould',
  'code-of-conduct',
  'entitlements-payments-benefits',
  'whistleblowing',
  'risk-management',
  'treasury-management',
  'notifiable-events',
  'data-protection',
  'freedom-of-information',
  'equality-and-human-rights',
];
/** A register holding one current policy of each kind Scotland requires, but those left out. */
const register = (without: string[] = [], overrides: Record<string, Record<string, string>> = {}) =>
  Object.fromEntries(
    SCOTLAND_KINDS.filter((k) => !without.includes(k)).map((kind, i) => [
      `policies/${kind}.md`,
      policyText({ id: `"P-${i}"`, title: `Policy ${i}`, kind, ...(overrides[kind] ?? {}) }),
    ]),
  );
const scotland = 'jurisdiction: scotland\n';

describe('core/required-policies', () => {
  it('is silent on a register that holds every required policy', () => {
    expect(runOn(register(), { today, only, config: scotland })).toEqual([]);
  });

  it.each(SCOTLAND_KINDS)('removing %s gives one finding naming it, with its grade', (kind) => {
    const messages = runOn(register([kind]), { today, only, config: scotland });
    expect(summary(messages)).toEqual(['policies.config.yaml:1 core/required-policies']);
    expect(messages[0]!.message).toContain(`(required policy ${kind})`);
    expect(messages[0]!.message).toMatch(/which (the law requires|the regulator expects)/);
    expect(['statute', 'regulatory-requirement']).toContain(messages[0]!.basis?.grade);
  });

  it('names the s53 strategy as statute', () => {
    const [message] = runOn(register(['tenant-participation-strategy']), { today, only, config: scotland });
    expect(message!.message).toMatch(
      /^The register has no tenant participation strategy \(required policy tenant-participation-strategy\), which the law requires/,
    );
    expect(message!.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('s53') });
  });

  it.each([
    ['overdue since yesterday', { next_review: '2026-11-23' }],
    ['only a draft', { status: 'draft' }],
    ['superseded with no successor', { status: 'superseded' }],
  ])('reports a strategy %s as not current, with the strategy as a related location', (_, overrides) => {
    const messages = runOn(register([], { 'tenant-participation-strategy': overrides }), { today, only, config: scotland });
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('no current tenant participation strategy')]);
    expect(messages[0]!.related?.[0]?.file).toBe('policies/tenant-participation-strategy.md');
  });

  it('finds a policy with no kind by its title ("Customer Involvement Strategy" filed under governance)', () => {
    const files = {
      ...register(['tenant-participation-strategy']),
      'policies/cis.md': policyText({ id: '"GOV-9"', title: 'Customer Involvement Strategy', category: 'governance' }),
    };
    expect(runOn(files, { today, only, config: scotland })).toEqual([]);
  });

  it('marking an item not applicable, with reason and who decided, silences it; the reason is kept for the report', () => {
    const config = `${scotland}required_policies:\n  not_applicable:\n    lift-safety: { reason: We have no lifts, decided_by: "Board, minute BM 2026/14" }\n`;
    expect(runOn(register(['lift-safety']), { today, only, config })).toEqual([]);
    const status = requiredPolicyStatus([], configFrom(config), today).find((s) => s.requirement.id === 'lift-safety')!;
    expect(status).toMatchObject({
      state: 'not-applicable',
      requirement: { notApplicable: { reason: 'We have no lifts', decidedBy: 'Board, minute BM 2026/14' } },
    });
  });

  it('a landlord with no Scottish secure tenants has no s53 or allocation rules duty; one that factors needs a factoring policy', () => {
    expect(
      runOn(register(['tenant-participation-strategy', 'allocations', 'rent-setting']), {
        today,
        only,
        config: `${scotland}scotland: { scottish_secure_tenants: false }\n`,
      }),
    ).toEqual([]);
    const factor = runOn(register(), { today, only, config: `${scotland}scotland: { property_factor: true }\n` });
    expect(factor.map((m) => m.message)).toEqual([expect.stringContaining('(required policy factoring)')]);
  });

  it("the config adds a requirement of its own, graded as the board's rule by default", () => {
    const config = `${scotland}kinds:\n  board-expenses: { title: Board expenses, hints: [expenses] }\nrequired_policies:\n  add:\n    - { id: board-expenses, title: A board expenses policy, kinds: [board-expenses] }\n`;
    const messages = runOn(register(), { today, only, config });
    expect(messages.map((m) => [m.message.slice(0, 44), m.basis?.grade])).toEqual([
      ['The register has no board expenses policy (r', 'board-rule'],
    ]);
    expect(
      runOn({ ...register(), 'policies/x.md': policyText({ id: '"X"', title: 'Board Member Expenses Policy' }) }, { today, only, config }),
    ).toEqual([]);
  });

  it('refuses a not-applicable entry that names no requirement, with a suggestion', () => {
    expect(() => configFrom(`${scotland}required_policies:\n  not_applicable:\n    lifts-safety: { reason: x, decided_by: y }\n`)).toThrow(
      /Did you mean lift-safety/,
    );
  });

  it('has no requirements without a jurisdiction pack', () => {
    expect(runOn({ 'policies/a.md': policyText() }, { today, only })).toEqual([]);
  });

  it('judges per-item requirements and commencement (the shape the England pack uses)', () => {
    const config = configFrom(scotland);
    const requirement = {
      id: 'res',
      title: "A residents' engagement strategy",
      kinds: ['tenant-participation-strategy'],
      basis: { grade: 'statute' as const, citation: 'x' },
      from: 'test',
    };
    const perItem = { ...config, requiredPolicies: [{ ...requirement, items: ['North Tower', 'South Tower'] }] };
    const policy = parsePolicy('policies/n.md', policyText({ kind: 'tenant-participation-strategy', applies_to: '["North Tower"]' }));
    expect(requiredPolicyStatus([policy], perItem, today).map((s) => [s.item, s.state])).toEqual([
      ['North Tower', 'present'],
      ['South Tower', 'missing'],
    ]);
    const later = { ...config, requiredPolicies: [{ ...requirement, commencement: '2027-04-01' }] };
    expect(requiredPolicyStatus([], later, today).map((s) => s.state)).toEqual(['not-yet-in-force']);
    expect(requiredPolicyStatus([], later, '2027-04-01').map((s) => s.state)).toEqual(['missing']);
  });
});
