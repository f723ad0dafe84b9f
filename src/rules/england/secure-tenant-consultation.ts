// Housing Act 1985 s105: a council consults the secure tenants likely to be substantially affected by a change of
// housing management policy, and considers their views, before deciding (not rents or service charges).
import { defineRule } from '../../engine/rule.js';
import { affectsTenants, hasDuty } from '../../register/duties.js';
import { isInForce } from '../../register/review.js';
import { RECORD_BASES } from './data.js';
import { englandOptions } from './options.js';

export default defineRule({
  id: 'secure-tenant-consultation',
  pack: 'england',
  scope: 'policy',
  meta: {
    description:
      "A council's housing management policy that affects tenants records consultation of secure tenants (Housing Act 1985 s105).",
    basis: RECORD_BASES.secureTenantConsultation,
    messages: {
      noTenants:
        'This {{category}} policy significantly affects tenants, but its consultation did not include tenants (groups: {{groups}}). Before changing housing management policy a council consults the secure tenants likely to be substantially affected and considers their views (Housing Act 1985 s105): consult them and add tenants to consultation.groups.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    if (englandOptions(config).landlord_type !== 'local-authority' || !isInForce(policy)) return;
    // s105(2) excludes rent and charges for services.
    if (!affectsTenants(policy, config) || hasDuty(policy, config, 'rent')) return;
    const consultation = policy.data.consultation;
    // No consultation, or one with no groups, is core/consultation-recorded's finding: s105 applies only to a change.
    if (!consultation?.required || !consultation.groups?.length) return;
    if (consultation.groups.some((g) => g === 'tenants' || g === 'registered-tenant-organisations')) return;
    report({
      field: ['consultation', 'groups'],
      messageId: 'noTenants',
      data: { category: policy.data.category ?? 'uncategorised', groups: consultation.groups.join(', ') },
    });
  },
});
