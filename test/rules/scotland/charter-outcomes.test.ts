// scotland/charter-outcomes: numbers and applicability of the Scottish Social Housing Charter's outcomes.
import { describe, expect, it } from 'vitest';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';
import { scotland, today } from './config.js';

describe('scotland/charter-outcomes', () => {
  const only = ['scotland/charter-outcomes'];
  it('accepts outcomes of the current Charter', () => {
    expect(runOn({ 'policies/a.md': policyText({ charter_outcomes: '[1, 3, 11, 13, 15]' }) }, { today, only, config: scotland })).toEqual(
      [],
    );
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

describe('the Charter data', () => {
  it('names outcomes 8 and 9 by what the November 2022 Charter promises', async () => {
    const { CHARTER_OUTCOMES } = await import('../../../src/rules/scotland/data/charter.js');
    expect(CHARTER_OUTCOMES.get(8)).toMatch(/tenants and people on housing lists can review their housing options/);
    expect(CHARTER_OUTCOMES.get(9)).toMatch(/people at risk of losing their homes get advice on preventing homelessness/);
  });
});
