// An approved policy past its review date: the finding a regulator or auditor would raise first.
import { defineRule } from '../../engine/rule.js';
import { reviewDueDate } from '../../util/dates.js';

const REVIEWED_STATUSES = new Set(['approved', 'under-review']);

export default defineRule({
  id: 'review-overdue',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'An approved or under-review policy whose next_review date has passed.',
    basis: 'SHR Regulatory Standard 4: the governing body bases its decisions on good quality information and advice',
    messages: {
      overdue: 'next_review is {{due}}, which has passed ({{days}} days overdue as of {{today}}). Bring the policy to {{body}} for review, record the approval, and set a new next_review.',
    },
    defaultOptions: {},
  },
  check({ policy, today, report }) {
    const { status, next_review, approving_body } = policy.data;
    if (!status || !REVIEWED_STATUSES.has(status) || !next_review) return;
    const due = reviewDueDate(next_review);
    if (!due || due >= today) return;
    const days = Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000);
    report({ field: ['next_review'], messageId: 'overdue', data: { due: next_review === due ? due : `${next_review} (the end of the month, ${due})`, days, today, body: approving_body ?? 'the approving body' } });
  },
});
