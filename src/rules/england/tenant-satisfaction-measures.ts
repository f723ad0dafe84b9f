// Tenant Satisfaction Measures: every registered provider publishes them each year; those owning 1,000 or more
// homes also submit them to the regulator.
import { defineRule } from '../../engine/rule.js';
import { addMonths } from '../../util/dates.js';
import { LARGE_LANDLORD_HOMES, RECORD_BASES } from './data.js';
import { englandOptions } from './options.js';
import { dateValue, lastYearEnd, yearEndIn, yearLabel } from './records.js';

interface Options {
  /** Months after the year end by which that year's results are expected to be published. */
  publishWithinMonths: number;
}

export default defineRule<Options>({
  id: 'tenant-satisfaction-measures',
  pack: 'england',
  scope: 'register',
  meta: {
    description:
      'Tenant Satisfaction Measures are published for the last complete year (and submitted to the regulator by landlords with 1,000 or more homes).',
    basis: RECORD_BASES.tenantSatisfactionMeasures,
    messages: {
      missing:
        'No Tenant Satisfaction Measures are recorded for {{year}}, the last complete year (expected published by {{expected}}). Publish the results, the target timescales for RP02 and CH02 and the survey summary, and record them under england.tenant_satisfaction_measures (year, published, url).',
      notPublished:
        'The Tenant Satisfaction Measures for {{year}} have no {{missing}}. Publish them where tenants can easily find them and record the date and address.',
      notSubmitted:
        'The Tenant Satisfaction Measures for {{year}} have no submission date. With {{homes}} homes owned (1,000 or more), they are also submitted to the regulator through NROSH+: record the date as submitted.',
    },
    defaultOptions: { publishWithinMonths: 3 },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { publishWithinMonths: { type: 'integer', minimum: 0, maximum: 12 } },
    },
  },
  check({ config, today, options, report }) {
    const england = englandOptions(config);
    const fye = england.financial_year_end;
    // The last complete year whose results are due: the year's end plus the publication window has passed.
    let yearEnd = lastYearEnd(today, fye);
    if (addMonths(yearEnd, options.publishWithinMonths) >= today) yearEnd = yearEndIn(Number(yearEnd.slice(0, 4)) - 1, fye);
    const year = yearLabel(yearEnd, fye);
    const record = england.tenant_satisfaction_measures.find((r) => r.year === year);
    if (!record) {
      report({ messageId: 'missing', data: { year, expected: addMonths(yearEnd, options.publishWithinMonths) } });
      return;
    }
    const missing = [
      dateValue(record.published) ? undefined : 'publication date (published)',
      record.url ? undefined : 'address (url)',
    ].filter(Boolean);
    if (missing.length > 0) report({ messageId: 'notPublished', data: { year, missing: missing.join(' or ') } });
    else if ((england.homes_owned ?? 0) >= LARGE_LANDLORD_HOMES && !dateValue(record.submitted)) {
      report({ messageId: 'notSubmitted', data: { year, homes: england.homes_owned ?? 0 } });
    }
  },
});
