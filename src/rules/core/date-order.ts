// Dates that contradict each other or the calendar: a record that cannot be true cannot be evidence.
import { defineRule } from '../../engine/rule.js';
import type { YamlPath } from '../../load/yaml.js';
import { reviewDueDate } from '../../util/dates.js';

export default defineRule({
  id: 'date-order',
  pack: 'core',
  scope: 'policy',
  meta: {
    description:
      'Dates are in a possible order: adopted before last_reviewed, next_review after it, consultations close after they open, and nothing that has already happened is dated after today.',
    messages: {
      future:
        '{{field}} is {{date}}, after today ({{today}}): {{what}} cannot have happened yet. Correct the date, or remove it until it has happened.',
      reviewedBeforeAdopted:
        'last_reviewed {{reviewed}} is before adopted {{adopted}}: a policy cannot be reviewed before it exists. Correct one of the dates.',
      nextBeforeReviewed: 'next_review {{next}} is before last_reviewed {{reviewed}}. Set next_review to a date after the last review.',
      closedBeforeOpened: 'consultation.closed {{closed}} is before consultation.opened {{opened}}. Correct one of the dates.',
    },
    defaultOptions: {},
  },
  check({ policy, today, report }) {
    const { adopted, last_reviewed, next_review, approvals, eia, consultation } = policy.data;
    const past: [YamlPath, string | undefined, string][] = [
      [['adopted'], adopted, 'an adoption'],
      [['last_reviewed'], last_reviewed, 'a review'],
      [['eia', 'completed'], eia?.completed, 'a completed assessment'],
      ...(approvals ?? []).map((a, i): [YamlPath, string, string] => [['approvals', i, 'date'], a.date, 'an approval']),
    ];
    for (const [path, date, what] of past) {
      if (date && date > today)
        report({ field: path, messageId: 'future', data: { field: path.join('.').replace(/\.(\d+)\./, '[$1].'), date, today, what } });
    }
    if (adopted && last_reviewed && last_reviewed < adopted)
      report({ field: ['last_reviewed'], messageId: 'reviewedBeforeAdopted', data: { reviewed: last_reviewed, adopted } });
    const due = next_review ? reviewDueDate(next_review) : undefined;
    if (next_review && due && last_reviewed && due <= last_reviewed)
      report({ field: ['next_review'], messageId: 'nextBeforeReviewed', data: { next: next_review, reviewed: last_reviewed } });
    if (consultation?.opened && consultation.closed && consultation.closed < consultation.opened) {
      report({
        field: ['consultation', 'closed'],
        messageId: 'closedBeforeOpened',
        data: { closed: consultation.closed, opened: consultation.opened },
      });
    }
  },
});
