// When a policy's review falls due, how long its cycle may be, and which approval its current text rests on.
import type { CategoryConfig, ResolvedConfig } from '../config/config.js';
import { categoryOf } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import type { PolicyStatus } from '../types.js';
import { addDays, addMonths, daysBetween, reviewDueDate } from '../util/dates.js';

/** Statuses whose text is in force and so must be kept in review. */
export const IN_FORCE: ReadonlySet<PolicyStatus> = new Set(['approved', 'under-review']);
/** Statuses of policies that no longer apply. */
export const RETIRED: ReadonlySet<PolicyStatus> = new Set(['superseded', 'withdrawn']);

export function isInForce(policy: Policy): boolean {
  return policy.data.status !== undefined && IN_FORCE.has(policy.data.status);
}

export type ReviewTiming = 'overdue' | 'due-soon' | 'in-date';

export interface ReviewState {
  /** next_review as written (a date or a month). */
  written: string;
  /** The date it means: a month is its last day. */
  due: string;
  timing: ReviewTiming;
  /** Days from today to the due date (negative when overdue). */
  daysLeft: number;
  /**
   * Set when the longest cycle allowed ends before next_review: the review is due then, whatever next_review says
   * (the last review or adoption, and the limit).
   */
  byCycle?: { from: string; limit: CycleLimit };
}

let soon: { today: string; days: number; limit: string } | undefined;
/** The last day a review counts as due soon: the same for every policy in a run, so worked out once. */
function soonLimit(today: string, days: number): string {
  if (soon?.today !== today || soon.days !== days) soon = { today, days, limit: addDays(today, days) };
  return soon.limit;
}

/** Review states worked out in this run: several rules (and links to a policy) ask for the same one. */
const states = new WeakMap<Policy, { today: string; config: ResolvedConfig; state: ReviewState | undefined }>();

/** The review state of an in-force policy as of `today`, or undefined when it has no usable next_review. */
export function reviewState(policy: Policy, today: string, config: ResolvedConfig): ReviewState | undefined {
  const known = states.get(policy);
  if (known?.today === today && known.config === config) return known.state;
  const state = computeReviewState(policy, today, config);
  states.set(policy, { today, config, state });
  return state;
}

function computeReviewState(policy: Policy, today: string, config: ResolvedConfig): ReviewState | undefined {
  const written = policy.data.next_review;
  if (!isInForce(policy) || !written) return undefined;
  const dueAsWritten = reviewDueDate(written);
  if (!dueAsWritten) return undefined;
  // The last review plus the longest cycle allowed bounds the due date, whatever next_review says.
  const from = currentApprovalDate(policy);
  const limit = from && !isInvalid(policy, 'category') ? maxCycle(policy, config) : undefined;
  const latest = from && limit ? latestAllowedReview(from.date, limit) : undefined;
  const byCycle = latest !== undefined && (written.length === 7 ? written > latest.slice(0, 7) : dueAsWritten > latest);
  const due = byCycle ? latest! : dueAsWritten;
  const timing: ReviewTiming = due < today ? 'overdue' : due <= soonLimit(today, config.review.dueSoonDays) ? 'due-soon' : 'in-date';
  return {
    written,
    due,
    timing,
    daysLeft: daysBetween(today, due),
    ...(byCycle && from && limit ? { byCycle: { from: from.date, limit } } : {}),
  };
}

/** "2028-03 (the end of the month, 2028-03-31)" or just the date; for a due date set by the cycle, says so. */
export function describeDue(state: { written: string; due: string; byCycle?: ReviewState['byCycle'] }): string {
  if (state.byCycle)
    return `${state.due} (${state.byCycle.limit.months} months after ${state.byCycle.from}, ${state.byCycle.limit.source}; next_review says ${state.written})`;
  return state.written === state.due ? state.due : `${state.written} (the end of the month, ${state.due})`;
}

export interface CycleLimit {
  months: number;
  /** Where the limit comes from, for messages: "the housing-management category's maximum". */
  source: string;
}

/** The longest review cycle allowed for the policy: its category's maximum, else the register's maximum. */
export function maxCycle(policy: Policy, config: ResolvedConfig): CycleLimit {
  const category: CategoryConfig | undefined = categoryOf(config, policy.data.category);
  if (category?.maxCycleMonths !== undefined)
    return { months: category.maxCycleMonths, source: `the maximum for the ${policy.data.category} category` };
  return { months: config.review.maxCycleMonths, source: `the maximum in ${config.file ?? 'the defaults'} (review.max_cycle_months)` };
}

/** The policy's own cycle: review_cycle_months, else its category's default, else the register's default. */
export function intendedCycle(policy: Policy, config: ResolvedConfig): number {
  return (
    policy.data.review_cycle_months ?? categoryOf(config, policy.data.category)?.defaultCycleMonths ?? config.review.defaultCycleMonths
  );
}

/** The latest date next_review may hold: the last review plus the allowed cycle. */
export function latestAllowedReview(from: string, limit: CycleLimit): string {
  return addMonths(from, limit.months);
}

/**
 * Whether a field was written but failed the schema (and so is left out of `data`). core/schema reports it; a
 * rule must not reason around it as if it were absent (a fallback would be a second message about one mistake).
 */
export function isInvalid(policy: Policy, field: string): boolean {
  return Object.hasOwn(policy.raw, field) && !(field in policy.data);
}

/** The date of the decision the current text rests on: the last review, else adoption (unknown while either is invalid). */
export function currentApprovalDate(policy: Policy): { date: string; field: 'last_reviewed' | 'adopted' } | undefined {
  if (isInvalid(policy, 'last_reviewed')) return undefined;
  if (policy.data.last_reviewed) return { date: policy.data.last_reviewed, field: 'last_reviewed' };
  if (isInvalid(policy, 'adopted')) return undefined;
  if (policy.data.adopted) return { date: policy.data.adopted, field: 'adopted' };
  return undefined;
}

/** The approval before the current one (the previous review), from the trail and the adoption date. */
export function previousApprovalDate(policy: Policy): string | undefined {
  const current = currentApprovalDate(policy);
  if (!current || isInvalid(policy, 'approvals') || isInvalid(policy, 'adopted')) return undefined;
  const dates = [...(policy.data.approvals ?? []).map((a) => a.date), ...(policy.data.adopted ? [policy.data.adopted] : [])];
  return dates
    .filter((d) => d < current.date)
    .sort()
    .at(-1);
}
