// One programme, whatever the window: for generated registers and configs, the year's programme, its halves, each
// committee's view and each meeting's list agree review by review, and no meeting is over capacity unannounced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgramme, financialYear, placeReviews, type Programme } from '../../src/calendar/schedule.js';
import { parsePolicy } from '../../src/load/policy.js';
import { addDays } from '../../src/util/dates.js';
import { configFrom, policyText } from '../helpers/rule-tester.js';

const BASE = '2026-01-01';
const day = (n: number) => addDays(BASE, n);

const committeeArb = fc.record({
  meetings: fc.uniqueArray(fc.integer({ min: 0, max: 1500 }), { minLength: 0, maxLength: 14 }),
  capacity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  deadline: fc.integer({ min: 1, max: 12 }),
});
const policyArb = fc.record({
  body: fc.integer({ min: 0, max: 3 }), // 3 = a body no committee answers to
  due: fc.integer({ min: 0, max: 1700 }),
  month: fc.boolean(),
  status: fc.constantFrom('approved', 'approved', 'under-review', 'draft'),
});
const scenarioArb = fc.record({
  committees: fc.array(committeeArb, { minLength: 1, maxLength: 3 }),
  policies: fc.array(policyArb, { minLength: 0, maxLength: 40 }),
  today: fc.integer({ min: 0, max: 900 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const names = s.committees.map((_, i) => `Committee ${i + 1}`);
  const config = configFrom(`
organisation: Property HA
committees:
${s.committees
  .map(
    (c, i) => `  - name: ${names[i]}
    meetings: [${c.meetings.map(day).join(', ')}]
    paper_deadline_working_days: ${c.deadline}${c.capacity !== undefined ? `\n    max_reviews_per_meeting: ${c.capacity}` : ''}`,
  )
  .join('\n')}
`);
  const policies = s.policies.map((p, i) => {
    const due = day(p.due);
    return parsePolicy(
      `policies/p${i}.md`,
      policyText({
        id: `"P-${String(i).padStart(3, '0')}"`,
        status: p.status,
        approving_body: names[p.body] ?? 'Nobody In Particular',
        next_review: p.month ? due.slice(0, 7) : due,
      }),
    );
  });
  return { config, policies, today: day(s.today) };
}

const where = (p: Programme) => new Map(p.meetings.flatMap((m) => m.reviews.map((r) => [r.file, `${m.committee}@${m.date}`])));
const files = (p: Programme) => [...p.meetings.flatMap((m) => m.reviews), ...p.unscheduled].map((r) => r.file).sort();

describe('one programme, whatever the window', () => {
  it('the year, its halves, each committee and each meeting agree review by review', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { config, policies, today } = build(s);
        const year = financialYear(today);
        const halfway = `${year.from.slice(0, 4)}-10-01`;
        const whole = buildProgramme(policies, config, { today, ...year });
        const halves = [
          buildProgramme(policies, config, { today, from: year.from, to: addDays(halfway, -1) }),
          buildProgramme(policies, config, { today, from: halfway, to: year.to }),
        ];
        const placed = where(whole);
        // The halves list the year's reviews between them, each at the year's place for it.
        expect([...new Set(halves.flatMap(files))].sort()).toEqual([...new Set(files(whole))].sort());
        for (const half of halves) for (const [file, at] of where(half)) expect(at).toBe(placed.get(file));
        // Each committee's view is the year's reviews for that committee, at the same places.
        const byCommittee = config.committees.map((committee) => buildProgramme(policies, config, { today, ...year, committee }));
        for (const view of byCommittee) for (const [file, at] of where(view)) expect(at).toBe(placed.get(file));
        const viaCommittees = byCommittee.flatMap(files);
        const noCommittee = whole.unscheduled.filter((r) => r.unplaced === 'no-committee').map((r) => r.file);
        expect([...viaCommittees, ...noCommittee].sort()).toEqual(files(whole));
        // Each meeting's list holds every review the year places there, and places no review elsewhere.
        for (const m of whole.meetings) {
          const list = buildProgramme(policies, config, { today, ...year, meeting: m.date });
          const atThisMeeting = list.meetings.filter((x) => x.committee === m.committee);
          expect(atThisMeeting).toHaveLength(1);
          const listed = new Set(atThisMeeting[0]!.reviews.map((r) => r.file));
          for (const r of m.reviews) expect(listed.has(r.file)).toBe(true);
          for (const [file, at] of where(list)) if (placed.has(file)) expect(at).toBe(placed.get(file));
        }
        // The next year's programme puts a review the two share in the same place.
        const next = buildProgramme(policies, config, { today, from: addDays(year.to, 1), to: financialYear(addDays(year.to, 1)).to });
        for (const [file, at] of where(next)) if (placed.has(file)) expect(at).toBe(placed.get(file));
      }),
      { numRuns: 150 },
    );
  });

  it("never exceeds a meeting's capacity without saying so on the meeting and on each of its reviews", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { config, policies, today } = build(s);
        for (const slot of placeReviews(policies, config, today).slots) {
          if (slot.capacity === undefined || slot.reviews.length <= slot.capacity) {
            expect(slot.overCapacity).toBe(false);
            continue;
          }
          expect(slot.overCapacity).toBe(true);
          for (const r of slot.reviews) expect(r.notes.join(' ')).toContain('over capacity');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('places every in-force review or says why not and what to add to the config', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { config, policies, today } = build(s);
        const placement = placeReviews(policies, config, today);
        const placed = placement.slots.flatMap((m) => m.reviews);
        const inForce = policies.filter((p) => p.data.status === 'approved' || p.data.status === 'under-review');
        expect(placed.length + placement.unscheduled.length).toBe(inForce.length);
        for (const r of placement.unscheduled) {
          expect(r.unplaced).toBeDefined();
          expect(r.configFix).toMatch(/^add /);
        }
        for (const r of placed) {
          // A review is never placed at a meeting whose papers closed before the as-of date, nor after one that could take
          // it on time; one due beyond the configured meetings is not placed at all.
          expect(r.paperDeadline! >= today).toBe(true);
          if (!r.late && !r.notes.some((n) => n.startsWith('moved'))) expect(r.paperDeadline! < r.due).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
