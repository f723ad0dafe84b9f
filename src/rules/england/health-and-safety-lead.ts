// Social Housing (Regulation) Act 2023 s10: a registered provider designates a health and safety lead (from 1 April 2024).
import { defineRule } from '../../engine/rule.js';
import { RECORD_BASES } from './data.js';
import { englandOptions } from './options.js';

/** Section 10 came into force on 1 April 2024 (SI 2024/437). */
export const HEALTH_AND_SAFETY_LEAD_FROM = '2024-04-01';

export default defineRule({
  id: 'health-and-safety-lead',
  pack: 'england',
  scope: 'register',
  meta: {
    description: 'A health and safety lead is designated (Social Housing (Regulation) Act 2023 s10).',
    basis: RECORD_BASES.healthAndSafetyLead,
    messages: {
      none: 'No health and safety lead is recorded. Every registered provider must designate one (an employee or officer; for a council, a member of the executive or an employee) to monitor compliance with tenant health and safety requirements and report material failures to the governing body: record the name, role and date of designation under england.health_and_safety_lead.',
      noDate:
        'The health and safety lead, {{name}}, has no date of designation. Record the date (and minute) of the decision as designated.',
    },
    defaultOptions: {},
  },
  check({ config, today, report }) {
    if (today < HEALTH_AND_SAFETY_LEAD_FROM) return;
    const lead = englandOptions(config).health_and_safety_lead;
    if (!lead?.name) report({ messageId: 'none' });
    else if (!lead.designated) report({ messageId: 'noDate', data: { name: lead.name } });
  },
});
