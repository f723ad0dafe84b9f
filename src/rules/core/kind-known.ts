// Rules that need "the allocations policy" or "the complaints procedure" find it by kind: a kind must be one the
// packs know, and a policy a rule relies on should say its kind rather than leave it to a guess from its title.
import { defineRule } from '../../engine/rule.js';
import { kindOf, kindsRelied } from '../../register/kinds.js';
import { RETIRED } from '../../register/review.js';
import { closest } from '../../util/suggest.js';

export default defineRule({
  id: 'kind-known',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'kind is one the packs in force or the config define; a policy a rule relies on has one (suggested from its title).',
    basis: { grade: 'board-rule', citation: 'The kinds of policy the register uses (the packs in force and policies.config.yaml)' },
    messages: {
      unknown:
        'kind is {{kind}}, which no pack in force or policies.config.yaml defines.{{suggestion}} Run `policies rules --kinds` for the list, or add it under kinds: in policies.config.yaml.',
      suggest:
        'This policy has no kind. From its title it is taken to be of kind {{kind}} ({{title}}), which the rules look policies up by. Add kind: {{kind}} (or the right kind, if that is wrong).',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const kind = policy.data.kind;
    if (kind !== undefined) {
      if (config.kinds.has(kind)) return;
      const near = closest(kind, config.kinds.keys());
      report({ field: ['kind'], messageId: 'unknown', data: { kind, suggestion: near ? ` Did you mean ${near}?` : '' } });
      return;
    }
    if (Object.hasOwn(policy.raw, 'kind') || !policy.data.status || RETIRED.has(policy.data.status)) return;
    const guessed = kindOf(policy, config);
    const suggested = guessed && config.kinds.get(guessed.id);
    if (suggested && kindsRelied(config).has(suggested.id)) {
      report({ field: ['title'], messageId: 'suggest', data: { title: suggested.title.toLowerCase(), kind: suggested.id } });
    }
  },
});
