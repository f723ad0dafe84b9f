// An approved policy with no review date is never brought back: nothing will ever say it is overdue.
import { defineRule } from '../../engine/rule.js';
import { addMonths } from '../../util/dates.js';
import { currentApprovalDate, intendedCycle, isInForce } from '../../register/review.js';

export default defineRule({
  id: 'next-review-missing',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'An approved or under-review policy has a next_review date.',
    basis: { grade: 'board-rule', citation: "The board's review programme: every policy in force has a review date" },
    messages: {
      missing: 'This {{status}} policy has no next_review, so its review can never fall due. Add one{{suggestion}}.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    // A next_review that is present but invalid is core/schema's finding, not this one.
    if (!isInForce(policy) || 'next_review' in policy.raw) return;
    // `next-review:` or `nextReview:` is core/schema's finding (rename the field), not a missing review date.
    if (policy.schemaFindings.some((f) => f.kind === 'unknown-field' && f.path.length === 1 && f.suggestion === 'next_review')) return;
    const from = currentApprovalDate(policy);
    const suggestion = from
      ? `, for example next_review: ${addMonths(from.date, intendedCycle(policy, config)).slice(0, 7)} (${intendedCycle(policy, config)} months after ${from.field})`
      : '';
    report({ field: ['status'], messageId: 'missing', data: { status: policy.data.status!, suggestion } });
  },
});
