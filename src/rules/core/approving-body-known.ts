// A policy whose approving body is not one of the committees in the config cannot be placed in the review programme,
// and its approvals cannot be checked against that body's remit: check says so, not only the calendar.
import { committeeNamed } from '../../config/config.js';
import { defineRule } from '../../engine/rule.js';
import { RETIRED } from '../../register/review.js';
import { closest } from '../../util/suggest.js';

export default defineRule({
  id: 'approving-body-known',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'When policies.config.yaml lists committees, approving_body names one of them (or an alias).',
    basis: { grade: 'board-rule', citation: 'The bodies that approve policies (committees in policies.config.yaml)' },
    messages: {
      unknown:
        'approving_body is "{{body}}", which is not a committee (or alias) in {{config}}.{{suggestion}} Correct the name, or add it to the committee\'s aliases.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const body = policy.data.approving_body;
    if (!body || config.committees.length === 0 || !policy.data.status || RETIRED.has(policy.data.status) || committeeNamed(config, body))
      return;
    const names = config.committees.flatMap((c) => [c.name, ...c.aliases]);
    const near = closest(body, names);
    report({
      field: ['approving_body'],
      messageId: 'unknown',
      data: {
        body,
        config: config.file ?? 'policies.config.yaml',
        suggestion: near ? ` Did you mean ${near}?` : ` The committees are: ${config.committees.map((c) => c.name).join(', ')}.`,
      },
    });
  },
});
