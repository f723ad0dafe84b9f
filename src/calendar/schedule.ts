// The review programme: which meeting each due review goes to, its paper deadline, and when preparatory work must start.
import type { CommitteeConfig, ResolvedConfig } from '../config/config.js';
import { committeeNamed } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import { isInForce } from '../register/review.js';
import { affectsTenants } from '../register/duties.js';
import { addDays, reviewDueDate } from '../util/dates.js';
import { workingDayOnOrBefore, workingDaysBefore } from './working-days.js';

export interface ReviewItem {
  id: string;
  title: string;
  file: string;
  category: string;
  owner: string;
  approvingBody: string;
  /** next_review as written, and the date it means. */
  written: string;
  due: string;
  /** Due before the as-of date. */
  overdue: boolean;
  /** The meeting's paper deadline is not before the due date (or the review is already overdue). */
  late: boolean;
  committee?: string;
  meeting?: string;
  paperDeadline?: string;
  /** When consultation and the impact assessment must start to finish by the paper deadline. */
  consultationStart?: string;
  eiaStart?: string;
  /** Plain-English notes: moved for capacity, start dates already passed, why it could not be scheduled. */
  notes: string[];
}

export interface MeetingSlot {
  committee: string;
  date: string;
  paperDeadline: string;
  capacity?: number;
  reviews: ReviewItem[];
  /**
   * Places at this meeting taken by reviews due outside the period (before --from and not overdue, or after --to).
   * The programme does not list them, but they count against the meeting's capacity, so every period's programme
   * agrees on where each review goes.
   */
  outside: number;
}

export interface Programme {
  organisation: string;
  asOf: string;
  from: string;
  to: string;
  /** Set for a meeting's list: only the meetings on this date, with every review they take. */
  meeting?: string;
  /** Meetings in date order that have at least one review, or fall in the window. */
  meetings: MeetingSlot[];
  /** Reviews whose approving body has no configured committee or no meeting left. */
  unscheduled: ReviewItem[];
}

export interface ProgrammeOptions {
  today: string;
  from: string;
  to: string;
  /** Only this committee (a name or alias). */
  committee?: CommitteeConfig;
  /** Only the meetings on this date, with every review they take, whatever its due date (a meeting's list). */
  meeting?: string;
}

/** The financial year (1 April to 31 March) that contains `date`. */
export function financialYear(date: string): { from: string; to: string } {
  const year = Number(date.slice(0, 4));
  const start = date.slice(5) >= '04-01' ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

function needsConsultation(policy: Policy, config: ResolvedConfig): boolean {
  return policy.data.consultation?.required === true || affectsTenants(policy, config);
}

function item(policy: Policy, due: string, today: string): ReviewItem {
  const d = policy.data;
  return {
    id: d.id ?? policy.file, title: d.title ?? '', file: policy.file, category: d.category ?? '', owner: d.owner ?? '',
    approvingBody: d.approving_body ?? '', written: d.next_review ?? due, due, overdue: due < today, late: false, notes: [],
  };
}

/**
 * Place every in-force review due in the window (and every overdue one) at a meeting of its approving body:
 * the latest meeting whose paper deadline falls before the due date; if none, the next meeting, marked late.
 * A meeting over its capacity passes its soonest-due reviews to the meeting before it, never after. Reviews due
 * outside the window are placed too (where the configured meetings reach them) so that they take their places, but
 * are not listed; with `meeting`, the programme is that meeting's whole list instead.
 */
export function buildProgramme(policies: readonly Policy[], config: ResolvedConfig, options: ProgrammeOptions): Programme {
  const { today, from, to } = options;
  const holidays = new Set(config.holidays);
  const slots = new Map<string, MeetingSlot[]>();
  for (const committee of config.committees) {
    if (options.committee && committee !== options.committee) continue;
    const meetings = [...new Set(committee.meetings)].sort().map((date) => ({
      committee: committee.name, date, paperDeadline: workingDaysBefore(date, committee.paperDeadlineWorkingDays, holidays),
      ...(committee.maxReviewsPerMeeting !== undefined ? { capacity: committee.maxReviewsPerMeeting } : {}), reviews: [] as ReviewItem[], outside: 0,
    }));
    slots.set(committee.name, meetings);
  }

  const unscheduled: ReviewItem[] = [];
  const inPeriod = (due: string) => due <= to && (due >= from || due < today);
  // Every in-force review is placed, not only those in the period: a meeting's places are shared by reviews due on
  // both sides of a period's edge, so placing all of them keeps each period's programme consistent with the next.
  const reviews = policies
    .filter((p) => isInForce(p) && p.data.next_review)
    .map((p) => ({ policy: p, due: reviewDueDate(p.data.next_review!) }))
    .filter((r): r is { policy: Policy; due: string } => r.due !== undefined)
    .sort((a, b) => a.due.localeCompare(b.due) || (a.policy.data.id ?? '').localeCompare(b.policy.data.id ?? ''));
  const placed = new Set<ReviewItem>();

  for (const { policy, due } of reviews) {
    // The approving body, else the committee whose remit covers the policy's category.
    const named = committeeNamed(config, policy.data.approving_body);
    const committee = named ?? config.committees.find((c) => policy.data.category !== undefined && c.remit.includes(policy.data.category));
    if (options.committee && committee !== options.committee) continue;
    const review = item(policy, due, today);
    const meetings = committee ? slots.get(committee.name) ?? [] : [];
    // A paper cannot go to a meeting whose deadline has already passed.
    const open = meetings.filter((m) => m.paperDeadline >= today);
    // Outside the period, a review takes a place only where the configured meetings reach past its due date: beyond
    // the last meeting its meeting is not yet known. A meeting's list (options.meeting) takes every review so placed.
    const known = due < today || open.some((m) => m.paperDeadline >= due);
    const listed = options.meeting !== undefined ? known : inPeriod(due);
    if (!listed && !known) continue;
    if (committee && !named) review.notes.push(`approving_body "${review.approvingBody}" is not a configured committee: scheduled at ${committee.name}, whose remit covers ${policy.data.category}`);
    if (!committee) {
      review.notes.push(`approving_body "${review.approvingBody}" is not a committee in policies.config.yaml, and no committee's remit covers ${policy.data.category ?? 'its category'}`);
      unscheduled.push(review);
      continue;
    }
    if (open.length === 0) {
      review.notes.push(`no meeting of ${committee.name} with a paper deadline on or after ${today} is configured`);
      unscheduled.push(review);
      continue;
    }
    const fitting = open.filter((m) => m.paperDeadline < due);
    const slot = fitting.at(-1) ?? open[0]!;
    if (!fitting.length) {
      review.late = true;
      review.notes.push(review.overdue ? `overdue since ${due}: taken to the next meeting` : `no meeting has a paper deadline before ${due}: taken to the next meeting, after the due date`);
    }
    if (listed) placed.add(review);
    slot.reviews.push(review);
  }

  for (const meetings of slots.values()) rebalance(meetings.filter((m) => m.paperDeadline >= today));
  for (const slot of [...slots.values()].flat()) {
    slot.outside = slot.reviews.filter((r) => !placed.has(r)).length;
    slot.reviews = slot.reviews.filter((r) => placed.has(r));
  }
  const unlisted = unscheduled.filter((r) => options.meeting === undefined && inPeriod(r.due));
  unscheduled.length = 0;
  unscheduled.push(...unlisted);

  const meetings = [...slots.values()].flat()
    .filter((m) => (options.meeting !== undefined ? m.date === options.meeting : m.reviews.length > 0 || (m.date >= from && m.date <= to)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.committee.localeCompare(b.committee));
  const byFile = new Map(policies.map((p) => [p.file, p]));
  for (const slot of meetings) {
    for (const review of slot.reviews) {
      review.committee = slot.committee;
      review.meeting = slot.date;
      review.paperDeadline = slot.paperDeadline;
      const policy = byFile.get(review.file)!;
      if (needsConsultation(policy, config)) review.consultationStart = workingDayOnOrBefore(addDays(slot.paperDeadline, -7 * config.leadTimes.consultationWeeks), holidays);
      if (policy.data.eia?.required !== false) review.eiaStart = workingDayOnOrBefore(addDays(slot.paperDeadline, -7 * config.leadTimes.eiaWeeks), holidays);
      if (review.consultationStart && review.consultationStart < today) review.notes.push(`consultation should have started by ${review.consultationStart}`);
      if (review.eiaStart && review.eiaStart < today) review.notes.push(`the impact assessment should have started by ${review.eiaStart}`);
    }
    slot.reviews.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  }
  return { organisation: config.organisation, asOf: today, from, to, ...(options.meeting !== undefined ? { meeting: options.meeting } : {}), meetings, unscheduled };
}

/**
 * Move overflow to earlier meetings, latest meeting first, so moves cascade. The review due soonest moves:
 * brought forward, it loses the least of its cycle.
 */
function rebalance(meetings: MeetingSlot[]): void {
  const soonestFirst = (a: ReviewItem, b: ReviewItem) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
  for (let i = meetings.length - 1; i >= 0; i--) {
    const slot = meetings[i]!;
    if (slot.capacity === undefined || slot.reviews.length <= slot.capacity) continue;
    // The overflow moves in one step (sorting once per meeting keeps a large register linear in its reviews).
    const earlier = meetings[i - 1];
    const moving = earlier ? slot.reviews.filter((r) => !r.late).sort(soonestFirst).slice(0, slot.reviews.length - slot.capacity) : [];
    if (earlier && moving.length > 0) {
      const leaving = new Set(moving);
      slot.reviews = slot.reviews.filter((r) => !leaving.has(r));
      for (const review of moving) {
        review.notes.push(`moved from ${slot.date} to ${earlier.date}: ${slot.committee} takes at most ${slot.capacity} reviews a meeting`);
        earlier.reviews.push(review);
      }
    }
    if (slot.reviews.length > slot.capacity) {
      for (const r of slot.reviews) r.notes.push(`over capacity: ${slot.committee} on ${slot.date} has ${slot.reviews.length} reviews for ${slot.capacity} places and no earlier meeting to take them`);
    }
  }
}

/** "3 of 4 places", and how many are taken by reviews the programme does not list; undefined without a limit. */
export function placesText(m: MeetingSlot): string | undefined {
  if (m.capacity === undefined) return undefined;
  const outside = m.outside ? ` (${m.outside} taken by review${m.outside === 1 ? '' : 's'} due outside this period)` : '';
  return `${m.reviews.length + m.outside} of ${m.capacity} places${outside}`;
}

/** What the programme covers, in a sentence, for people. */
export function periodText(p: Programme, date: (d: string) => string = (d) => d): string {
  if (p.meeting !== undefined) return `Every review placed at a meeting on ${date(p.meeting)}, as of ${date(p.asOf)}.`;
  return `Reviews due ${date(p.from)} to ${date(p.to)}, and any overdue, as of ${date(p.asOf)}.`;
}
