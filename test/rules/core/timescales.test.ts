// core/timescales: a policy of a kind with timescales (SPSO model complaints procedure) states each, within the limit.
import { describe, expect, it } from 'vitest';
import { withinLimit } from '../../../src/rules/core/timescales.js';
import { policyText, runOn, summary } from '../../helpers/rule-tester.js';

const today = '2026-11-24';
const only = ['core/timescales'];
const scotland = 'jurisdiction: scotland\n';
const complaints = (timescales?: string) => policyText({ title: 'Complaints Handling Procedure', kind: 'complaints-handling', timescales });
const spso =
  '{ stage1-response: { value: 5, unit: working-days }, stage2-acknowledgement: { value: 3, unit: working-days }, stage2-response: { value: 20, unit: working-days } }';

describe('core/timescales', () => {
  it('is silent on the SPSO model timescales, and on shorter promises', () => {
    expect(runOn({ 'policies/c.md': complaints(spso) }, { today, only, config: scotland })).toEqual([]);
    expect(
      runOn(
        { 'policies/c.md': complaints(spso.replace('value: 5, unit: working-days', 'value: 72, unit: hours')) },
        { today, only, config: scotland },
      ),
    ).toEqual([]);
  });
  it('reports a promise longer than the model allows, with the model as its basis', () => {
    const messages = runOn({ 'policies/c.md': complaints(spso.replace('value: 20', 'value: 25')) }, { today, only, config: scotland });
    expect(summary(messages)).toEqual(['policies/c.md:17 core/timescales']);
    expect(messages[0]!.message).toContain('25 working days');
    expect(messages[0]!.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('20 working days') });
  });
  it('reports each missing timescale, and a unit that cannot be compared', () => {
    expect(runOn({ 'policies/c.md': complaints() }, { today, only, config: scotland })).toHaveLength(3);
    const weeks = runOn(
      { 'policies/c.md': complaints(spso.replace('value: 20, unit: working-days', 'value: 4, unit: weeks')) },
      { today, only, config: scotland },
    );
    expect(weeks.map((m) => m.message)).toEqual([expect.stringContaining('cannot be compared')]);
  });
  it('does not apply without the pack that sets them', () => {
    expect(runOn({ 'policies/c.md': complaints() }, { today, only })).toEqual([]);
  });
  it('compares units exactly where it can', () => {
    expect(withinLimit({ value: 2, unit: 'days' }, { value: 48, unit: 'hours' })).toBe(true);
    expect(withinLimit({ value: 49, unit: 'hours' }, { value: 2, unit: 'days' })).toBe(false);
    expect(withinLimit({ value: 5, unit: 'days' }, { value: 5, unit: 'working-days' })).toBe(true);
    expect(withinLimit({ value: 1, unit: 'months' }, { value: 20, unit: 'working-days' })).toBeUndefined();
  });
});
