// A review date set further out than the board allows quietly stretches the cycle past its policy.
import { defineRule } from '../../engine/rule.js';
import { currentApprovalDate, isInForce, isInvalid, latestAllowedReview, maxCycle } from '../../register/review.js';
import { reviewDueDate } from '../../util/dates.js';

export default defineRule({
  id: 'review-cycle-too-long',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'next_review is no later than the last review plus the longest cycle allowed, and review_cycle_months is within it.',
    basis: { grade: 'board-rule', citation: "The board's longest review cycle (policies.config.yaml)" },
    messages: {
      nextTooLate:
        'next_review {{next}} is more than {{months}} months ({{source}}) after {{from}} {{fromDate}}. Set next_review to {{latest}} or earlier.',
      cycleTooLong: 'review_cycle_months is {{cycle}}, longer than {{months}} months ({{source}}). Use {{months}} or fewer.',
    },
    defaultOptions: {},
  },
  check({ policy, config, today, report }) {
    // With an invalid category the limit that applies is unknown (core/schema reports the category).
    if (!isInForce(policy) || isInvalid(policy, 'category')) return;
    const limit = maxCycle(policy, config);
    const cycle = policy.data.review_cycle_months;
    if (cycle !== undefined && cycle > limit.months)
      report({ field: ['review_cycle_months'], messageId: 'cycleTooLong', data: { cycle, months: limit.months, source: limit.source } });
    const next = policy.data.next_review;
    const from = currentApprovalDate(policy);
    if (!next || !from) return;
    const latest = latestAllowedReview(from.date, limit);
    // A month-precision review date is within the limit when its month is: "March 2030" for a March 2025 review.
    const tooLate = next.length === 7 ? next > latest.slice(0, 7) : (reviewDueDate(next) ?? '') > latest;
    // Once the cycle has run out, the policy is overdue: core/review-overdue says so (one message per problem), and
    // a date already past is never suggested.
    if (tooLate && latest >= today)
      report({
        field: ['next_review'],
        messageId: 'nextTooLate',
        data: {
          next,
          months: limit.months,
          source: limit.source,
          from: from.field,
          fromDate: from.date,
          latest: next.length === 7 ? latest.slice(0, 7) : latest,
        },
      });
  },
});
