// The register must say plainly which policy is in force: a replaced policy is marked so, and replaced once.
import { defineRule } from '../../engine/rule.js';
import type { Policy } from '../../load/policy.js';
import { isInForce, RETIRED } from '../../register/review.js';

export default defineRule({
  id: 'supersession',
  pack: 'core',
  scope: 'register',
  meta: {
    description:
      'A policy that a policy in force supersedes has status superseded (or withdrawn), and no policy is superseded by two policies in force.',
    messages: {
      notMarked:
        '{{newer}} ({{newerFile}}) supersedes this policy, but its status is {{status}}. Set status: superseded so the register shows which policy is in force.',
      twice:
        'This policy is superseded by both {{first}} and {{second}}, which are both in force. Only one policy can replace it: correct supersedes in one of them.',
    },
    defaultOptions: {},
  },
  check({ register, report }) {
    const successors = new Map<string, { policy: Policy; index: number }[]>();
    for (const policy of register.policies) {
      if (!isInForce(policy)) continue;
      (policy.data.supersedes ?? []).forEach((id, index) => {
        if (id === policy.data.id) return;
        const list = successors.get(id) ?? [];
        list.push({ policy, index });
        successors.set(id, list);
      });
    }
    for (const [id, list] of successors) {
      const old = register.get(id);
      if (!old) continue; // core/link-exists reports it
      const first = list[0]!;
      const status = old.data.status;
      if (status && !RETIRED.has(status)) {
        report({
          policy: old,
          field: ['status'],
          messageId: 'notMarked',
          data: { newer: first.policy.data.id!, newerFile: first.policy.file, status },
          related: [{ policy: first.policy, field: ['supersedes', first.index], message: `${first.policy.data.id} supersedes ${id}` }],
        });
      }
      if (list.length > 1) {
        const second = list[1]!;
        report({
          policy: old,
          field: ['id'],
          messageId: 'twice',
          data: { first: first.policy.data.id!, second: second.policy.data.id! },
          related: list.map((s) => ({ policy: s.policy, field: ['supersedes', s.index], message: `${s.policy.data.id} supersedes ${id}` })),
        });
      }
    }
  },
});
