// A policy in force that points readers to a retired or out-of-date policy passes its problem on.
import { defineRule } from '../../engine/rule.js';
import { describeDue, isInForce, RETIRED, reviewState } from '../../register/review.js';

export default defineRule({
  id: 'link-status',
  pack: 'core',
  scope: 'register',
  meta: {
    description: 'A policy in force does not link to a policy that is superseded, withdrawn or overdue for review.',
    messages: {
      retired:
        'linked_policies names {{id}} ({{title}}), which is {{status}}.{{replacement}} Link to the policy now in force, or remove the link.',
      overdue:
        'linked_policies names {{id}} ({{title}}), whose review was due {{due}} and is overdue. Check the link still holds when {{id}} is reviewed.',
    },
    defaultOptions: {},
  },
  check({ register, today, config, report }) {
    // Who replaced whom, built once so the lookup below stays linear.
    const replacedBy = new Map<string, string>();
    for (const p of register.policies)
      for (const old of p.data.supersedes ?? []) if (p.data.id && isInForce(p)) replacedBy.set(old, p.data.id);
    for (const policy of register.policies) {
      if (!isInForce(policy)) continue;
      (policy.data.linked_policies ?? []).forEach((id, i) => {
        const target = register.get(id);
        if (!target || target === policy) return;
        const status = target.data.status;
        const title = target.data.title ?? target.file;
        if (status && RETIRED.has(status)) {
          const newer = replacedBy.get(id);
          report({
            policy,
            field: ['linked_policies', i],
            messageId: 'retired',
            data: { id, title, status, replacement: newer ? ` It is replaced by ${newer}.` : '' },
            related: [{ policy: target, field: ['status'], message: `${id} is ${status}` }],
          });
          return;
        }
        const state = reviewState(target, today, config);
        if (state?.timing === 'overdue')
          report({
            policy,
            field: ['linked_policies', i],
            messageId: 'overdue',
            data: { id, title, due: describeDue(state) },
            related: [{ policy: target, field: ['next_review'], message: `${id} was due for review ${describeDue(state)}` }],
          });
      });
    }
  },
});
