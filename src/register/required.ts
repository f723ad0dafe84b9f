// The policies a landlord must have (the packs' required policies and the config's own), and where the register
// stands on each: present, missing, not current, not applicable (with the reason), or not yet in force.
import type { ResolvedConfig, ResolvedRequiredPolicy } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import { kindOf } from './kinds.js';
import { isInForce, reviewState } from './review.js';

export type RequiredState = 'present' | 'missing' | 'not-current' | 'not-applicable' | 'not-yet-in-force';

export interface RequiredStatus {
  requirement: ResolvedRequiredPolicy;
  /** For a per-item requirement, the item (a building, a scheme) this status is for. */
  item?: string;
  state: RequiredState;
  /** The policies that are, or could be, this one (by kind, or by title when they have no kind). */
  candidates: Policy[];
  /** Candidates found only by their title (they have no kind). */
  byTitle: Policy[];
}

/** Whether a policy counts as current: in force, with a review date that has not passed. */
function isCurrent(policy: Policy, today: string, config: ResolvedConfig): boolean {
  const state = reviewState(policy, today, config);
  return isInForce(policy) && state !== undefined && state.timing !== 'overdue';
}

export function requiredPolicyStatus(policies: readonly Policy[], config: ResolvedConfig, today: string): RequiredStatus[] {
  const kinds = new Map<Policy, { id: string; suggested: boolean } | undefined>();
  for (const p of policies) if (!p.loadProblem) kinds.set(p, kindOf(p, config));
  const out: RequiredStatus[] = [];
  for (const requirement of config.requiredPolicies) {
    const ofKind = [...kinds].filter(([, kind]) => kind !== undefined && requirement.kinds.includes(kind.id)).map(([p]) => p);
    const byTitle = ofKind.filter((p) => kinds.get(p)?.suggested);
    const judge = (candidates: Policy[], item?: string): RequiredStatus => {
      const base = {
        requirement,
        candidates,
        byTitle: byTitle.filter((p) => candidates.includes(p)),
        ...(item !== undefined ? { item } : {}),
      };
      if (requirement.notApplicable) return { ...base, state: 'not-applicable' };
      if (requirement.commencement !== undefined && requirement.commencement > today) return { ...base, state: 'not-yet-in-force' };
      if (candidates.length === 0) return { ...base, state: 'missing' };
      const current =
        requirement.current === false
          ? candidates.filter((p) => p.data.status !== 'withdrawn' && p.data.status !== 'superseded')
          : candidates.filter((p) => isCurrent(p, today, config));
      return { ...base, state: current.length > 0 ? 'present' : 'not-current' };
    };
    if (requirement.items !== undefined) {
      for (const item of requirement.items)
        out.push(
          judge(
            ofKind.filter((p) => p.data.applies_to?.includes(item)),
            item,
          ),
        );
      if (requirement.items.length === 0 && requirement.notApplicable) out.push(judge([]));
    } else {
      out.push(judge(ofKind));
    }
  }
  return out;
}
