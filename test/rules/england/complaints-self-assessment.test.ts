import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/england/complaints-self-assessment.js';
import { runOn } from '../../helpers/rule-tester.js';
import { englandConfig, today } from './config.js';
import { ids, reportsOf } from './helpers.js';

const good = '{ approved: 2026-06-17, body: Board, published: 2026-06-30, url: "https://example.org.uk/c", submitted: 2026-09-15 }';
const older = '{ approved: 2025-06-18, body: Board, published: 2025-06-27, url: "https://example.org.uk/c" }';
const run = (selfAssessments: string[], asOf = today) => reportsOf(rule, { today: asOf, config: englandConfig({ selfAssessments }) });

describe('england/complaints-self-assessment', () => {
  it('is silent when the latest self-assessment is in date and published', () => {
    expect(run([good])).toEqual([]);
    expect(run([good], '2027-06-17')).toEqual([]);
    expect(run([good, older], '2026-06-16')).toEqual([]);
  });
  it('reports a register with no self-assessment once, on the config, naming the Code and its grade', () => {
    expect(ids(run([]))).toEqual(['none']);
    const messages = runOn({}, { today, only: ['england/complaints-self-assessment'], config: englandConfig({ selfAssessments: [] }) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: 'policies.config.yaml', line: 1, severity: 'error' });
    expect(messages[0]!.basis).toMatchObject({ grade: 'regulatory-requirement' });
    expect(messages[0]!.basis?.citation).toContain('Complaint Handling Code 2024 section 8');
  });
  it('reports a self-assessment more than twelve months old, with the date the next was due', () => {
    expect(run([good], '2027-06-18')).toEqual([
      expect.objectContaining({ messageId: 'stale', data: { approved: '2026-06-17', due: '2027-06-17', body: 'Board' } }),
    ]);
    expect(ids(run([older], '2026-06-19'))).toEqual(['stale']);
  });
  it('ignores a self-assessment dated after --as-of', () => {
    expect(ids(run([good], '2026-06-01'))).toEqual(['none']);
  });
  it('reports an approved self-assessment that was not published', () => {
    expect(run(['{ approved: 2026-06-17, body: Board }'])).toEqual([
      expect.objectContaining({
        messageId: 'notPublished',
        data: { approved: '2026-06-17', missing: 'publication date (published) or address (url)' },
      }),
    ]);
    expect(run(['{ approved: 2026-06-17, body: Board, published: 2026-06-30 }'])[0]!.data).toMatchObject({ missing: 'address (url)' });
  });
});
