import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/timescales-stated.js';
import { policyText } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

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

describe('england/timescales-stated', () => {
  it('is silent when every step is stated in a comparable unit', () => {
    expect(run(complaints({}))).toEqual([]);
    expect(run(damp('{ value: 2, unit: weeks }'))).toEqual([]);
  });
  it('asks for a promise in the law\'s unit when it cannot be compared exactly', () => {
    expect(run(damp('{ value: 14, unit: days }'))).toEqual([expect.objectContaining({ messageId: 'unitMismatch', data: expect.objectContaining({ unit: 'days', limitUnit: 'working-days' }) })]);
  });
  it('reports a missing promise, graded as guidance (the law sets the limit, not the document)', () => {
    expect(run(complaints({ 'stage1-extension': '' }))).toEqual([expect.objectContaining({
      messageId: 'missing',
      data: expect.objectContaining({ step: 'stage1-extension', allowed: '10 working days' }),
      basis: expect.objectContaining({ grade: 'guidance', citation: expect.stringContaining('Complaint Handling Code 2024, 6.4') }),
    })]);
  });
  it('leaves a promise that is too long to england/promised-timescales', () => {
    expect(run(complaints({ 'stage2-response': '{ value: 25, unit: working-days }' }))).toEqual([]);
  });
});
