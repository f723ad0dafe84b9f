// Placements a careful secretary would choose at the edges: year ends, holidays before meetings, month-precision
// dates, a due date on a paper deadline, and full meetings shared by reviews on both sides of a period's edge.
import { describe, expect, it } from 'vitest';
import { buildProgramme, placesText } from '../../src/calendar/schedule.js';
import { parsePolicy } from '../../src/load/policy.js';
import { configFrom, policyText } from '../helpers/rule-tester.js';

// Thursday meetings; the office is shut 24-28 December 2027, 3 January 2028, and 10 and 13 March 2028.
const config = configFrom(`
organisation: Edge HA
holidays: [2027-12-24, 2027-12-27, 2027-12-28, 2028-01-03, 2028-03-10, 2028-03-13]
categories:
  housing-management: { affects_tenants: true }
  governance: {}
committees:
  - name: "Comhairle nan Eilean Siar – Taigheadas"
    aliases: [CnES]
    meetings: [2027-12-09, 2027-12-16, 2028-02-10, 2028-03-09, 2028-05-11]
    paper_deadline_working_days: 5
    max_reviews_per_meeting: 2
  - name: Board of Management
    aliases: [Board]
    meetings: [2027-06-10, 2027-12-09, 2028-03-16, 2028-06-15]
    paper_deadline_working_days: 3
`);

function policy(id: string, body: string, next: string) {
  return parsePolicy(`policies/${id}.md`, policyText({ id: `"${id}"`, approving_body: body, next_review: next }));
}
const place = (programme: ReturnType<typeof buildProgramme>) =>
  Object.fromEntries(programme.meetings.flatMap((m) => m.reviews.map((r) => [r.id, `${m.date}${r.late ? ' late' : ''}`])));
const today = '2027-05-01';
const fy = (from: string, to: string) => ({ today, from, to });

describe('placing reviews at the edges', () => {
  it('across the year end, with holidays before a meeting, month precision and a due date on a paper deadline', () => {
    const programme = buildProgramme(
      [
        policy('YE', 'CnES', '2028-01-05'), // 16 Dec meeting, deadline 9 Dec: the latest before 5 Jan
        policy('FEB', 'CnES', '2028-02'), // 29 Feb 2028 (leap year): 10 Feb, deadline 3 Feb
        policy('ON-DL', 'CnES', '2028-02-03'), // due on 10 Feb's deadline: not before it, so 16 Dec
        policy('ON-MTG', 'Board', '2028-03-16'), // due on the meeting day; deadline 9 Mar (10 and 13 Mar shut) is before
        policy('HOL', 'Board', '2028-03-09'), // due on that deadline: 9 Dec
      ],
      config,
      fy('2027-04-01', '2028-03-31'),
    );
    expect(place(programme)).toEqual({
      YE: '2027-12-16',
      FEB: '2028-02-10',
      'ON-DL': '2027-12-16',
      'ON-MTG': '2028-03-16',
      HOL: '2027-12-09',
    });
    expect(programme.meetings.find((m) => m.date === '2028-03-16')!.paperDeadline).toBe('2028-03-09');
    expect(programme.meetings.find((m) => m.date === '2027-12-16' && m.reviews.length)!.paperDeadline).toBe('2027-12-09');
  });

  it("gives a meeting's places to reviews due on both sides of a period's edge, so both years agree", () => {
    // 9 March 2028 is the latest meeting before all four; it takes two, so the two due soonest go to 10 February.
    const policies = [
      policy('M1', 'CnES', '2028-03-20'),
      policy('M2', 'CnES', '2028-03-25'),
      policy('A1', 'CnES', '2028-04-10'),
      policy('A2', 'CnES', '2028-04-20'),
    ];
    const before = buildProgramme(policies, config, fy('2027-04-01', '2028-03-31'));
    const after = buildProgramme(policies, config, fy('2028-04-01', '2029-03-31'));
    expect(place(before)).toEqual({ M1: '2028-02-10', M2: '2028-02-10' });
    expect(place(after)).toEqual({ A1: '2028-03-09', A2: '2028-03-09' });
    expect(
      before.meetings
        .flatMap((m) => m.reviews)
        .find((r) => r.id === 'M1')!
        .notes.join(),
    ).toContain('moved from 2028-03-09 to 2028-02-10');
    const full = before.meetings.find((m) => m.committee.startsWith('Comhairle') && m.date === '2028-03-09')!;
    expect(full.reviews).toEqual([]);
    expect(placesText(full)).toBe('2 of 2 places (2 taken by reviews due outside this period)');
  });

  it('does not let a review beyond the last configured meeting take a place', () => {
    const programme = buildProgramme(
      [policy('X', 'CnES', '2028-05-01'), policy('FAR', 'CnES', '2031-01-31'), policy('FAR2', 'CnES', '2031-02-28')],
      config,
      fy('2028-04-01', '2029-03-31'),
    );
    expect(place(programme)).toEqual({ X: '2028-03-09' });
    expect(programme.meetings.find((m) => m.date === '2028-05-11')?.outside ?? 0).toBe(0);
  });

  it('says so when a full meeting has no earlier meeting to take its overflow', () => {
    const programme = buildProgramme(
      [policy('O1', 'CnES', '2027-12-05'), policy('O2', 'CnES', '2027-12-06'), policy('O3', 'CnES', '2027-12-07')],
      config,
      fy('2027-04-01', '2028-03-31'),
    );
    expect(place(programme)).toEqual({ O1: '2027-12-09', O2: '2027-12-09', O3: '2027-12-09' });
    expect(programme.meetings.flatMap((m) => m.reviews)[0]!.notes.join()).toContain('over capacity');
  });

  it("lists a meeting's every review, whatever its due date, with `meeting`", () => {
    const policies = [policy('M1', 'CnES', '2028-03-20'), policy('A1', 'CnES', '2028-04-10'), policy('B', 'Board', '2028-03-01')];
    const list = buildProgramme(policies, config, { ...fy('2027-04-01', '2028-03-31'), meeting: '2028-03-09' });
    expect(list.meetings.map((m) => [m.committee, m.date, m.reviews.map((r) => r.id)])).toEqual([
      ['Comhairle nan Eilean Siar – Taigheadas', '2028-03-09', ['M1', 'A1']],
    ]);
    expect(list.unscheduled).toEqual([]);
  });
});
