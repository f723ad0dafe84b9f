import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/expected-policies.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

const run = (files: Record<string, string>, config = englandConfig()) => reportsOf(rule, { today, config, files });
const expected = [
  'tenancy',
  'damp-and-mould',
  'gas-safety',
  'electrical-safety',
  'fire-safety',
  'asbestos',
  'water-safety',
  'lift-safety',
  'smoke-and-co-alarms',
  'tenant-engagement',
  'adaptations',
  'domestic-abuse',
  'governance-framework',
];
const register = (without: string[] = []) =>
  Object.fromEntries(
    expected
      .filter((k) => !without.includes(k))
      .map((kind, i) => [`policies/${kind}.md`, policyText({ id: `"E-${i}"`, kind, title: `Policy ${i}` })]),
  );

describe('england/expected-policies', () => {
  it('is silent when every expected policy is held, approved and in date', () => {
    expect(run(register())).toEqual([]);
  });
  it('reports a missing lift safety policy as good practice, naming the statutory duty it serves', () => {
    expect(run(register(['lift-safety']))).toEqual([
      expect.objectContaining({
        messageId: 'missing',
        data: expect.objectContaining({ what: 'lift safety policy', kind: 'lift-safety', strength: 'good practice expects' }),
        basis: expect.objectContaining({
          grade: 'good-practice',
          citation: expect.stringContaining('Lifting Operations and Lifting Equipment Regulations 1998'),
        }),
      }),
    ]);
  });
  it('reports a missing tenancy policy and damp and mould policy as guidance', () => {
    expect(run(register(['tenancy', 'damp-and-mould'])).map((r) => [r.data?.kind, r.basis?.grade])).toEqual([
      ['tenancy', 'guidance'],
      ['damp-and-mould', 'guidance'],
    ]);
  });
  it('does not ask a council for a governance framework (the GFV Standard is for housing associations)', () => {
    expect(run(register(['governance-framework']), englandConfig({ landlordType: 'local-authority' }))).toEqual([]);
    expect(run(register(['governance-framework']))).toHaveLength(1);
  });
  it("does not ask for a damp and mould policy before Awaab's Law commenced (27 October 2025)", () => {
    expect(reportsOf(rule, { today: '2025-10-26', config: englandConfig(), files: register(['damp-and-mould']) })).toEqual([]);
  });
  it('is silenced by a not-applicable decision in the config', () => {
    const config = englandConfig({
      rules:
        'rules:\n  england/expected-policies: [warning, { notApplicable: { lift-safety: "We have no lifts (Board, minute B 2026/14)" } }]',
    });
    expect(run(register(['lift-safety']), config)).toEqual([]);
  });
});
