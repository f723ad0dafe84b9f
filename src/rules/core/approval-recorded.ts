// The approval trail is the evidence that the approving body took the decision: the current text needs its entry.
import { committeeNamed } from '../../config/config.js';
import type { ResolvedConfig } from '../../config/config.js';
import { defineRule } from '../../engine/rule.js';
import { currentApprovalDate, isInForce, isInvalid } from '../../register/review.js';

/** Whether two names mean the same body: equal ignoring case, or the same configured committee. */
export function sameBody(config: ResolvedConfig, a: string, b: string): boolean {
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return true;
  const committee = committeeNamed(config, a);
  return committee !== undefined && committee === committeeNamed(config, b);
}

export default defineRule({
  id: 'approval-recorded',
  pack: 'core',
  scope: 'policy',
  meta: {
    description:
      'An approved or under-review policy records, in approvals, the decision of its approving_body on its last_reviewed (or adopted) date.',
    basis: { grade: 'good-practice', citation: 'An approved policy records the decision of the body that approved it' },
    messages: {
      none: 'There is no entry in approvals for the decision on {{date}} ({{field}}). Add one: approvals: [{ date: {{date}}, body: {{body}}, minute: "..." }].',
      wrongBody:
        'The approval on {{date}} ({{field}}) was by {{actual}}, but approving_body is {{body}}. Record the decision of {{body}}, or correct approving_body.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const current = currentApprovalDate(policy);
    const body = policy.data.approving_body;
    // An approval trail that fails the schema is core/schema's finding: it cannot be read for the decision.
    if (!isInForce(policy) || !current || !body || isInvalid(policy, 'approvals')) return;
    const onDate = (policy.data.approvals ?? []).map((a, i) => ({ a, i })).filter(({ a }) => a.date === current.date);
    if (onDate.length === 0) {
      report({ field: [current.field], messageId: 'none', data: { date: current.date, field: current.field, body } });
    } else if (!onDate.some(({ a }) => sameBody(config, a.body, body))) {
      report({
        field: ['approvals', onDate[0]!.i, 'body'],
        messageId: 'wrongBody',
        data: { date: current.date, field: current.field, actual: onDate[0]!.a.body, body },
      });
    }
  },
});
