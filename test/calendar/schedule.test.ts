// The programme a careful board secretary would draw up, written down before the scheduler runs.
import { describe, expect, it } from 'vitest';
import { buildProgramme, financialYear } from '../../src/calendar/schedule.js';
import { workingDaysBefore } from '../../src/calendar/working-days.js';
import { parsePolicy } from '../../src/load/policy.js';
import { configFrom, policyText } from '../helpers/rule-tester.js';

// Committee schedule: Thursdays. Holidays: Christmas and New Year 2026-27, Good Friday and Easter Monday 2027.
const config = configFrom(`
organisation: Test HA
holidays: [2026-12-25, 2026-12-28, 2027-01-01, 2027-01-04, 2027-03-26, 2027-03-29]
lead_times: { consultation_weeks: 8, eia_weeks: 4, reminder_days: 7 }
categories:
  housing-management: { affects_tenants: true }
  governance: {}
committees:
  - name: Board of Management
    aliases: [Board]
    meetings: [2026-12-10, 2027-02-25, 2027-04-29, 2027-06-24]
    paper_deadline_working_days: 5
    max_reviews_per_meeting: 2
  - name: Housing Services Committee
    meetings: [2027-01-14, 2027-03-18, 2027-05-20]
    paper_deadline_working_days: 10
`);

function policy(id: string, body: string, next: string, extra: Record<string, string | undefined> = {}) {
  return parsePolicy(`policies/${id}.md`, policyText({ id: `"${id}"`, approving_body: body, next_review: next, ...extra }));
}

const place = (programme: ReturnType<typeof buildProgramme>) =>
  Object.fromEntries(programme.meetings.flatMap((m) => m.reviews.map((r) => [r.id, `${m.committee}@${m.date}${r.late ? ' late' : ''}`])));

describe('paper deadlines in working days', () => {
  it.each([
    ['a Thursday, 5 working days', '2026-12-10', 5, '2026-12-03'],
    ['across a weekend', '2027-02-25', 5, '2027-02-18'],
    ['across Christmas and New Year holidays', '2027-01-14', 10, '2026-12-29'],
    ['across Easter', '2027-04-01', 5, '2027-03-23'],
  ])('%s', (_, meeting, days, expected) => {
    expect(workingDaysBefore(meeting, days, new Set(config.holidays))).toBe(expected);
  });
});

describe('the financial year', () => {
  it.each([
    ['2026-11-24', '2026-04-01', '2027-03-31'],
    ['2027-03-31', '2026-04-01', '2027-03-31'],
    ['2027-04-01', '2027-04-01', '2028-03-31'],
  ])('as of %s', (date, from, to) => {
    expect(financialYear(date)).toEqual({ from, to });
  });
});

describe('placing reviews at meetings', () => {
  const today = '2026-11-24';
  const window = { today, from: '2026-11-24', to: '2027-06-30' };

  it('puts each review at the latest meeting whose paper deadline is before the due date', () => {
    const programme = buildProgramme(
      [
        policy('A', 'Housing Services Committee', '2027-03-31'), // HSC 18 Mar: deadline 4 Mar < 31 Mar
        policy('B', 'Housing Services Committee', '2027-03-04'), // deadline 4 Mar is not before 4 Mar: 14 Jan
        policy('C', 'Housing Services Committee', '2027-03'), // month precision: due 31 Mar
        policy('D', 'Board', '2027-02-19'), // alias; Board 25 Feb deadline 18 Feb < 19 Feb
      ],
      config,
      window,
    );
    expect(place(programme)).toEqual({
      A: 'Housing Services Committee@2027-03-18',
      B: 'Housing Services Committee@2027-01-14',
      C: 'Housing Services Committee@2027-03-18',
      D: 'Board of Management@2027-02-25',
    });
    const a = programme.meetings.find((m) => m.date === '2027-03-18')!.reviews.find((r) => r.id === 'A')!;
    expect(a).toMatchObject({ paperDeadline: '2027-03-04', consultationStart: '2027-01-07', eiaStart: '2027-02-04', late: false });
  });

  it('takes an overdue review, and one no meeting can reach in time, to the next meeting, marked late', () => {
    const programme = buildProgramme(
      [
        policy('OLD', 'Housing Services Committee', '2026-10-31'),
        policy('SOON', 'Housing Services Committee', '2026-12-20'), // next deadline 29 Dec is after 20 Dec
      ],
      config,
      window,
    );
    expect(place(programme)).toEqual({
      OLD: 'Housing Services Committee@2027-01-14 late',
      SOON: 'Housing Services Committee@2027-01-14 late',
    });
    const old = programme.meetings.flatMap((m) => m.reviews).find((r) => r.id === 'OLD')!;
    expect(old.overdue).toBe(true);
    expect(old.notes.join()).toContain('consultation should have started');
  });

  it('skips meetings whose paper deadline has passed', () => {
    const programme = buildProgramme([policy('X', 'Board', '2026-12-31')], config, { ...window, today: '2026-12-04' });
    expect(place(programme)).toEqual({ X: 'Board of Management@2027-02-25 late' });
  });

  it('moves reviews to an earlier meeting, never a later one, when a meeting is full, and says so', () => {
    const programme = buildProgramme(
      [
        policy('B1', 'Board', '2027-06-30'),
        policy('B2', 'Board', '2027-06-30'),
        policy('B3', 'Board', '2027-06-29'),
        policy('B4', 'Board', '2027-06-28'),
        policy('B5', 'Board', '2027-06-27'),
      ],
      config,
      window,
    );
    // All five fit 24 June, which takes two; the reviews due soonest move forward, losing least of their cycle.
    expect(place(programme)).toEqual({
      B1: 'Board of Management@2027-06-24',
      B2: 'Board of Management@2027-06-24',
      B3: 'Board of Management@2027-04-29',
      B4: 'Board of Management@2027-04-29',
      B5: 'Board of Management@2027-02-25',
    });
    const moved = programme.meetings.flatMap((m) => m.reviews).find((r) => r.id === 'B5')!;
    expect(moved.notes.join(' ')).toMatch(/moved from 2027-06-24 to 2027-04-29.*moved from 2027-04-29 to 2027-02-25/);
  });

  it('lists reviews it cannot place, with the reason', () => {
    const programme = buildProgramme(
      [policy('N', 'Finance Committee', '2027-01-31'), policy('L', 'Housing Services Committee', '2027-12-31')],
      config,
      { today, from: '2026-11-24', to: '2028-03-31' },
    );
    expect(programme.unscheduled.map((r) => [r.id, r.unplaced, r.notes[0]])).toEqual([
      [
        'N',
        'no-committee',
        'approving_body "Finance Committee" is not a committee in policies.config.yaml, and no committee\'s remit covers housing-management',
      ],
      // The last meeting is 20 May 2027: L's meeting, due December, is not known yet, so it is not brought forward.
      [
        'L',
        'meetings-run-out',
        'the meeting dates of Housing Services Committee run out: the last configured meeting is 2027-05-20, and this review is due 2027-12-31',
      ],
    ]);
    expect(programme.unscheduled[1]!.configFix).toBe(
      "add Housing Services Committee's meetings up to 2027-12-31 (and the first after it) under committees in policies.config.yaml",
    );
    expect(place(programme)).toEqual({});
  });

  it('schedules a policy whose approving body is not a committee at the committee whose remit covers its category', () => {
    const withRemit = configFrom(`
committees:
  - { name: Audit Committee, remit: [finance], meetings: [2027-03-04, 2027-06-03], paper_deadline_working_days: 5 }
`);
    const programme = buildProgramme([policy('F', 'Director of Finance', '2027-03-31', { category: 'finance' })], withRemit, window);
    expect(place(programme)).toEqual({ F: 'Audit Committee@2027-03-04' });
    expect(programme.meetings[0]!.reviews[0]!.notes[0]).toContain('remit covers finance');
  });

  it('leaves out reviews outside the window, drafts and retired policies, and filters by committee', () => {
    const programme = buildProgramme(
      [
        policy('LATER', 'Board', '2027-09-30'),
        policy('DRAFT', 'Board', '2027-02-28', { status: 'draft' }),
        policy('GONE', 'Board', '2027-02-28', { status: 'withdrawn' }),
        policy('H', 'Housing Services Committee', '2027-02-28'),
      ],
      config,
      { ...window, committee: config.committees[0]! },
    );
    expect(place(programme)).toEqual({});
    expect(programme.meetings.map((m) => m.committee)).not.toContain('Housing Services Committee');
  });

  it('does not start consultation for a policy that needs none, and no EIA where none is required', () => {
    const p = policy('G', 'Board', '2027-02-28', {
      category: 'governance',
      consultation: '{ required: false, reason: Internal }',
      eia: '{ required: false, reason: Procedural }',
    });
    const r = buildProgramme([p], config, window).meetings.flatMap((m) => m.reviews)[0]!;
    expect(r.consultationStart).toBeUndefined();
    expect(r.eiaStart).toBeUndefined();
  });
});
