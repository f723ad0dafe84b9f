import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/ombudsman-submission.js';
import { englandConfig, today } from './config.js';
import { ids, reportsOf } from './helpers.js';

const record = (submitted?: string) =>
  `{ approved: 2026-06-17, body: Board, published: 2026-06-30, url: "https://example.org.uk/c"${submitted ? `, submitted: ${submitted}` : ''} }`;
const run = (submitted: string | undefined, homes: number | null = 4300, asOf = today) =>
  reportsOf(rule, { today: asOf, config: englandConfig({ homes, selfAssessments: [record(submitted)] }) });

describe('england/ombudsman-submission', () => {
  it('is silent when the submission was made by 30 September (1,000 or more homes)', () => {
    expect(run('2026-09-15')).toEqual([]);
    expect(run('2026-09-30')).toEqual([]);
  });
  it('reports a missing submission for the last year, with its deadline', () => {
    expect(run(undefined)).toEqual([
      expect.objectContaining({ messageId: 'missing', data: expect.objectContaining({ year: '2025-26', deadline: '2026-09-30' }) }),
    ]);
  });
  it('reports a late submission', () => {
    expect(run('2026-10-02')).toEqual([
      expect.objectContaining({ messageId: 'late', data: expect.objectContaining({ submitted: '2026-10-02', deadline: '2026-09-30' }) }),
    ]);
  });
  it('does not ask for a submission before its deadline has passed', () => {
    // As of 15 September 2026, the last passed deadline is 30 September 2025, for 2024-25: a 2025 submission is needed.
    const config = englandConfig({ selfAssessments: [record(undefined), '{ approved: 2025-06-18, body: Board, submitted: 2025-09-12 }'] });
    expect(reportsOf(rule, { today: '2026-09-15', config })).toEqual([]);
  });
  it('gives a smaller landlord six months from its year end', () => {
    const config = englandConfig({ homes: 600, selfAssessments: ['{ approved: 2026-06-17, body: Board, submitted: 2026-07-01 }'] });
    const dec = `${config.replace('england:\n', 'england:\n  financial_year_end: "12-31"\n')}`;
    expect(reportsOf(rule, { today: '2026-08-01', config: dec })).toEqual([
      expect.objectContaining({ messageId: 'late', data: expect.objectContaining({ deadline: '2026-06-30', year: '2025' }) }),
    ]);
    expect(reportsOf(rule, { today: '2026-12-04', config })).toEqual([]);
  });
  it('asks for the number of homes when it is not set', () => {
    expect(ids(run('2026-09-15', null))).toEqual(['homesUnknown']);
  });
  it('leaves a missing self-assessment to england/complaints-self-assessment (one message)', () => {
    expect(reportsOf(rule, { today, config: englandConfig({ selfAssessments: [] }) })).toEqual([]);
  });
});
