// The review programme: which meeting each due review goes to, its paper deadline, and when preparatory work must start.
import type { CommitteeConfig, ResolvedConfig } from '../config/config.js';
import { committeeNamed } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import { isInForce } from '../register/review.js';
import { affectsTenants } from '../rules/scotland/tenant-consultation.js';
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
}

export interface Programme {
  organisation: string;
  asOf: string;
  from: string;
  to: string;
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
 * A meeting over its capacity passes its latest-due reviews to the meeting before it, never after.
 */
export function buildProgramme(policies: readonly Policy[], config: ResolvedConfig, options: ProgrammeOptions): Programme {
  const { today, from, to } = options;
  const holidays = new Set(config.holidays);
  const slots = new Map<string, MeetingSlot[]>();
  for (const committee of config.committees) {
    if (options.committee && committee !== options.committee) continue;
    const meetings = [...new Set(committee.meetings)].sort().map((date) => ({
      committee: committee.name, date, paperDeadline: workingDaysBefore(date, committee.paperDeadlineWorkingDays, holidays),
      ...(committee.maxReviewsPerMeeting !== undefined ? { capacity: committee.maxReviewsPerMeeting } : {}), reviews: [] as ReviewItem[],
    }));
    slots.set(committee.name, meetings);
  }

  const unscheduled: ReviewItem[] = [];
  const reviews = policies
    .filter((p) => isInForce(p) && p.data.next_review)
    .map((p) => ({ policy: p, due: reviewDueDate(p.data.next_review!) }))
    .filter((r): r is { policy: Policy; due: string } => r.due !== undefined && r.due <= to && (r.due >= from || r.due < today))
    .sort((a, b) => a.due.localeCompare(b.due) || (a.policy.data.id ?? '').localeCompare(b.policy.data.id ?? ''));

  for (const { policy, due } of reviews) {
    // The approving body, else the committee whose remit covers the policy's category.
    const named = committeeNamed(config, policy.data.approving_body);
    const committee = named ?? config.committees.find((c) => policy.data.category !== undefined && c.remit.includes(policy.data.category));
    if (options.committee && committee !== options.committee) continue;
    const review = item(policy, due, today);
    if (committee && !named) review.notes.push(`approving_body "${review.approvingBody}" is not a configured committee: scheduled at ${committee.name}, whose remit covers ${policy.data.category}`);
    const meetings = committee ? slots.get(committee.name) ?? [] : [];
    // A paper cannot go to a meeting whose deadline has already passed.
    const open = meetings.filter((m) => m.paperDeadline >= today);
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
    slot.reviews.push(review);
  }

  for (const meetings of slots.values()) rebalance(meetings.filter((m) => m.paperDeadline >= today));

  const meetings = [...slots.values()].flat()
    .filter((m) => m.reviews.length > 0 || (m.date >= from && m.date <= to))
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
  return { organisation: config.organisation, asOf: today, from, to, meetings, unscheduled };
}

/**
 * Move overflow to earlier meetings, latest meeting first, so moves cascade. The review due soonest moves:
 * brought forward, it loses the least of its cycle.
 */
function rebalance(meetings: MeetingSlot[]): void {
  for (let i = meetings.length - 1; i >= 0; i--) {
    const slot = meetings[i]!;
    if (slot.capacity === undefined) continue;
    while (slot.reviews.length > slot.capacity) {
      const earlier = meetings[i - 1];
      const movable = [...slot.reviews].filter((r) => !r.late).sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))[0];
      if (!earlier || !movable) {
        for (const r of slot.reviews) if (!r.notes.some((n) => n.startsWith('over capacity'))) r.notes.push(`over capacity: ${slot.committee} on ${slot.date} has ${slot.reviews.length} reviews for ${slot.capacity} places and no earlier meeting to take them`);
        break;
      }
      slot.reviews.splice(slot.reviews.indexOf(movable), 1);
      movable.notes.push(`moved from ${slot.date} to ${earlier.date}: ${slot.committee} takes at most ${slot.capacity} reviews a meeting`);
      earlier.reviews.push(movable);
    }
  }
}
