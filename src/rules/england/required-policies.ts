// The policies an English landlord must have (data.ts) where the duty is statute or a regulatory requirement: each
// missing, out-of-date or uncovered item is one finding naming the duty and its grade. Items graded guidance or good
// practice are england/expected-policies' (a warning), so no finding is more severe than its basis.
import type { Grade } from '../../engine/pack.js';
import { defineRule, type RuleContextBase } from '../../engine/rule.js';
import type { Policy } from '../../load/policy.js';
import { describeDue, isInForce, reviewState } from '../../register/review.js';
import { GRADE_TITLES } from '../../types.js';

export const REQUIRED_MESSAGES = {
  missing: 'The register has no {{title}}. Add it as a policy with kind: {{kind}}, or, if it does not apply, say why under required_policies.not_applicable.',
  missingFor: 'The register has no {{title}} for {{item}}. Add one with kind: {{kind}} and applies_to: ["{{item}}"].',
  notCurrent: 'The register has no current {{title}}: {{why}}. Review and approve it.',
};

/** Report the England pack's required items whose basis has one of `grades`. */
export function checkRequired({ register, config, today, report }: RuleContextBase<unknown>, grades: ReadonlySet<Grade>): void {
  const current = (p: Policy) => isInForce(p) && p.data.next_review !== undefined && reviewState(p, today, config)?.timing !== 'overdue';
  const why = (candidates: Policy[]) => candidates.map((p) => {
    const s = isInForce(p) ? reviewState(p, today, config) : undefined;
    return `${p.data.id ?? p.file} ${!isInForce(p) ? `is ${p.data.status ?? 'without a status'}` : s ? `was due for review ${describeDue(s)}` : 'has no valid next_review'}`;
  }).join('; ');
  for (const item of config.requiredPolicies) {
    if (item.from !== 'england' || !grades.has(item.basis.grade) || item.notApplicable) continue;
    if (item.commencement && today < item.commencement) continue;
    // "A tenancy policy" -> "tenancy policy"; "... for each higher-risk building" -> named per item below.
    let title = item.title.replace(/^(A|An) /, '');
    if (item.perItem) title = title.replace(/ for each .*$/, '');
    const data = { title, grade: GRADE_TITLES[item.basis.grade], kind: item.kinds[0]! };
    const ofKind = register.policies.filter((p) => p.data.kind !== undefined && item.kinds.includes(p.data.kind));
    const groups = item.perItem
      ? (item.items ?? []).map((name) => ({ name, policies: ofKind.filter((p) => p.data.applies_to?.includes(name)) }))
      : [{ name: undefined, policies: ofKind }];
    for (const { name, policies } of groups) {
      if (policies.length === 0) {
        report(name === undefined ? { messageId: 'missing', data, basis: item.basis } : { messageId: 'missingFor', data: { ...data, item: name }, basis: item.basis });
      } else if (item.current !== false && !policies.some(current)) {
        report({
          messageId: 'notCurrent',
          data: { ...data, why: why(policies) },
          basis: item.basis,
          related: policies.map((p) => ({ policy: p, field: ['status'], message: `${p.data.id ?? p.file}: ${p.data.status ?? 'no status'}` })),
        });
      }
    }
  }
}

export default defineRule({
  id: 'required-policies',
  pack: 'england',
  scope: 'register',
  meta: {
    description: "The register holds, approved and in date, each policy English law or regulation requires (by kind), and a residents' engagement strategy for each listed higher-risk building.",
    // Each finding carries its item's basis (statute or regulatory requirement): the rule claims only the weaker.
    basis: {
      grade: 'regulatory-requirement',
      citation: 'per item, statute or regulatory requirement (Housing Act 1996 s218A, Building Safety Act 2022 s91, the consumer standards, the Complaint Handling Code): see docs/england.md',
      source: 'https://www.legislation.gov.uk/ukpga/2022/30/section/91',
    },
    messages: REQUIRED_MESSAGES,
    defaultOptions: {},
  },
  check(context) {
    checkRequired(context, new Set<Grade>(['statute', 'regulatory-requirement']));
  },
});
