// The Housing Ombudsman's annual submission: by 30 September for landlords with 1,000 or more homes, otherwise within
// six months of the financial year's end.
import { defineRule } from '../../engine/rule.js';
import { LARGE_LANDLORD_HOMES, RECORD_BASES } from './data.js';
import { englandOptions } from './options.js';
import { dateValue, lastPassedDeadline, withinMonths, yearLabel } from './records.js';

export default defineRule({
  id: 'ombudsman-submission',
  pack: 'england',
  scope: 'register',
  meta: {
    description: 'The annual submission to the Housing Ombudsman (self-assessment and complaints report) was made by its deadline.',
    basis: RECORD_BASES.annualSubmission,
    messages: {
      homesUnknown:
        "england.homes_owned is not set, so the Housing Ombudsman's submission deadline cannot be worked out (30 September with 1,000 or more homes, otherwise six months after the year end). Set it to the number of social homes owned.",
      missing:
        "No annual submission to the Housing Ombudsman is recorded for {{year}}: it was due by {{deadline}} ({{rule}}). Make the submission and record its date as submitted on that year's self-assessment under england.complaints_self_assessments.",
      late: "The annual submission for {{year}} was made on {{submitted}}, after its deadline of {{deadline}} ({{rule}}). Record why, and plan this year's submission so it is made on time.",
    },
    defaultOptions: {},
  },
  check({ config, today, report }) {
    const options = englandOptions(config);
    const records = options.complaints_self_assessments;
    // Without a current self-assessment, core finding is made by england/complaints-self-assessment: one message.
    if (
      !records.some((r) => {
        const d = dateValue(r.approved);
        return d !== undefined && withinMonths(d, today, 12);
      })
    )
      return;
    if (options.homes_owned === undefined) {
      report({ messageId: 'homesUnknown' });
      return;
    }
    const { deadline, yearEnd } = lastPassedDeadline(today, options.homes_owned, options.financial_year_end);
    const large = options.homes_owned >= LARGE_LANDLORD_HOMES;
    const rule = large ? 'landlords with 1,000 or more homes submit by 30 September' : 'within six months of the financial year end';
    const year = yearLabel(yearEnd, options.financial_year_end);
    // The submission for that year falls after the year's end; the first one on or after it counts.
    const submissions = records
      .map((r) => dateValue(r.submitted))
      .filter((d): d is string => d !== undefined && d > yearEnd && d <= today)
      .sort();
    const first = submissions[0];
    if (first === undefined) report({ messageId: 'missing', data: { year, deadline, rule } });
    else if (first > deadline) report({ messageId: 'late', data: { year, deadline, rule, submitted: first } });
  },
});
