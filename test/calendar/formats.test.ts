// Every calendar and report format, read back by a real consumer; hostile titles stay inert text.
import he from 'he';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildProgramme } from '../../src/calendar/schedule.js';
import { formatCsv } from '../../src/format/calendar/csv.js';
import { formatCalendarHtml } from '../../src/format/calendar/html.js';
import { formatIcs } from '../../src/format/calendar/ics.js';
import { readPreviousCalendar } from '../../src/format/calendar/ics-previous.js';
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
  "+1+cmd|' /C calc'!A0",
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
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
    uid: e.getFirstPropertyValue('uid') as string,
    summary: e.getFirstPropertyValue('summary') as string,
    description: e.getFirstPropertyValue('description') as string,
    start: String(e.getFirstPropertyValue('dtstart')),
    alarms: e.getAllSubcomponents('valarm').length,
  }));
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
    expect(events.filter((e) => e.alarms > 0).map((e) => e.summary.split(':')[0])).toEqual([
      'Paper deadline',
      'Start consultation',
      'Start equality impact assessment',
    ]);
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

describe('iCalendar updates', () => {
  const events = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
      uid: e.getFirstPropertyValue('uid') as string,
      summary: e.getFirstPropertyValue('summary') as string,
      sequence: Number(e.getFirstPropertyValue('sequence') ?? 0),
      status: e.getFirstPropertyValue('status') as string | null,
      transp: e.getFirstPropertyValue('transp') as string,
      description: e.getFirstPropertyValue('description') as string,
    }));
  const two = (titleA: string, withB = true) => {
    const a = parsePolicy('policies/a.md', policyText({ id: '"HM-01"', title: titleA, next_review: '2027-03-31' }));
    const b = parsePolicy(
      'policies/b.md',
      policyText({ id: '"HM-02"', title: 'Estate Management Policy', next_review: '2027-01-31', owner: 'Head of Estates' }),
    );
    return buildProgramme(withB ? [a, b] : [a], config, { today, from: '2026-11-24', to: '2027-06-30' });
  };
  const first = formatIcs(two('Rent Arrears Policy'), { reminderDays: 7 });

  it('shows every all-day marker as free time, and names the owner and approving body', () => {
    const list = events(first);
    expect(list.every((e) => e.transp === 'TRANSPARENT')).toBe(true);
    const due = list.find((e) => e.summary.startsWith('Review due: HM-02'))!;
    expect(due.description).toContain('Owner: Head of Estates. Approving body: Housing Services Committee.');
    const meetings = list.filter((e) => e.summary.startsWith('Comataidh')).map((e) => e.description);
    expect(meetings).toEqual([
      expect.stringContaining('owner: Head of Estates'),
      expect.stringContaining('owner: Director of Housing Services'),
    ]);
  });

  it('keeps SEQUENCE for unchanged events, raises it for changed ones, and cancels what left the programme', () => {
    const previous = readPreviousCalendar(first, 'programme.ics');
    expect(events(formatIcs(two('Rent Arrears Policy'), { reminderDays: 7, previous })).map((e) => e.sequence)).toEqual(
      events(first).map(() => 0),
    );
    // HM-01 renamed (its events change) and HM-02 withdrawn (its events leave the programme).
    const second = formatIcs(two('Rent Arrears and Debt Policy', false), { reminderDays: 7, previous });
    const now = events(second);
    const byUid = new Map(now.map((e) => [e.uid, e]));
    for (const before of events(first)) {
      const after = byUid.get(before.uid);
      expect(after, before.summary).toBeDefined(); // the same UID, so the calendar updates the event in place
      // HM-02's own events, and its meeting's (14 January, which now has no reviews), are cancelled.
      if (before.description.includes('HM-02') && !before.description.includes('HM-01')) {
        expect(after!).toMatchObject({ status: 'CANCELLED', sequence: 1 });
        expect(after!.summary).toMatch(/^Cancelled: /);
      } else {
        expect(after!.status).not.toBe('CANCELLED');
        expect(after!.sequence).toBe(1); // every HM-01 event and each shared meeting event now says something new
      }
    }
    // Regenerated again from the second file, nothing changes: the same sequences, the cancellations kept.
    const third = events(
      formatIcs(two('Rent Arrears and Debt Policy', false), { reminderDays: 7, previous: readPreviousCalendar(second, 'p.ics') }),
    );
    expect(third.map((e) => [e.uid, e.sequence, e.status])).toEqual(now.map((e) => [e.uid, e.sequence, e.status]));
  });

  it('refuses a file that is not a calendar, in words', () => {
    expect(() => readPreviousCalendar('id,title\n1,x\n', 'old.csv')).toThrow(/old.csv is not an iCalendar file/);
  });
});

describe('CSV', () => {
  it('has a byte-order mark, CRLF rows, headers in words and ISO dates, and parses back', () => {
    const csv = formatCsv(programmeWith('Rent Arrears Policy'));
    expect(csv.startsWith('\uFEFFCommittee,Meeting,Paper deadline,Policy id,')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        'Policy id': 'HM-01',
        Meeting: '2027-03-18',
        'Paper deadline': '2027-03-04',
        'Review due': '2027-03-31',
        Late: 'no',
        Owner: 'Director of Housing Services',
        'Approving body': 'Housing Services Committee',
        'Start consultation by': '2027-01-07',
      }),
    ]);
  });

  it.each([
    ['010', '="010"'],
    ['3-4', '="3-4"'],
    ['1E5', '="1E5"'],
    ['12.10', '="12.10"'],
    ['HM 14', 'HM 14'],
    ['GOV-011', 'GOV-011'],
  ])('keeps id %j as text in a spreadsheet', (id, cell) => {
    const text = policyText({ id: JSON.stringify(id), next_review: '2027-03-31' });
    const programme = buildProgramme([parsePolicy('policies/a.md', text)], config, { today, from: '2026-11-24', to: '2027-06-30' });
    const rows = parseCsv(formatCsv(programme), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!['Policy id']).toBe(cell);
  });

  it.each(HOSTILE_TITLES)('cannot smuggle a formula or break a row: %j', (title) => {
    const rows = parseCsv(formatCsv(programmeWith(title)), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const cell = rows[0]!.Title!;
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
