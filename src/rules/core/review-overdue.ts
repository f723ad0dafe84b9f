// An approved policy past its review date: the finding a regulator or auditor would raise first.
import { defineRule } from '../../engine/rule.js';
import { describeDue, reviewState } from '../../register/review.js';

export default defineRule({
  id: 'review-overdue',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'An approved or under-review policy whose next_review date has passed.',
    messages: {
      overdue:
        'next_review is {{due}}, which has passed ({{days}} days overdue as of {{today}}). Bring the policy to {{body}} for review, record the approval, and set a new next_review.',
      cycleOverdue:
        'The review was due by {{due}}, which has passed ({{days}} days overdue as of {{today}}), whatever next_review says. Bring the policy to {{body}} for review, record the approval, and set a new next_review within the cycle.',
    },
    defaultOptions: {},
  },
  check({ policy, today, config, report }) {
    const state = reviewState(policy, today, config);
    if (state?.timing !== 'overdue') return;
    report({
      field: ['next_review'],
      messageId: state.byCycle ? 'cycleOverdue' : 'overdue',
      data: { due: describeDue(state), days: -state.daysLeft, today, body: policy.data.approving_body ?? 'the approving body' },
    });
  },
});
