// Competence and Conduct Standard (from October 2026): tenants have meaningful opportunities to influence and
// scrutinise the staff competence policy and the code of conduct.
import { defineRule } from '../../engine/rule.js';
import { isInForce } from '../../register/review.js';
import { RECORD_BASES } from './data.js';

export const COMPETENCE_FROM = '2026-10-01';
const KINDS = new Set(['staff-competence', 'staff-code-of-conduct']);

export default defineRule({
  id: 'competence-tenant-influence',
  pack: 'england',
  scope: 'policy',
  meta: {
    description:
      'The staff competence policy and the code of conduct record that tenants influenced them (Competence and Conduct Standard, from October 2026).',
    basis: RECORD_BASES.competenceTenantInfluence,
    messages: {
      notConsulted:
        'This {{kind}} policy records no involvement of tenants (consultation.required is false). From October 2026 the Competence and Conduct Standard gives tenants meaningful opportunities to influence and scrutinise it: involve tenants at its next review (sooner if it changes) and record it under consultation with groups: [tenants].',
      noTenants:
        "This {{kind}} policy's consultation did not include tenants (groups: {{groups}}). The Competence and Conduct Standard gives tenants meaningful opportunities to influence and scrutinise it: involve tenants and add tenants to consultation.groups.",
    },
    defaultOptions: {},
  },
  check({ policy, today, report }) {
    const kind = policy.data.kind;
    if (today < COMPETENCE_FROM || kind === undefined || !KINDS.has(kind) || !isInForce(policy)) return;
    const consultation = policy.data.consultation;
    if (!consultation) return;
    if (!consultation.required) {
      report({ field: ['consultation', 'required'], messageId: 'notConsulted', data: { kind } });
      return;
    }
    // A record with no groups is core/consultation-recorded's finding.
    if (!consultation.groups?.length) return;
    if (!consultation.groups.some((g) => g === 'tenants' || g === 'residents')) {
      report({ field: ['consultation', 'groups'], messageId: 'noTenants', data: { kind, groups: consultation.groups.join(', ') } });
    }
  },
});
