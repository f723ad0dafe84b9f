// Waivers: findings an approving body accepted on purpose, with a reason and an end date.
import type { Waiver } from '../types.js';

/** Whether `waiver` names `ruleId`, written qualified (`core/review-overdue`) or bare (`review-overdue`). */
export function waiverNames(waiver: Waiver, ruleId: string): boolean {
  return waiver.rule === ruleId || (!waiver.rule.includes('/') && ruleId.endsWith(`/${waiver.rule}`));
}

/** A waiver suppresses a finding only while it is complete (a reason and an end date) and in date. */
export function isWaiverActive(waiver: Waiver, today: string): boolean {
  return typeof waiver.reason === 'string' && waiver.reason.trim() !== '' && typeof waiver.until === 'string' && waiver.until >= today;
}

/** Whether a finding of `ruleId` is waived; a rule whose metadata says it is unwaivable never is. */
export function isWaived(waivers: readonly Waiver[] | undefined, ruleId: string, today: string, unwaivable = false): boolean {
  if (!waivers || unwaivable) return false;
  return waivers.some((w) => waiverNames(w, ruleId) && isWaiverActive(w, today));
}
