// s54: before changing housing management, repairs or maintenance policy that significantly affects Scottish secure
// tenants, consult them and their RTOs. Factored owners are not tenants: the Property Factors (Scotland) Act 2011 applies.
import { defineRule } from '../../engine/rule.js';
import { affectsTenants } from '../../register/duties.js';
import { kindOf } from '../../register/kinds.js';
import { isInForce } from '../../register/review.js';
import { scotlandOptions } from './options.js';
import { SOURCES } from './sources.js';

export default defineRule({
  id: 'tenant-consultation',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description:
      'A policy in force that significantly affects tenants records consultation of tenants and registered tenant organisations, or why none was needed.',
    basis: {
      grade: 'statute',
      citation: 'Housing (Scotland) Act 2001 s54 (duty to consult tenants and registered tenant organisations)',
      source: SOURCES.housingAct2001('54'),
    },
    enforces: ['tenant-affecting'],
    reportTopic: 'consultation',
    messages: {
      noReason:
        'Missing consultation: this {{category}} policy significantly affects tenants, but consultation.required is false with no reason. Record the consultation of tenants and registered tenant organisations, or, for a minor change, give consultation.reason.',
      groupsMissing:
        'Missing consultation: this {{category}} policy significantly affects tenants, but consultation.groups does not include {{missing}}. Consult them before approval and add them to consultation.groups.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const consultation = policy.data.consultation;
    if (!scotlandOptions(config).scottish_secure_tenants || !isInForce(policy) || !consultation || !affectsTenants(policy, config)) return;
    // Factored owners are not tenants: a factoring policy is under the Property Factors (Scotland) Act 2011, not s54.
    if (kindOf(policy, config)?.id === 'factoring') return;
    const category = policy.data.category ?? 'uncategorised';
    if (!consultation.required) {
      if (!consultation.reason?.trim()) report({ field: ['consultation', 'required'], messageId: 'noReason', data: { category } });
      return;
    }
    // A record with no groups at all is core/consultation-recorded's finding.
    if (!consultation.groups?.length) return;
    const missing = ['tenants', 'registered-tenant-organisations'].filter((g) => !consultation.groups!.includes(g));
    if (missing.length)
      report({ field: ['consultation', 'groups'], messageId: 'groupsMissing', data: { category, missing: missing.join(' and ') } });
  },
});
