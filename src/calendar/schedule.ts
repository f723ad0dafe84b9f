// The review programme: which meeting each due review goes to, its paper deadline, and when preparatory work must start.
import type { CommitteeConfig, ResolvedConfig } from '../config/config.js';
import { committeeNamed } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import { currentApprovalDate, isInForce } from '../register/review.js';
import { affectsTenants } from '../register/duties.js';
import { addDays, daysBetween, reviewDueDate } from '../util/dates.js';
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
  /**
   * Where the preparatory work stands as of the as-of date: 'to-start' (the start date is ahead), 'start-passed'
   * (the start date has passed and nothing is recorded since the last approval), 'under-way' (consultation opened,
   * or the assessment completed, since the last approval).
   */
  consultationState?: PrepState;
  eiaState?: PrepState;
  /** Why a review could not be placed; set only on unscheduled reviews. */
  unplaced?: 'no-committee' | 'no-open-meeting' | 'meetings-run-out';
  /** What to add to policies.config.yaml so the review can be placed (or placed on time). */
  configFix?: string;
  /** Plain-English notes: moved for capacity, start dates already passed, why it could not be scheduled. */
  notes: string[];
}

export type PrepState = 'to-start' | 'start-passed' | 'under-way';

export interface MeetingSlot {
  committee: string;
  date: string;
  paperDeadline: string;
  capacity?: number;
  reviews: ReviewItem[];
  /**
   * Places at this meeting taken by reviews this view does not list (due outside the period). They count against
   * the meeting's capacity: placement is the same whatever the view.
   */
  outside: number;
  /** More reviews than places and no earlier meeting to pass them to: said on the meeting and on each review. */
  overCapacity: boolean;
}

export interface Programme {
  organisation: string;
  asOf: string;
  from: string;
  to: string;
  /** Set for a meeting's list: only the meetings on this date, with every review they take. */
  meeting?: string;
  /** Set for one committee's view. */
  committee?: string;
  /** Meetings in date order that have at least one review, or fall in the window. */
  meetings: MeetingSlot[];
  /** Reviews that could not be placed, each with why (`unplaced`, `notes`) and what to add to the config. */
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
    id: d.id ?? policy.file,
    title: d.title ?? '',
    file: policy.file,
    category: d.category ?? '',
    owner: d.owner ?? '',
    approvingBody: d.approving_body ?? '',
    written: d.next_review ?? due,
    due,
    overdue: due < today,
    late: false,
    notes: [],
  };
}

/** Every in-force review placed once: the one programme every period, committee and meeting view is cut from. */
export interface Placement {
  asOf: string;
  organisation: string;
  /** Each configured committee's meetings, in date order, with the reviews placed at them. */
  slots: MeetingSlot[];
  unscheduled: ReviewItem[];
}

/**
 * Place every in-force review at a meeting of its approving body: the latest meeting whose paper deadline falls
 * before the due date; if none, the next meeting, marked late. A meeting over its capacity passes its soonest-due
 * reviews to the meeting before it, never after. A review due after the last configured meeting's paper deadline is
 * not placed (the meeting it belongs to is not yet known) and says which meetings to add. Only the register, the
 * config and the as-of date decide where a review goes: a period, a committee or a meeting is a view of this.
 */
export function placeReviews(policies: readonly Policy[], config: ResolvedConfig, today: string): Placement {
  const holidays = new Set(config.holidays);
  const slots = new Map<string, MeetingSlot[]>();
  for (const committee of config.committees) {
    const meetings = [...new Set(committee.meetings)].sort().map(
      (date): MeetingSlot => ({
        committee: committee.name,
        date,
        paperDeadline: workingDaysBefore(date, committee.paperDeadlineWorkingDays, holidays),
        ...(committee.maxReviewsPerMeeting !== undefined ? { capacity: committee.maxReviewsPerMeeting } : {}),
        reviews: [],
        outside: 0,
        overCapacity: false,
      }),
    );
    slots.set(committee.name, meetings);
  }
  const unscheduled: ReviewItem[] = [];
  const reviews = policies
    .filter((p) => isInForce(p) && p.data.next_review)
    .map((p) => ({ policy: p, due: reviewDueDate(p.data.next_review!) }))
    .filter((r): r is { policy: Policy; due: string } => r.due !== undefined)
    .sort(
      (a, b) =>
        a.due.localeCompare(b.due) ||
        (a.policy.data.id ?? '').localeCompare(b.policy.data.id ?? '') ||
        a.policy.file.localeCompare(b.policy.file),
    );

  // Each committee's open meetings, last date and shortest interval, worked out once.
  const opened = new Map<string, { open: MeetingSlot[]; last: string | undefined; gap: number }>();
  const openMeetings = (committee: CommitteeConfig) => {
    let found = opened.get(committee.name);
    if (!found) {
      const meetings = slots.get(committee.name) ?? [];
      const dates = [...new Set(committee.meetings)].sort();
      found = { open: meetings.slice(firstDeadlineOnOrAfter(meetings, today)), last: dates.at(-1), gap: shortestGap(dates) };
      opened.set(committee.name, found);
    }
    return found;
  };

  for (const { policy, due } of reviews) {
    // The approving body, else the committee whose remit covers the policy's category.
    const named = committeeNamed(config, policy.data.approving_body);
    const committee = named ?? config.committees.find((c) => policy.data.category !== undefined && c.remit.includes(policy.data.category));
    const review = item(policy, due, today);
    if (!committee) {
      review.unplaced = 'no-committee';
      review.notes.push(
        `approving_body "${review.approvingBody}" is not a committee in policies.config.yaml, and no committee's remit covers ${policy.data.category ?? 'its category'}`,
      );
      review.configFix = `add "${review.approvingBody}" as a committee (or as an alias of one) with its meeting dates, or correct the policy's approving_body`;
      unscheduled.push(review);
      continue;
    }
    review.committee = committee.name;
    if (!named)
      review.notes.push(
        `approving_body "${review.approvingBody}" is not a configured committee: scheduled at ${committee.name}, whose remit covers ${policy.data.category}`,
      );
    // A paper cannot go to a meeting whose deadline has already passed.
    const { open, last, gap } = openMeetings(committee);
    if (open.length === 0) {
      review.unplaced = 'no-open-meeting';
      review.notes.push(
        `no meeting of ${committee.name} with a paper deadline on or after ${today} is configured${last ? ` (the last is ${last})` : ''}`,
      );
      review.configFix = `add ${committee.name}'s meeting dates from ${today} onwards under committees in policies.config.yaml`;
      unscheduled.push(review);
      continue;
    }
    // Beyond the configured meetings the meeting a review belongs to is not yet known: placing it at the last known
    // meeting would bring it forward by however long the config happens to stop short. Up to the committee's
    // shortest interval after the last paper deadline, no unlisted meeting could come first, so the last one stands.
    if (!review.overdue && addDays(open.at(-1)!.paperDeadline, gap) < due) {
      review.unplaced = 'meetings-run-out';
      review.notes.push(
        `the meeting dates of ${committee.name} run out: the last configured meeting is ${last}, and this review is due ${due}`,
      );
      review.configFix = `add ${committee.name}'s meetings up to ${due} (and the first after it) under committees in policies.config.yaml`;
      unscheduled.push(review);
      continue;
    }
    // Deadlines rise with meeting dates, so the meetings whose deadline comes before the due date are found by
    // binary search: the work stays linear in reviews plus meetings, however many meetings the config lists.
    const fitting = firstDeadlineOnOrAfter(open, due);
    const slot = open[Math.max(fitting - 1, 0)]!;
    if (fitting === 0) {
      review.late = true;
      if (review.overdue) review.notes.push(`overdue since ${due}: taken to the next meeting`);
      else {
        review.notes.push(`no meeting has a paper deadline before ${due}: taken to the next meeting, after the due date`);
        review.configFix = `to review it on time, add a meeting of ${committee.name} whose paper deadline falls between ${today} and ${addDays(due, -1)}`;
      }
    }
    slot.reviews.push(review);
  }

  for (const meetings of slots.values()) rebalance(meetings.filter((m) => m.paperDeadline >= today));
  const byFile = new Map(policies.map((p) => [p.file, p]));
  const all = [...slots.values()].flat();
  for (const slot of all) {
    for (const review of slot.reviews) {
      review.meeting = slot.date;
      review.paperDeadline = slot.paperDeadline;
      prepare(review, byFile.get(review.file)!, config, holidays, today);
    }
    slot.reviews.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  }
  return { asOf: today, organisation: config.organisation, slots: all, unscheduled };
}

/** The index of the first meeting (sorted by date, so by deadline) whose paper deadline is on or after `date`. */
function firstDeadlineOnOrAfter(meetings: readonly { paperDeadline: string }[], date: string): number {
  let low = 0;
  let high = meetings.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (meetings[mid]!.paperDeadline < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The fewest days between two of the committee's meetings (0 with fewer than two: nothing can be inferred). */
function shortestGap(dates: readonly string[]): number {
  let gap = Infinity;
  for (let i = 1; i < dates.length; i++) gap = Math.min(gap, daysBetween(dates[i - 1]!, dates[i]!));
  return Number.isFinite(gap) ? gap : 0;
}

/** When consultation and the assessment must start, and whether that date has passed with nothing recorded. */
function prepare(review: ReviewItem, policy: Policy, config: ResolvedConfig, holidays: ReadonlySet<string>, today: string): void {
  const since = currentApprovalDate(policy)?.date ?? '';
  const state = (start: string, recorded: string | undefined): PrepState =>
    recorded !== undefined && recorded > since ? 'under-way' : start < today ? 'start-passed' : 'to-start';
  if (needsConsultation(policy, config)) {
    review.consultationStart = workingDayOnOrBefore(addDays(review.paperDeadline!, -7 * config.leadTimes.consultationWeeks), holidays);
    review.consultationState = state(review.consultationStart, policy.data.consultation?.opened);
    if (review.consultationState === 'start-passed') review.notes.push(`consultation should have started by ${review.consultationStart}`);
  }
  if (policy.data.eia?.required !== false) {
    review.eiaStart = workingDayOnOrBefore(addDays(review.paperDeadline!, -7 * config.leadTimes.eiaWeeks), holidays);
    review.eiaState = state(review.eiaStart, policy.data.eia?.completed);
    if (review.eiaState === 'start-passed') review.notes.push(`the impact assessment should have started by ${review.eiaStart}`);
  }
}

/**
 * A view of the placement: reviews due in the period (and, for a period that has begun, those already overdue), or
 * one committee's, or one meeting's. Nothing is placed here, so every view agrees on where each review goes.
 */
export function programmeView(placement: Placement, options: Omit<ProgrammeOptions, 'today'>): Programme {
  const { from, to } = options;
  const today = placement.asOf;
  const ofCommittee = (name: string | undefined) => !options.committee || name === options.committee.name;
  const listed = (r: ReviewItem) =>
    options.meeting !== undefined || (r.due >= from && r.due <= to) || (r.overdue && r.due < from && from <= today);
  const meetings = placement.slots
    .filter((m) => ofCommittee(m.committee))
    .map((m): MeetingSlot => {
      const reviews = m.reviews.filter(listed);
      return { ...m, reviews, outside: m.reviews.length - reviews.length };
    })
    .filter((m) => (options.meeting !== undefined ? m.date === options.meeting : m.reviews.length > 0 || (m.date >= from && m.date <= to)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.committee.localeCompare(b.committee));
  const unscheduled = options.meeting !== undefined ? [] : placement.unscheduled.filter((r) => ofCommittee(r.committee) && listed(r));
  return {
    organisation: placement.organisation,
    asOf: today,
    from,
    to,
    ...(options.meeting !== undefined ? { meeting: options.meeting } : {}),
    ...(options.committee ? { committee: options.committee.name } : {}),
    meetings,
    unscheduled,
  };
}

/** The programme for a period, committee or meeting: `placeReviews` then `programmeView`. */
export function buildProgramme(policies: readonly Policy[], config: ResolvedConfig, options: ProgrammeOptions): Programme {
  const { today, ...view } = options;
  return programmeView(placeReviews(policies, config, today), view);
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
    const moving = earlier
      ? slot.reviews
          .filter((r) => !r.late)
          .sort(soonestFirst)
          .slice(0, slot.reviews.length - slot.capacity)
      : [];
    if (earlier && moving.length > 0) {
      const leaving = new Set(moving);
      slot.reviews = slot.reviews.filter((r) => !leaving.has(r));
      for (const review of moving) {
        review.notes.push(`moved from ${slot.date} to ${earlier.date}: ${slot.committee} takes at most ${slot.capacity} reviews a meeting`);
        earlier.reviews.push(review);
      }
    }
    if (slot.reviews.length > slot.capacity) {
      slot.overCapacity = true;
      for (const r of slot.reviews) {
        r.notes.push(
          `over capacity: ${slot.committee} on ${slot.date} has ${slot.reviews.length} reviews for ${slot.capacity} places and no earlier meeting to take them`,
        );
        r.configFix ??= `add a meeting of ${slot.committee} before ${slot.date}, or raise its max_reviews_per_meeting`;
      }
    }
  }
}

/** "3 of 4 places", and how many are taken by reviews the programme does not list; undefined without a limit. */
export function placesText(m: MeetingSlot): string | undefined {
  if (m.capacity === undefined) return undefined;
  const outside = m.outside ? ` (${m.outside} taken by review${m.outside === 1 ? '' : 's'} due outside this period)` : '';
  const over = m.overCapacity ? ': over capacity, with no earlier meeting to take the overflow' : '';
  return `${m.reviews.length + m.outside} of ${m.capacity} places${outside}${over}`;
}

/** What the programme covers, in a sentence, for people. */
export function periodText(p: Programme, date: (d: string) => string = (d) => d): string {
  const who = p.committee ? ` for ${p.committee}` : '';
  if (p.meeting !== undefined) return `Every review placed at a meeting${who} on ${date(p.meeting)}, as of ${date(p.asOf)}.`;
  return `Reviews${who} due ${date(p.from)} to ${date(p.to)}${p.from <= p.asOf ? ', and any overdue' : ''}, as of ${date(p.asOf)}.`;
}
