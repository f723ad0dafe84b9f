// An assessment must inform the decision: done before the approval, and on the text that was approved.
import { defineRule } from '../../engine/rule.js';
import { currentApprovalDate, isInForce, previousApprovalDate } from '../../register/review.js';

export default defineRule({
  id: 'eia-timing',
  pack: 'core',
  scope: 'policy',
  meta: {
    description:
      'The equality impact assessment was completed before the approval it informed and after the previous review (so it assessed the approved text).',
    basis: {
      grade: 'good-practice',
      citation: 'Impact assessed before the decision it informs, never retrospectively (EHRC guidance on the public sector equality duty)',
      source: 'https://www.legislation.gov.uk/ukpga/2010/15/section/149',
    },
    messages: {
      afterApproval:
        'eia.completed {{completed}} is after the approval on {{approved}} ({{field}}): the assessment cannot have informed that decision. Assess the policy before it is approved; if it was, correct the date.',
      beforePrevious:
        'eia.completed {{completed}} is on or before the previous approval on {{previous}}, so it assessed an older text than the one approved on {{approved}}. Assess the current text and record the new date.',
    },
    reportTopic: 'eia',
    defaultOptions: {},
  },
  check({ policy, today, report }) {
    const completed = policy.data.eia?.completed;
    const current = currentApprovalDate(policy);
    if (!isInForce(policy) || !policy.data.eia?.required || !completed || !current) return;
    // A completion date after today is core/date-order's finding: it is the date that is wrong, not the timing.
    if (completed > today) return;
    if (completed > current.date) {
      report({
        field: ['eia', 'completed'],
        messageId: 'afterApproval',
        data: { completed, approved: current.date, field: current.field },
      });
      return;
    }
    const previous = previousApprovalDate(policy);
    if (previous && completed <= previous)
      report({ field: ['eia', 'completed'], messageId: 'beforePrevious', data: { completed, previous, approved: current.date } });
  },
});
