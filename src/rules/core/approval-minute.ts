// A decision without a minute reference cannot be traced to the meeting that took it.
import { defineRule } from '../../engine/rule.js';

export default defineRule({
  id: 'approval-minute',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'Every entry in approvals has a minute reference.',
    basis: { grade: 'good-practice', citation: 'Each approval can be traced to the minutes of the meeting that took it' },
    messages: {
      missing:
        'The approval on {{date}} by {{body}} has no minute reference. Add minute: "..." with the reference from the minutes of that meeting.',
    },
    defaultOptions: {},
  },
  check({ policy, report }) {
    (policy.data.approvals ?? []).forEach((approval, i) => {
      if (approval.minute === undefined || approval.minute.trim() === '')
        report({ field: ['approvals', i], at: 'value', messageId: 'missing', data: { date: approval.date, body: approval.body } });
    });
  },
});
