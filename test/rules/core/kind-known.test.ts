// core/kind-known: a kind the packs know; a suggestion from the title where a rule looks the policy up by kind.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const only = ['core/kind-known'];
const scotland = 'jurisdiction: scotland\n';

describe('core/kind-known', () => {
  it('accepts a known kind, and a policy whose title suggests no kind', () => {
    expect(
      runOn(
        { 'policies/a.md': policyText({ kind: 'gas-safety' }), 'policies/b.md': policyText({ id: '"B"', title: 'Pets Policy' }) },
        { today, only, config: scotland },
      ),
    ).toEqual([]);
  });
  it('reports an unknown kind at the kind, with a suggestion', () => {
    const messages = runOn({ 'policies/a.md': policyText({ kind: 'gas-saftey' }) }, { today, only, config: scotland });
    expect(summary(messages)).toEqual(['policies/a.md:16 core/kind-known']);
    expect(messages[0]!.message).toContain('Did you mean gas-safety?');
  });
  it('suggests a kind from the title where a rule looks it up by kind', () => {
    const messages = runOn({ 'policies/a.md': policyText({ title: 'Gas Safety Policy' }) }, { today, only, config: scotland });
    expect(summary(messages)).toEqual(['policies/a.md:3 core/kind-known']);
    expect(messages[0]!.message).toContain('Add kind: gas-safety');
  });
  it('accepts a kind the config adds, and suggests nothing without a pack that relies on kinds', () => {
    expect(
      runOn(
        { 'policies/a.md': policyText({ kind: 'board-expenses' }) },
        { today, only, config: `${scotland}kinds:\n  board-expenses: { title: Board expenses }\n` },
      ),
    ).toEqual([]);
    expect(runOn({ 'policies/a.md': policyText({ title: 'Gas Safety Policy' }) }, { today, only })).toEqual([]);
  });
});
