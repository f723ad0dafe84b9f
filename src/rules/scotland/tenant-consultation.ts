// s54: before changing housing management, repairs or maintenance policy that significantly affects tenants, consult them and their RTOs.
import { categoryOf } from '../../config/config.js';
import type { ResolvedConfig } from '../../config/config.js';
import { defineRule } from '../../engine/rule.js';
import type { Policy } from '../../load/policy.js';
import { isInForce } from '../../register/review.js';

/** Whether the policy significantly affects tenants: its own affects_tenants, else its category's setting. */
export function affectsTenants(policy: Policy, config: ResolvedConfig): boolean {
  return policy.data.affects_tenants ?? categoryOf(config, policy.data.category).affectsTenants;
}

/** Whether a rent-setting policy is left to scotland/rent-consultation (one message per problem). */
export function leftToRentRule(policy: Policy, config: ResolvedConfig): boolean {
  return config.rules.has('scotland/rent-consultation') && categoryOf(config, policy.data.category).rentSetting;
}

export default defineRule({
  id: 'tenant-consultation',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description: 'A policy in force that significantly affects tenants records consultation of tenants and registered tenant organisations, or why none was needed.',
    basis: 'Housing (Scotland) Act 2001 s54 (duty to consult tenants and registered tenant organisations)',
    messages: {
      noReason: 'Missing consultation: this {{category}} policy significantly affects tenants, but consultation.required is false with no reason. Record the consultation of tenants and registered tenant organisations, or, for a minor change, give consultation.reason.',
      groupsMissing: 'Missing consultation: this {{category}} policy significantly affects tenants, but consultation.groups does not include {{missing}}. Consult them before approval and add them to consultation.groups.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const consultation = policy.data.consultation;
    if (!isInForce(policy) || !consultation || !affectsTenants(policy, config) || leftToRentRule(policy, config)) return;
    const category = policy.data.category ?? 'uncategorised';
    if (!consultation.required) {
      if (!consultation.reason?.trim()) report({ field: ['consultation', 'required'], messageId: 'noReason', data: { category } });
      return;
    }
    // A record with no groups at all is core/consultation-recorded's finding.
    if (!consultation.groups?.length) return;
    const missing = ['tenants', 'registered-tenant-organisations'].filter((g) => !consultation.groups!.includes(g));
    if (missing.length) report({ field: ['consultation', 'groups'], messageId: 'groupsMissing', data: { category, missing: missing.join(' and ') } });
  },
});
