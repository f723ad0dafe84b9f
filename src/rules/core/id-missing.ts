// A policy without an id cannot be linked, scheduled or told apart from the others.
import { defineRule } from '../../engine/rule.js';

export default defineRule({
  id: 'id-missing',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'Every policy has a non-empty id.',
    messages: {
      missing: 'This policy has no id. Add the policy number as the association writes it, quoted, for example id: "HM-05".',
      empty: 'The id is empty. Write the policy number as the association writes it, quoted, for example id: "HM-05".',
    },
    defaultOptions: {},
  },
  check({ policy, report }) {
    if (!('id' in policy.raw)) report({ location: { line: 1, column: 1 }, messageId: 'missing' });
    else if (policy.raw.id === null || (typeof policy.raw.id === 'string' && policy.raw.id.trim() === ''))
      report({ field: ['id'], at: 'key', messageId: 'empty' });
  },
});
