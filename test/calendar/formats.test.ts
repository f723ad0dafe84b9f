// Every calendar and report format, read back by a real consumer; hostile titles stay inert text.
import he from 'he';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildProgramme } from '../../src/calendar/schedule.js';
import { formatCsv } from '../../src/format/calendar/csv.js';
import { formatCalendarHtml } from '../../src/format/calendar/html.js';
import { formatIcs } from '../../src/format/calendar/ics.js';
import { formatCalendarMarkdown } from '../../src/format/calendar/markdown.js';
import { parsePolicy } from '../../src/load/policy.js';
import { configFrom, policyText } from '../helpers/rule-tester.js';

const config = configFrom(`
organisation: Comann Taigheadais Àird nan Eilean
committees:
  - name: Comataidh Seirbheisean Taigheadais
    aliases: [Housing Services Committee]
    meetings: [2027-01-14, 2027-03-18]
    paper_deadline_working_days: 10
`);
const today = '2026-11-24';

export const HOSTILE_TITLES = [
  '=HYPERLINK("http://x","click")',
  '<script>alert(1)</script>',
  'Rent Policy\nSUMMARY:Injected\r\nEND:VEVENT',
  '+1+cmd|\' /C calc\'!A0',
  '@SUM(1,2); a, b\\c',
  '-2+3',
  '\tTabbed | pipe | [link](http://x) **bold**',
];

function programmeWith(title: string, next = '2027-03-31') {
  const text = policyText({ id: '"HM-01"', title: JSON.stringify(title), next_review: next });
  const policy = parsePolicy('policies/a.md', text);
  expect(policy.data.title).toBe(title);
  return buildProgramme([policy], config, { today, from: '2026-11-24', to: '2027-06-30' });
}

function icsEvents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({ uid: e.getFirstPropertyValue('uid') as string, summary: e.getFirstPropertyValue('summary') as string, description: e.getFirstPropertyValue('description') as string, start: String(e.getFirstPropertyValue('dtstart')), alarms: e.getAllSubcomponents('valarm').length }));
}

describe('iCalendar', () => {
  const ics = formatIcs(programmeWith('Polasaidh Riaghladh Fiachan Màil agus Seirbheisean Àiteachaidh Ùra'), { reminderDays: 7 });

  it('parses with ical.js: the meeting, its paper deadline, the due date and the start of preparatory work', () => {
    const events = icsEvents(ics);
    expect(events.map((e) => [e.start, e.summary.split(':')[0]])).toEqual([
      ['2027-03-18', 'Comataidh Seirbheisean Taigheadais'],
      ['2027-03-04', 'Paper deadline'],
      ['2027-03-31', 'Review due'],
      ['2027-01-07', 'Start consultation'],
      ['2027-02-04', 'Start equality impact assessment'],
    ]);
    expect(events[0]!.description).toContain('HM-01 Polasaidh Riaghladh');
    expect(events.filter((e) => e.alarms > 0).map((e) => e.summary.split(':')[0])).toEqual(['Paper deadline', 'Start consultation', 'Start equality impact assessment']);
  });

  it('keeps every line within 75 octets, with CRLF line ends', () => {
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives the same events the same identifiers when regenerated with changed data', () => {
    const again = formatIcs(programmeWith('A new title'), { reminderDays: 7 });
    expect(icsEvents(again).map((e) => e.uid)).toEqual(icsEvents(ics).map((e) => e.uid));
    expect(new Set(icsEvents(ics).map((e) => e.uid)).size).toBe(5);
  });

  it.each(HOSTILE_TITLES)('keeps a hostile title as text: %j', (title) => {
    const events = icsEvents(formatIcs(programmeWith(title), { reminderDays: 7 }));
    expect(events).toHaveLength(5);
    const shown = title.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    expect(events[2]!.summary).toBe(`Review due: HM-01 ${shown}`);
  });
});

describe('CSV', () => {
  it('has a byte-order mark, CRLF rows and ISO dates, and parses back', () => {
    const csv = formatCsv(programmeWith('Rent Arrears Policy'));
    expect(csv.startsWith('\uFEFFcommittee,meeting,paper_deadline,')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([expect.objectContaining({ policy_id: 'HM-01', meeting: '2027-03-18', paper_deadline: '2027-03-04', review_due: '2027-03-31', late: 'no' })]);
  });

  it.each(HOSTILE_TITLES)('cannot smuggle a formula or break a row: %j', (title) => {
    const rows = parseCsv(formatCsv(programmeWith(title)), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const cell = rows[0]!.title!;
    expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
    // A carriage return is no character to leave in a spreadsheet: line breaks are kept as LF.
    expect(cell.replace(/^'/, '')).toBe(title.replace(/\r\n?/g, '\n'));
  });
});

describe('Markdown', () => {
  it.each(HOSTILE_TITLES)('keeps a hostile title inside its table cell as text: %j', (title) => {
    const md = formatCalendarMarkdown(programmeWith(title));
    const row = md.split('\n').find((l) => l.startsWith('| HM-01 |'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(8); // 6 cells between 7 unescaped pipes
    expect(md).not.toMatch(/<script|\]\(http/);
  });
});

describe('HTML', () => {
  it.each(HOSTILE_TITLES)('escapes a hostile title: %j', (title) => {
    const html = formatCalendarHtml(programmeWith(title));
    expect(html).not.toContain('<script>alert');
    expect((html.match(/<tr>/g) ?? []).length).toBe(2); // the header row and one policy
    const cell = /<th scope="row">HM-01<\/th><td>([^<]*)<\/td>/.exec(html)?.[1];
    expect(he.decode(cell ?? '')).toBe(title);
  });

  it('is self-contained: no external scripts, styles, images or fonts', () => {
    const html = formatCalendarHtml(programmeWith('Rent Arrears Policy'));
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|url\(|@import|https?:\/\//i);
    expect(html).toMatch(/<html lang="en-GB">/);
  });
});
