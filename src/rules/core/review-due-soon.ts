// A review falling due within the configured window: time to book it into a committee's agenda.
import { defineRule } from '../../engine/rule.js';
import { describeDue, reviewState } from '../../register/review.js';

export default defineRule({
  id: 'review-due-soon',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'An approved or under-review policy whose review falls due within review.due_soon_days.',
    messages: {
      dueSoon:
        'The review is due {{due}}, in {{days}} days (within the {{window}}-day window). Schedule it for a meeting of {{body}} before then; `policies calendar` shows which.',
    },
    defaultOptions: {},
  },
  check({ policy, today, config, report }) {
    const state = reviewState(policy, today, config);
    if (state?.timing !== 'due-soon') return;
    report({
      field: ['next_review'],
      messageId: 'dueSoon',
      data: {
        due: describeDue(state),
        days: state.daysLeft,
        window: config.review.dueSoonDays,
        body: policy.data.approving_body ?? 'the approving body',
      },
    });
  },
});
