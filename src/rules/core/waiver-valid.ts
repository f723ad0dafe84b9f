// Exceptions must be recorded, reasoned and time-limited: a waiver that is not is itself a finding.
import { defineRule } from '../../engine/rule.js';
import { closest } from '../../util/suggest.js';

export default defineRule({
  id: 'waiver-valid',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'Every waiver names a rule that can be waived, gives a reason and who approved it, and has not expired.',
    basis: { grade: 'board-rule', citation: 'An exception the approving body accepted, with a reason, an approver and an end date' },
    messages: {
      unknownRule: 'The waiver names {{rule}}, which is not a rule.{{suggestion}} Run `policies rules` for the list.',
      unwaivable: 'The waiver names {{rule}}, which cannot be waived: the file itself must be put right.',
      noReason:
        'The waiver of {{rule}} gives no reason. Add reason: "..." saying why the finding is accepted; without one it has no effect.',
      noApprover: 'The waiver of {{rule}} does not say who approved it. Add approved_by: with the body or role and the minute reference.',
      noUntil: 'The waiver of {{rule}} has no end date. Add until: YYYY-MM-DD; an exception without an end date is never revisited.',
      expired:
        'The waiver of {{rule}} expired on {{until}}, so the finding it accepted is reported again. Put the finding right, or renew the waiver with a new approval and date.',
    },
    unwaivable: true,
    defaultOptions: {},
  },
  check({ policy, today, config, report }) {
    if (!policy.data.waivers?.length) return;
    // The rules known are the registry's (every pack's), so a waiver of a rule whose pack is not in force is no mistake.
    const known = [...config.knownRules.keys()];
    (policy.data.waivers ?? []).forEach((waiver, i) => {
      const rule = waiver.rule;
      const qualified = rule.includes('/') ? rule : known.find((id) => id.endsWith(`/${rule}`));
      if (!qualified || !known.includes(qualified)) {
        const near = closest(rule, known);
        report({
          field: ['waivers', i, 'rule'],
          messageId: 'unknownRule',
          data: { rule, suggestion: near ? ` Did you mean ${near}?` : '' },
        });
        return;
      }
      if (config.knownRules.get(qualified)?.unwaivable) report({ field: ['waivers', i, 'rule'], messageId: 'unwaivable', data: { rule } });
      if (!waiver.reason?.trim()) report({ field: ['waivers', i], messageId: 'noReason', data: { rule } });
      if (!waiver.approved_by?.trim()) report({ field: ['waivers', i], messageId: 'noApprover', data: { rule } });
      if (!waiver.until) report({ field: ['waivers', i], messageId: 'noUntil', data: { rule } });
      else if (waiver.until < today) report({ field: ['waivers', i, 'until'], messageId: 'expired', data: { rule, until: waiver.until } });
    });
  },
});
