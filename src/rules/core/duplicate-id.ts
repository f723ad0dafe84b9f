// Two files that claim the same policy id: links and calendars cannot tell them apart.
import { defineRule } from '../../engine/rule.js';
import type { Policy } from '../../load/policy.js';

/**
 * What an id looks like once printed: Unicode compatibility forms folded (NFKC: a full-width Ｈ is H, a composed
 * é equals e plus its accent), surrounding white space dropped and runs of it made one space, as HTML shows them.
 */
export function printedId(id: string): string {
  return id.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

export default defineRule({
  id: 'duplicate-id',
  pack: 'core',
  scope: 'register',
  meta: {
    description: 'Every policy id is used by exactly one file in the register.',
    messages: {
      duplicate:
        'The id {{id}} is also used by {{others}}. Each policy needs its own id: give one of them a new id and update any links to it.',
      lookalike:
        'The id {{shown}} prints the same as the id of {{others}}: they differ only in spaces or in how a character is encoded. Each policy needs its own id: give one of them a new id, and write ids without leading, trailing or doubled spaces.',
    },
    defaultOptions: {},
  },
  check({ register, report }) {
    const byPrinted = new Map<string, Policy[]>();
    for (const policies of register.byId.values()) {
      for (const policy of policies) {
        const key = printedId(policy.data.id!);
        const list = byPrinted.get(key);
        if (list) list.push(policy);
        else byPrinted.set(key, [policy]);
      }
    }
    for (const policies of byPrinted.values()) {
      if (policies.length < 2) continue;
      for (const policy of policies) {
        const id = policy.data.id!;
        const others = policies.filter((p) => p !== policy);
        const exact = others.every((p) => p.data.id === id);
        report({
          policy,
          field: ['id'],
          messageId: exact ? 'duplicate' : 'lookalike',
          data: exact
            ? { id, others: others.map((p) => p.file).join(', ') }
            : { shown: JSON.stringify(id), others: others.map((p) => `${p.file} (${JSON.stringify(p.data.id)})`).join(', ') },
          related: others.map((p) => ({ policy: p, field: ['id'], message: `${id} is also used here` })),
        });
      }
    }
  },
});
