// The Complaint Handling Code: a self-assessment against the Code at least once a year, approved by the governing
// body and published with the annual complaints report.
import { defineRule } from '../../engine/rule.js';
import { addMonths } from '../../util/dates.js';
import { RECORD_BASES } from './data.js';
import { englandOptions } from './options.js';
import { dateValue, withinMonths } from './records.js';

export default defineRule({
  id: 'complaints-self-assessment',
  pack: 'england',
  scope: 'register',
  meta: {
    description:
      "The governing body approved a self-assessment against the Housing Ombudsman's Complaint Handling Code within the last twelve months, and it was published.",
    basis: RECORD_BASES.selfAssessment,
    messages: {
      none: 'No self-assessment against the Complaint Handling Code is recorded. The governing body must approve one at least every year and publish it with the annual complaints report: record it under england.complaints_self_assessments (approved, body, minute, published, url).',
      stale:
        "The last self-assessment against the Complaint Handling Code was approved on {{approved}}, more than twelve months ago (the next was due by {{due}}). Bring this year's self-assessment to {{body}} for approval, publish it, and record it under england.complaints_self_assessments.",
      notPublished:
        "The self-assessment approved on {{approved}} has no {{missing}}. Publish it on the website with the annual complaints performance and service improvement report and the governing body's response, and record the date and address (published, url).",
    },
    defaultOptions: {},
  },
  check({ config, today, report }) {
    const records = englandOptions(config)
      .complaints_self_assessments.map((r) => ({ ...r, approved: dateValue(r.approved) }))
      .filter((r): r is typeof r & { approved: string } => r.approved !== undefined && r.approved <= today)
      .sort((a, b) => (a.approved < b.approved ? 1 : -1));
    const latest = records[0];
    if (!latest) {
      report({ messageId: 'none' });
      return;
    }
    if (!withinMonths(latest.approved, today, 12)) {
      report({
        messageId: 'stale',
        data: { approved: latest.approved, due: addMonths(latest.approved, 12), body: latest.body ?? 'the governing body' },
      });
      return;
    }
    const missing = [
      dateValue(latest.published) ? undefined : 'publication date (published)',
      latest.url ? undefined : 'address (url)',
    ].filter(Boolean);
    if (missing.length > 0) report({ messageId: 'notPublished', data: { approved: latest.approved, missing: missing.join(' or ') } });
  },
});
