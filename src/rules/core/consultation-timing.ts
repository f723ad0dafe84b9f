// A consultation that closes after the decision cannot have informed it.
import { defineRule } from '../../engine/rule.js';
import { currentApprovalDate, isInForce, previousApprovalDate } from '../../register/review.js';

export default defineRule({
  id: 'consultation-timing',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'A consultation opened after the previous approval and closed on or before the approval it informed.',
    basis: { grade: 'good-practice', citation: 'Views are sought before the decision they inform' },
    messages: {
      beforePrevious:
        'consultation.opened {{opened}} is on or before the previous approval on {{previous}}, so it consulted on an older text than the one approved on {{approved}}. Record the consultation on the current text.',
      afterApproval:
        'consultation.closed {{closed}} is after the approval on {{approved}} ({{field}}): the views gathered cannot have informed that decision. Close the consultation before the policy is approved; if it was, correct the date.',
    },
    reportTopic: 'consultation',
    defaultOptions: {},
  },
  check({ policy, report }) {
    const closed = policy.data.consultation?.closed;
    const current = currentApprovalDate(policy);
    if (!isInForce(policy) || !policy.data.consultation?.required || !closed || !current) return;
    const opened = policy.data.consultation.opened;
    const previous = previousApprovalDate(policy);
    if (opened && previous && opened <= previous)
      report({ field: ['consultation', 'opened'], messageId: 'beforePrevious', data: { opened, previous, approved: current.date } });
    if (closed > current.date)
      report({
        field: ['consultation', 'closed'],
        messageId: 'afterApproval',
        data: { closed, approved: current.date, field: current.field },
      });
  },
});
