// The equality impact assessment decision, on the record: done when required, explained when not.
import { defineRule } from '../../engine/rule.js';
import { isInForce, RETIRED } from '../../register/review.js';

export default defineRule({
  id: 'eia-recorded',
  pack: 'core',
  scope: 'policy',
  meta: {
    description:
      'An equality impact assessment that is required has a completion date (for policies in force); one that is not required says why.',
    basis: {
      grade: 'good-practice',
      citation:
        'An equality impact assessment decision for each policy (Equality Act 2010 s149 binds a housing association only for functions of a public nature, s149(2))',
      source: 'https://www.legislation.gov.uk/ukpga/2010/15/section/149',
    },
    messages: {
      notCompleted:
        'eia.required is true but no completion date is recorded, yet the policy is {{status}}. Record eia.completed (the date the assessment was finished) and its outcome, or complete the assessment and bring the policy back for approval.',
      noReason:
        'eia.required is false but no reason is given. Add eia.reason saying why this policy needs no equality impact assessment (for example "Wording changes only; no change in effect").',
    },
    reportTopic: 'eia',
    defaultOptions: {},
  },
  check({ policy, report }) {
    const { eia, status } = policy.data;
    if (!eia || !status || RETIRED.has(status)) return;
    if (eia.required && !eia.completed && isInForce(policy))
      report({ field: ['eia', 'required'], messageId: 'notCompleted', data: { status } });
    if (!eia.required && !eia.reason?.trim()) report({ field: ['eia', 'required'], messageId: 'noReason' });
  },
});
