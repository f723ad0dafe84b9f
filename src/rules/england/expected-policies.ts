// The policies guidance or good practice expects of an English landlord (written health and safety policies, a tenant
// engagement strategy, adaptations, domestic abuse, tenancy, damp and mould...): reported as warnings, never errors.
// Those the law or the regulator requires are the pack's requiredPolicies, which core/required-policies reports.
import { defineRule } from '../../engine/rule.js';
import { kindOf } from '../../register/kinds.js';
import { describeDue, isInForce, reviewState } from '../../register/review.js';
import { GRADE_REQUIRES } from '../../types.js';
import { EXPECTED_POLICIES, SOURCES } from './data.js';
import { englandOptions } from './options.js';

interface Options {
  /** Items that do not apply, by id, with the reason and who decided. */
  notApplicable: Record<string, string>;
}

export default defineRule<Options>({
  id: 'expected-policies',
  pack: 'england',
  scope: 'register',
  meta: {
    description:
      'The register holds, approved and in date, each policy guidance or good practice expects of an English landlord (by kind).',
    basis: { grade: 'good-practice', citation: 'per item, guidance or good practice: see docs/england.md', source: SOURCES.safetyQuality },
    messages: {
      missing:
        "The register has no {{what}} (expected policy {{id}}), which {{strength}}. Add it, with kind: {{kind}}; if it does not apply, say why in this rule's notApplicable option.",
      notCurrent:
        'The register has no current {{what}} (expected policy {{id}}), which {{strength}}: {{why}}. Review it and record the approval.',
    },
    defaultOptions: { notApplicable: {} },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        notApplicable: {
          type: 'object',
          propertyNames: { enum: EXPECTED_POLICIES.map((p) => p.id) },
          additionalProperties: { type: 'string', minLength: 1 },
        },
      },
    },
  },
  check({ register, config, today, options, report }) {
    const landlord = englandOptions(config).landlord_type;
    for (const item of EXPECTED_POLICIES) {
      if (options.notApplicable[item.id] !== undefined) continue;
      if ('when' in item && !item.when.every((c) => c.equals === landlord)) continue;
      if ('commencement' in item && today < item.commencement) continue;
      const candidates = register.policies.filter((p) => {
        const kind = kindOf(p, config)?.id;
        return kind !== undefined && (item.kinds as readonly string[]).includes(kind);
      });
      const data = {
        what: item.title.replace(/^(A|An) /, ''),
        id: item.id,
        kind: item.kinds[0],
        strength: GRADE_REQUIRES[item.basis.grade],
      };
      if (candidates.length === 0) {
        report({ messageId: 'missing', data, basis: item.basis });
        continue;
      }
      const current = candidates.filter(
        (p) => isInForce(p) && reviewState(p, today, config) !== undefined && reviewState(p, today, config)!.timing !== 'overdue',
      );
      if (current.length > 0) continue;
      const why = candidates
        .map((p) => {
          const s = isInForce(p) ? reviewState(p, today, config) : undefined;
          return `${p.data.id ?? p.file} ${s ? `was due for review ${describeDue(s)}` : isInForce(p) ? 'has no valid next_review' : `is ${p.data.status ?? 'without a status'}`}`;
        })
        .join('; ');
      report({
        messageId: 'notCurrent',
        data: { ...data, why },
        basis: item.basis,
        related: candidates.map((p) => ({
          policy: p,
          field: ['status'],
          message: `${p.data.id ?? p.file}: ${p.data.status ?? 'no status'}`,
        })),
      });
    }
  },
});
