// Waivers: findings an approving body accepted on purpose, with a reason and an end date.
import type { Waiver } from '../types.js';

/** Findings about the file itself cannot be waived: without them nothing else can be trusted. */
export const UNWAIVABLE = new Set(['core/frontmatter', 'core/schema', 'core/waiver-valid']);

/** Whether `waiver` names `ruleId`, written qualified (`core/review-overdue`) or bare (`review-overdue`). */
export function waiverNames(waiver: Waiver, ruleId: string): boolean {
  return waiver.rule === ruleId || (!waiver.rule.includes('/') && ruleId.endsWith(`/${waiver.rule}`));
}

/** A waiver suppresses a finding only while it is complete (a reason and an end date) and in date. */
export function isWaiverActive(waiver: Waiver, today: string): boolean {
  return typeof waiver.reason === 'string' && waiver.reason.trim() !== '' && typeof waiver.until === 'string' && waiver.until >= today;
}

export function isWaived(waivers: readonly Waiver[] | undefined, ruleId: string, today: string): boolean {
  if (!waivers || UNWAIVABLE.has(ruleId)) return false;
  return waivers.some((w) => waiverNames(w, ruleId) && isWaiverActive(w, today));
}
