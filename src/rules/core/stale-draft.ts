// A draft or consultation that nobody has touched for months is usually a review that stalled.
import { defineRule } from '../../engine/rule.js';
import { addMonths } from '../../util/dates.js';

export default defineRule({
  id: 'stale-draft',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'A draft or consultation policy has changed in git within review.stale_months months.',
    messages: {
      stale:
        'This policy has been {{status}} since it last changed on {{date}}, more than {{months}} months ago. Move it on (consultation, approval) or withdraw it, so the register shows what is really in force.',
    },
    needsGit: 'lastChanged',
    defaultOptions: {},
  },
  check({ policy, git, today, config, report }) {
    const status = policy.data.status;
    if (status !== 'draft' && status !== 'consultation') return;
    const date = git?.lastChanged?.get(policy.file);
    if (!date || date >= addMonths(today, -config.review.staleMonths)) return;
    report({ field: ['status'], messageId: 'stale', data: { status, date, months: config.review.staleMonths } });
  },
});
