// Which duties a policy brings (tenant-affecting, rent, allocations...): from the policy itself, its kind, its
// category in the config, or, when the config lists no categories, the packs' default categories.
import type { ResolvedConfig } from '../config/config.js';
import type { DutyId } from '../engine/pack-data.js';
import type { Policy } from '../load/policy.js';

export function hasDuty(policy: Policy, config: ResolvedConfig, duty: DutyId): boolean {
  if (duty === 'tenant-affecting' && policy.data.affects_tenants !== undefined) return policy.data.affects_tenants;
  const scope = config.duties.get(duty);
  const kind = policy.data.kind;
  if (kind !== undefined && scope?.kinds?.includes(kind)) return true;
  const category = policy.data.category;
  if (category === undefined) return false;
  const configured = config.categories.get(category);
  if (configured) return configured.duties.includes(duty);
  return config.categories.size === 0 && (scope?.categories?.includes(category) ?? false);
}

/** Whether the policy significantly affects tenants (so consultation duties apply). */
export function affectsTenants(policy: Policy, config: ResolvedConfig): boolean {
  return hasDuty(policy, config, 'tenant-affecting');
}

/**
 * Whether an enabled rule enforces the duty (declares it in `meta.enforces`): a general rule then leaves the
 * finding to it, so one problem gets one message with its legal basis.
 */
export function dutyEnforced(config: ResolvedConfig, duty: DutyId): boolean {
  for (const id of config.rules.keys()) if (config.knownRules.get(id)?.enforces.includes(duty)) return true;
  return false;
}
