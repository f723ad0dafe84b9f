import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/health-and-safety-lead.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

const run = (lead: string | null, asOf = today) => reportsOf(rule, { today: asOf, config: englandConfig({ lead }) });

describe('england/health-and-safety-lead', () => {
  it('is silent when a lead is designated', () => {
    expect(run('{ name: Daniel Okafor, role: Director of Property, designated: 2024-04-17 }')).toEqual([]);
  });
  it('reports no lead, as a statutory duty', () => {
    expect(run(null)).toEqual([expect.objectContaining({ messageId: 'none' })]);
    expect(rule.meta.basis).toMatchObject({ grade: 'statute', citation: expect.stringContaining('s10') });
  });
  it('reports a lead without a date of designation', () => {
    expect(run('{ name: Daniel Okafor }')).toEqual([expect.objectContaining({ messageId: 'noDate', data: { name: 'Daniel Okafor' } })]);
  });
  it('does not apply before 1 April 2024', () => {
    expect(run(null, '2024-03-31')).toEqual([]);
    expect(run(null, '2024-04-01')).toHaveLength(1);
  });
});
