// The policies a landlord must have: the packs' list (from their law and regulator) and the config's own. A missing
// or out-of-date one is named with the strength of its basis; the config may mark one not applicable, with reasons.
import { defineRule } from '../../engine/rule.js';
import { requiredPolicyStatus } from '../../register/required.js';
import { describeDue, reviewState } from '../../register/review.js';
import { GRADE_REQUIRES } from '../../types.js';

/** "Allocation rules" -> "allocation rules", in mid-sentence; "SPSO" stays. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

export default defineRule({
  id: 'required-policies',
  pack: 'core',
  scope: 'register',
  meta: {
    description:
      'The register holds a current, approved policy for each policy the packs in force (and the config) require, unless the config marks it not applicable.',
    messages: {
      missing:
        'The register has no {{what}} (required policy {{id}}), which {{strength}}. Add it, with kind: {{kind}}; if it does not apply to {{who}}, say so under required_policies.not_applicable in {{config}}, with the reason and who decided.',
      missingForItem:
        'The register has no {{what}} for {{item}} (required policy {{id}}), which {{strength}}. Add one with kind: {{kind}} and applies_to: ["{{item}}"].',
      notCurrent:
        'The register has no current {{what}} (required policy {{id}}), which {{strength}}: {{why}}. Review it and record the approval.',
    },
    defaultOptions: {},
  },
  check({ register, config, today, report }) {
    const configFile = config.file ?? 'policies.config.yaml';
    for (const status of requiredPolicyStatus(register.policies, config, today)) {
      const { requirement, item } = status;
      const data = {
        what: lowerFirst(requirement.title.replace(/^(a|an|the) /i, '')),
        strength: GRADE_REQUIRES[requirement.basis.grade],
        kind: requirement.kinds[0]!,
        id: requirement.id,
        who: config.organisation || 'the organisation',
        config: configFile,
        ...(item !== undefined ? { item } : {}),
      };
      if (status.state === 'missing')
        report({ messageId: item !== undefined ? 'missingForItem' : 'missing', data, basis: requirement.basis });
      if (status.state !== 'not-current') continue;
      const why = status.candidates
        .map((p) => {
          const state = reviewState(p, today, config);
          const id = p.data.id ?? p.file;
          if (state) return `${id} was due for review ${describeDue(state)}`;
          return p.data.status === 'approved' || p.data.status === 'under-review'
            ? `${id} has no valid next_review`
            : `${id} is ${p.data.status ?? 'without a status'}`;
        })
        .join('; ');
      report({
        messageId: 'notCurrent',
        data: { ...data, why },
        basis: requirement.basis,
        related: status.candidates.map((p) => ({
          policy: p,
          field: ['status'],
          message: `${p.data.id ?? p.file}: ${p.data.status ?? 'no status'}`,
        })),
      });
    }
  },
});
