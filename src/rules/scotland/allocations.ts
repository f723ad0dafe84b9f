// Allocation rules, Housing (Scotland) Act 1987: before making or altering its rules on priority, a landlord consults
// applicants on its list, its tenants and its registered tenant organisations and publishes a report on that
// consultation (s20A); within six months of making or altering them it sends them to each local authority where it
// lets homes and publishes them (s21(2)).
import { defineRule } from '../../engine/rule.js';
import { kindOf } from '../../register/kinds.js';
import { currentApprovalDate, isInForce } from '../../register/review.js';
import { addMonths } from '../../util/dates.js';
import { scotlandField, type AllocationRecord } from './fields.js';
import { scotlandOptions } from './options.js';
import { SOURCES } from './sources.js';

const GROUPS = ['applicants', 'tenants', 'registered-tenant-organisations'];

export default defineRule({
  id: 'allocations',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description:
      'An allocations policy in force records the s20A consultation (applicants, tenants, RTOs) and its published report, and the rules sent to local authorities and published within six months (s21).',
    basis: {
      grade: 'statute',
      citation:
        'Housing (Scotland) Act 1987 s20A (consultation and its report) and s21(2) (rules sent to local authorities and published within six months)',
      source: SOURCES.housingAct1987('20A'),
    },
    enforces: ['allocations'],
    reportTopic: 'consultation',
    messages: {
      groupsMissing:
        'The allocation rules were approved without consulting {{missing}}, as s20A requires before making or altering them. Consult them and add them to consultation.groups.',
      noReport:
        'No report on the consultation about the allocation rules is recorded as published (s20A). Record allocation_rules.consultation_report_published: YYYY-MM-DD.',
      notSent:
        'The allocation rules approved on {{approved}} are not recorded as {{what}}{{deadline}}. Record allocation_rules.{{field}}: YYYY-MM-DD.',
      late: 'The allocation rules approved on {{approved}} were {{what}} on {{date}}, more than six months later (by {{deadlineDate}}).',
    },
    defaultOptions: {},
  },
  check({ policy, config, today, report }) {
    if (!scotlandOptions(config).scottish_secure_tenants || !isInForce(policy) || kindOf(policy, config)?.id !== 'allocations') return;
    const consultation = policy.data.consultation;
    if (consultation?.required && consultation.groups?.length) {
      const missing = GROUPS.filter((g) => !consultation.groups!.includes(g));
      if (missing.length)
        report({
          field: ['consultation', 'groups'],
          messageId: 'groupsMissing',
          data: { missing: missing.join(', ').replace(/, ([^,]*)$/, ' and $1') },
        });
    }
    const record = scotlandField<AllocationRecord>(policy, 'allocation_rules') ?? {};
    const at = scotlandField(policy, 'allocation_rules') === undefined ? ['title'] : ['allocation_rules'];
    if (!record.consultation_report_published) report({ field: at, at: 'key', messageId: 'noReport' });
    const approved = currentApprovalDate(policy)?.date;
    if (!approved) return;
    const deadlineDate = addMonths(approved, 6);
    for (const [field, what] of [
      ['sent_to_local_authorities', 'sent to each local authority'],
      ['published', 'published'],
    ] as const) {
      const date = record[field];
      if (!date) {
        const deadline = today > deadlineDate ? `, and the six months allowed ended on ${deadlineDate}` : ` (due by ${deadlineDate})`;
        report({ field: at, at: 'key', messageId: 'notSent', data: { approved, what, deadline, field } });
      } else if (date > deadlineDate) {
        report({ field: ['allocation_rules', field], messageId: 'late', data: { approved, what, date, deadlineDate } });
      }
    }
  },
});
