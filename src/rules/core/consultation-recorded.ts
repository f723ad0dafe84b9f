// A consultation decision on the record: who was consulted and when, or why nobody needed to be.
import { defineRule } from '../../engine/rule.js';
import { isInForce, RETIRED } from '../../register/review.js';
import { affectsTenants, dutyEnforced } from '../../register/duties.js';

export default defineRule({
  id: 'consultation-recorded',
  pack: 'core',
  scope: 'policy',
  meta: {
    description:
      'A consultation that is required records who was consulted and when it opened and closed; one that is not required says why.',
    basis: {
      grade: 'good-practice',
      citation: 'A consultation decision on the record: who was consulted and when, or why no one needed to be',
    },
    messages: {
      missingPart: 'consultation.required is true but {{part}} is not recorded. Add consultation.{{key}}{{example}}.',
      noReason:
        'consultation.required is false but no reason is given. Add consultation.reason saying why no consultation was needed (for example "Minor wording changes with no effect on tenants").',
    },
    reportTopic: 'consultation',
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const { consultation, status } = policy.data;
    if (!consultation || !status || RETIRED.has(status)) return;
    if (!consultation.required) {
      // Where a pack's rule enforces the duty to consult tenants, it reports this with its legal basis: one message per problem.
      const leftToPack = dutyEnforced(config, 'tenant-affecting') && isInForce(policy) && affectsTenants(policy, config);
      if (!consultation.reason?.trim() && !leftToPack) report({ field: ['consultation', 'required'], messageId: 'noReason' });
      return;
    }
    // While a consultation is running it may not have closed yet; once the policy is in force it must have.
    const parts: [key: 'groups' | 'opened' | 'closed', part: string, example: string, needed: boolean][] = [
      ['groups', 'who was consulted', ': [tenants, registered-tenant-organisations]', status !== 'draft'],
      ['opened', 'when it opened', ': YYYY-MM-DD', status !== 'draft'],
      ['closed', 'when it closed', ': YYYY-MM-DD', isInForce(policy)],
    ];
    for (const [key, part, example, needed] of parts) {
      const value = consultation[key];
      if (needed && (value === undefined || (Array.isArray(value) && value.length === 0)))
        report({ field: ['consultation', 'required'], messageId: 'missingPart', data: { part, key, example } });
    }
  },
});
