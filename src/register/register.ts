// The register: every loaded policy, indexed by id, so register-level rules stay linear.
import type { Policy } from '../load/policy.js';

export interface Register {
  readonly policies: readonly Policy[];
  /** Policies by id; more than one entry means a duplicate id. */
  readonly byId: ReadonlyMap<string, readonly Policy[]>;
  /** The first policy with this id, if any. */
  get(id: string): Policy | undefined;
}

export function buildRegister(policies: readonly Policy[]): Register {
  const byId = new Map<string, Policy[]>();
  for (const policy of policies) {
    const id = policy.data.id;
    if (typeof id !== 'string') continue;
    const list = byId.get(id);
    if (list) list.push(policy);
    else byId.set(id, [policy]);
  }
  return { policies, byId, get: (id) => byId.get(id)?.[0] };
}
