// A link to a policy that is not in the register sends readers nowhere, and usually means a typo or a lost file.
import { defineRule } from '../../engine/rule.js';
import { closest } from '../../util/suggest.js';
import { isInvalid } from '../../register/review.js';

export default defineRule({
  id: 'link-exists',
  pack: 'core',
  scope: 'register',
  meta: {
    description: 'Every id in linked_policies and supersedes is a policy in the register.',
    messages: {
      missing:
        '{{field}} names {{id}}, but no policy in the register has that id.{{suggestion}} Correct the id, add the policy, or remove the link.',
    },
    defaultOptions: {},
  },
  check({ register, focus, report }) {
    const ids = [...register.byId.keys()];
    // Ids written so that they fail the schema (`id: 010`, read as the number 10), as written: core/schema
    // reports those policies, and a link to one is not a second problem.
    const invalidIds = new Set(
      register.policies
        .filter((p) => isInvalid(p, 'id'))
        .map((p) => p.positions.source(['id'])?.trim())
        .filter((s) => s !== undefined),
    );
    for (const policy of register.policies) {
      const wanted = !focus || focus.files.has(policy.file);
      for (const field of ['linked_policies', 'supersedes'] as const) {
        (policy.data[field] ?? []).forEach((id, i) => {
          if (register.byId.has(id) || invalidIds.has(id) || (!wanted && !focus!.ids.has(id))) return;
          const near = closest(id, ids);
          report({
            policy,
            field: [field, i],
            messageId: 'missing',
            data: { field, id, suggestion: near ? ` Did you mean ${near}?` : '' },
          });
        });
      }
    }
  },
});
