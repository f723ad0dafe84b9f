// Recording a decision: the approval, the new review dates and the status, written into the policy's frontmatter
// with nothing else in the file touched. A pure function of the file's text, the decision and the config.
import { committeeNamed, type ResolvedConfig } from '../config/config.js';
import { runRules } from '../engine/run.js';
import type { Policy } from '../load/policy.js';
import { buildRegister } from '../register/register.js';
import { RULES } from '../rules/index.js';
import { currentApprovalDate, intendedCycle, latestAllowedReview, maxCycle } from '../register/review.js';
import { addMonths, isRealDate, reviewDueDate } from '../util/dates.js';
import { appendApproval, EditError, setField, yamlString, type FieldChange } from './frontmatter-edit.js';

export interface ApprovalDecision {
  body: string;
  date: string;
  minute: string;
  /** YYYY-MM or YYYY-MM-DD; default: the date plus the policy's review cycle, within its maximum. */
  nextReview?: string;
  /** An editorial approval: recorded in the trail; the review dates and status stay as they are. */
  minor?: boolean;
}

export interface ApprovalPlan {
  text: string;
  changes: FieldChange[];
}

/** A decision the command will not record, in words. */
export class ApprovalRefused extends Error {}

/**
 * The next review a full approval sets: the cycle's months after the decision, written as a month (the end of it) when
 * that stays within the allowed maximum, else the month before.
 */
export function nextReviewAfter(policy: Policy, date: string, config: ResolvedConfig): string {
  const latest = latestAllowedReview(date, maxCycle(policy, config));
  const target = addMonths(date, intendedCycle(policy, config));
  const month = (target <= latest ? target : latest).slice(0, 7);
  return reviewDueDate(month)! <= latest ? month : addMonths(`${month}-01`, -1).slice(0, 7);
}

export function planApproval(policy: Policy, decision: ApprovalDecision, config: ResolvedConfig, today: string): ApprovalPlan {
  const d = policy.data;
  if (policy.loadProblem) throw new ApprovalRefused(`${policy.file} cannot be read: ${policy.loadProblem.message}`);
  if (!isRealDate(decision.date)) throw new ApprovalRefused(`--date ${decision.date} is not a date: write it YYYY-MM-DD.`);
  if (decision.date > today)
    throw new ApprovalRefused(`--date ${decision.date} is after today (${today}): record a decision once the meeting has taken it.`);
  if (!decision.minute.trim())
    throw new ApprovalRefused('--minute is empty: give the minute reference of the decision, e.g. --minute "BM 2026/41".');
  if (d.status === 'superseded' || d.status === 'withdrawn') {
    throw new ApprovalRefused(
      `${d.id} is ${d.status}: a retired policy is not approved again. Write a new version (policies new) or set its status first.`,
    );
  }
  const committee = committeeNamed(config, decision.body);
  if (config.committees.length > 0 && !committee && decision.body.trim().toLowerCase() !== (d.approving_body ?? '').trim().toLowerCase()) {
    throw new ApprovalRefused(
      `--body "${decision.body}" is not a committee in the config (${config.committees.map((c) => c.name).join(', ')}), nor the policy's approving_body.`,
    );
  }
  const body = committee?.name ?? decision.body.trim();
  if (
    (d.approvals ?? []).some(
      (a) =>
        a.date === decision.date &&
        committeeNamed(config, a.body)?.name === (committee?.name ?? a.body) &&
        a.body.toLowerCase() === body.toLowerCase(),
    )
  ) {
    throw new ApprovalRefused(`${d.id} already records an approval by ${body} on ${decision.date}.`);
  }
  const current = currentApprovalDate(policy);
  if (current && decision.date < current.date) {
    throw new ApprovalRefused(
      `--date ${decision.date} is before the approval the policy already rests on (${current.field} ${current.date}).`,
    );
  }
  if (decision.minor && d.status !== 'approved' && d.status !== 'under-review') {
    throw new ApprovalRefused(
      `--minor records an editorial change to a policy in force; ${d.id} is ${d.status ?? 'without a status'}. Record a full approval instead.`,
    );
  }
  if (decision.nextReview !== undefined && decision.minor)
    throw new ApprovalRefused('--minor keeps the review dates: leave out --next-review.');
  if (decision.nextReview !== undefined && reviewDueDate(decision.nextReview) === undefined) {
    throw new ApprovalRefused(`--next-review ${decision.nextReview} is not a date or a month: write YYYY-MM or YYYY-MM-DD.`);
  }
  if (decision.nextReview !== undefined && reviewDueDate(decision.nextReview)! <= decision.date) {
    throw new ApprovalRefused(`--next-review ${decision.nextReview} is not after the decision on ${decision.date}.`);
  }

  let text = policy.text;
  const changes: FieldChange[] = [];
  const apply = (result: { text: string; change?: FieldChange }) => {
    text = result.text;
    if (result.change) changes.push(result.change);
  };
  try {
    if (!decision.minor) {
      // A first approval adopts the policy; a later one is a review.
      const first = !d.adopted && (d.status === 'draft' || d.status === 'consultation');
      if (first) apply(setField(text, 'adopted', decision.date, ['approving_body', 'owner', 'status']));
      else apply(setField(text, 'last_reviewed', decision.date, ['adopted', 'approving_body']));
      apply(
        setField(text, 'next_review', decision.nextReview ?? nextReviewAfter(policy, decision.date, config), [
          'last_reviewed',
          'adopted',
          'approving_body',
        ]),
      );
      if (d.status !== 'approved') apply(setField(text, 'status', 'approved', ['category', 'title']));
    }
    apply(
      appendApproval(text, { date: decision.date, body, minute: decision.minute.trim() }, [
        'review_cycle_months',
        'next_review',
        'last_reviewed',
        'adopted',
      ]),
    );
  } catch (error) {
    if (error instanceof EditError) throw new ApprovalRefused(`${policy.file}: ${error.message}.`);
    throw error;
  }
  return { text, changes };
}

/** Rules whose errors a decision can avoid: the command refuses rather than write a record that fails them. */
const DECISION_RULES = new Set([
  'core/approval-recorded',
  'core/approval-minute',
  'core/consultation-timing',
  'core/eia-timing',
  'core/date-order',
  'core/review-overdue',
  'core/review-cycle-too-long',
  'core/next-review-missing',
  'core/schema',
  'core/frontmatter',
]);

/**
 * Check the register with the policy as it would be written. `avoidable`: errors on it the decision causes or could
 * have avoided (refuse); `errors`: every error on it (those not about the decision are reported, not refused).
 */
export function checkApproval(
  policies: readonly Policy[],
  before: Policy,
  after: Policy,
  config: ResolvedConfig,
  today: string,
  registerFile: string,
) {
  const errorsOf = (p: Policy) => {
    const register = buildRegister(policies.map((x) => (x.file === before.file ? p : x)));
    return runRules({ register, config, rules: RULES, today, registerFile }).filter(
      (m) => m.file === before.file && m.severity === 'error',
    );
  };
  const existing = new Set(errorsOf(before).map((m) => `${m.ruleId}\u0000${m.message}`));
  const errors = errorsOf(after);
  return { errors, avoidable: errors.filter((m) => DECISION_RULES.has(m.ruleId) || !existing.has(`${m.ruleId}\u0000${m.message}`)) };
}

/** How a decision is shown back: one line per field. */
export function describeChanges(file: string, changes: readonly FieldChange[]): string {
  return changes.map((c) => `${file}: ${c.field}: ${c.before !== undefined ? `${c.before} -> ` : ''}${c.after}`).join('\n');
}

export { yamlString };
