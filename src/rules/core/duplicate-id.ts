// Two files that claim the same policy id: links and calendars cannot tell them apart.
import { defineRule } from '../../engine/rule.js';

export default defineRule({
  id: 'duplicate-id',
  pack: 'core',
  scope: 'register',
  meta: {
    description: 'Every policy id is used by exactly one file in the register.',
    messages: {
      duplicate: 'The id {{id}} is also used by {{others}}. Each policy needs its own id: give one of them a new id and update any links to it.',
    },
    defaultOptions: {},
  },
  check({ register, report }) {
    for (const [id, policies] of register.byId) {
      if (policies.length < 2) continue;
      for (const policy of policies) {
        const others = policies.filter((p) => p !== policy);
        report({
          policy,
          field: ['id'],
          messageId: 'duplicate',
          data: { id, others: others.map((p) => p.file).join(', ') },
          related: others.map((p) => ({ policy: p, field: ['id'], message: `${id} is also used here` })),
        });
      }
    }
  },
});
