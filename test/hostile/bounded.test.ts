// Work bounded for every input under the size limits: a config crafted to make the calendar walk the same days
// over and over finishes in seconds with the usual output. (Glob matching: glob.test.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/util/dates.js';
import { policyText } from '../helpers/rule-tester.js';
import { cleanUp, cli, repo } from './harness.js';

afterEach(cleanUp);

/** The review programme as CSV from the as-of date to `to`, and how long the command took. */
async function calendarCsv(dir: string, to: string) {
  const started = Date.now();
  const run = await cli(dir, ['calendar', '--format', 'csv', '--as-of', '2026-11-24', '--from', '2026-11-24', '--to', to]);
  return { ...run, ms: Date.now() - started };
}

describe('calendar work is linear in meetings plus days', () => {
  it('a closure listed day by day for decades and thousands of meetings inside it', async () => {
    // Every day from 2027 to 2070 a holiday (about 16,000 dates), and 3,000 meetings on those days: each meeting's
    // paper deadline lies before the whole closure.
    const holidays = Array.from({ length: 16_000 }, (_, i) => addDays('2027-01-01', i));
    const meetings = Array.from({ length: 3_000 }, (_, i) => addDays('2027-01-04', i * 5));
    const config = `organisation: Test HA\ncommittees:\n  - name: Board\n    remit: [housing-management]\n    paper_deadline_working_days: 60\n    meetings: [${meetings.join(', ')}]\nholidays: [${holidays.join(', ')}]\n`;
    expect(config.length).toBeLessThan(256 * 1024);
    const dir = repo({ 'policies.config.yaml': config, 'policies/a.md': policyText({ approving_body: 'Board', next_review: '2027-06' }) });
    const { code, stdout, stderr, ms } = await calendarCsv(dir, '2070-01-01');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('HM-01');
    // The bar is 20 s on a shared machine; this takes about a second.
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it('a meeting every day for fifty years and hundreds of reviews competing for one place each', async () => {
    const meetings = Array.from({ length: 18_000 }, (_, i) => addDays('2027-01-01', i));
    const config = `organisation: Test HA\ncommittees:\n  - name: Board\n    remit: [housing-management]\n    max_reviews_per_meeting: 1\n    meetings: [${meetings.join(', ')}]\n`;
    const files: Record<string, string> = { 'policies.config.yaml': config };
    for (let i = 0; i < 300; i++)
      files[`policies/p${i}.md`] = policyText({ id: `"P-${i}"`, approving_body: 'Board', next_review: `2027-0${1 + (i % 9)}` });
    const dir = repo(files);
    const { code, stdout, stderr, ms } = await calendarCsv(dir, '2076-01-01');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\r\n')).toHaveLength(301);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);
});
