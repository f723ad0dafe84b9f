import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/tenant-satisfaction-measures.js';
import { englandConfig, today } from './config.js';
import { ids, reportsOf } from './helpers.js';

const y2526 = '{ year: 2025-26, published: 2026-06-25, url: "https://example.org.uk/t", submitted: 2026-06-23 }';
const y2425 = '{ year: 2024-25, published: 2025-06-26, url: "https://example.org.uk/t", submitted: 2025-06-24 }';
const run = (tsm: string[], asOf = today, homes = 4300) => reportsOf(rule, { today: asOf, config: englandConfig({ tsm, homes }) });

describe('england/tenant-satisfaction-measures', () => {
  it('is silent when the last complete year is published and submitted', () => {
    expect(run([y2425, y2526])).toEqual([]);
  });
  it('reports the last complete year missing, naming it', () => {
    expect(run([y2425])).toEqual([expect.objectContaining({ messageId: 'missing', data: { year: '2025-26', expected: '2026-06-30' } })]);
  });
  it('gives the publication window before asking for the year just ended', () => {
    expect(run([y2425], '2026-06-30')).toEqual([]);
    expect(ids(run([y2425], '2026-07-01'))).toEqual(['missing']);
  });
  it('reports results not published, and (1,000 or more homes) not submitted', () => {
    expect(ids(run(['{ year: 2025-26, submitted: 2026-06-23 }']))).toEqual(['notPublished']);
    expect(run(['{ year: 2025-26, published: 2026-06-25, url: "https://example.org.uk/t" }'])).toEqual([
      expect.objectContaining({ messageId: 'notSubmitted', data: { year: '2025-26', homes: 4300 } }),
    ]);
    expect(run(['{ year: 2025-26, published: 2026-06-25, url: "https://example.org.uk/t" }'], today, 600)).toEqual([]);
  });
  it('takes the window from the options', () => {
    const config = englandConfig({
      tsm: [y2425],
      rules: 'rules:\n  england/tenant-satisfaction-measures: [error, { publishWithinMonths: 6 }]',
    });
    expect(reportsOf(rule, { today: '2026-09-30', config })).toEqual([]);
  });
});
