import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/member-responsible-for-complaints.js';
import { englandConfig, today } from './config.js';
import { reportsOf } from './helpers.js';

const run = (member: string | null) => reportsOf(rule, { today, config: englandConfig({ member }) });

describe('england/member-responsible-for-complaints', () => {
  it('is silent when a member is named with the date of appointment', () => {
    expect(run('{ name: Priya Natarajan, appointed: 2024-09-18, minute: "B 2024/51" }')).toEqual([]);
  });
  it('reports no member named', () => {
    expect(run(null)).toEqual([expect.objectContaining({ messageId: 'none' })]);
    expect(run('{ appointed: 2024-09-18 }')).toEqual([expect.objectContaining({ messageId: 'none' })]);
  });
  it('reports a member without a date of appointment', () => {
    expect(run('{ name: Priya Natarajan }')).toEqual([expect.objectContaining({ messageId: 'noDate', data: { name: 'Priya Natarajan' } })]);
  });
  it('carries the Code section 9 basis', () => {
    expect(rule.meta.basis).toMatchObject({ grade: 'regulatory-requirement', citation: expect.stringContaining('section 9') });
  });
});
