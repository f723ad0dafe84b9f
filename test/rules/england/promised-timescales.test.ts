import { describe, expect, it } from 'vitest';
import rule, { inUnit } from '../../../src/rules/england/promised-timescales.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { ids, reportsOf } from './helpers.js';

const complaints = (steps: Record<string, string>) => {
  const all: Record<string, string> = {
    'stage1-acknowledge': '{ value: 5, unit: working-days }', 'stage1-response': '{ value: 10, unit: working-days }',
    'stage1-extension': '{ value: 10, unit: working-days }', 'stage2-acknowledge': '{ value: 5, unit: working-days }',
    'stage2-response': '{ value: 20, unit: working-days }', 'stage2-extension': '{ value: 20, unit: working-days }', ...steps,
  };
  const lines = Object.entries(all).filter(([, v]) => v !== '').map(([k, v]) => `\n  ${k}: ${v}`).join('');
  return policyText({ kind: 'complaints-handling', title: 'Complaints Policy', timescales: lines });
};
const damp = (investigation: string) => policyText({
  kind: 'damp-and-mould',
  title: 'Damp and Mould Policy',
  timescales: `\n  emergency-hazard: { value: 24, unit: hours }\n  significant-hazard-investigation: ${investigation}\n  written-summary: { value: 3, unit: working-days }\n  safety-work: { value: 5, unit: working-days }\n  further-works-start: { value: 12, unit: weeks }`,
});
const run = (text: string) => reportsOf(rule, { today, config: englandConfig(), files: { 'policies/p.md': text } });

describe('england/promised-timescales', () => {
  it("is silent on promises within the Code and Awaab's Law", () => {
    expect(run(complaints({}))).toEqual([]);
    expect(run(damp('{ value: 10, unit: working-days }'))).toEqual([]);
    expect(run(complaints({ 'stage2-response': '{ value: 15, unit: working-days }', 'stage1-extension': '{ value: 1, unit: weeks }' }))).toEqual([]);
  });

  it('reports stage 2 promised in 25 working days, citing the Code', () => {
    expect(run(complaints({ 'stage2-response': '{ value: 25, unit: working-days }' }))).toEqual([
      expect.objectContaining({
        messageId: 'tooLong',
        field: ['timescales', 'stage2-response', 'value'],
        data: expect.objectContaining({ step: 'stage2-response', promised: '25 working days', allowed: '20 working days' }),
        basis: expect.objectContaining({ grade: 'regulatory-requirement', citation: expect.stringContaining('Complaint Handling Code 2024') }),
      }),
    ]);
  });

  it('reports a significant hazard investigated in 14 working days, citing the regulations as statute', () => {
    expect(run(damp('{ value: 14, unit: working-days }'))).toEqual([
      expect.objectContaining({
        messageId: 'tooLong',
        data: expect.objectContaining({ promised: '14 working days', allowed: '10 working days' }),
        basis: expect.objectContaining({ grade: 'statute', citation: expect.stringContaining('Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025') }),
      }),
    ]);
  });

  it('leaves missing promises and units that cannot be compared to england/timescales-stated', () => {
    expect(run(damp('{ value: 14, unit: days }'))).toEqual([]);
    expect(run(complaints({ 'stage1-extension': '' }))).toEqual([]);
    expect(ids(run(complaints({ 'stage2-response': '{ value: 4, unit: weeks }' })))).toEqual([]);
    expect(ids(run(complaints({ 'stage2-response': '{ value: 5, unit: weeks }' })))).toEqual(['tooLong']);
  });

  it('converts only what converts exactly', () => {
    expect(inUnit({ value: 2, unit: 'weeks' }, 'working-days')).toBe(10);
    expect(inUnit({ value: 1, unit: 'days' }, 'hours')).toBe(24);
    expect(inUnit({ value: 14, unit: 'days' }, 'working-days')).toBeUndefined();
    expect(inUnit({ value: 1, unit: 'months' }, 'weeks')).toBeUndefined();
  });
});
