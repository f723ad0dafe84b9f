// The programme as CSV that Excel and LibreOffice open correctly: UTF-8 with a byte-order mark, CRLF, ISO dates,
// headers in words, ids kept as text, no formulas from the register.
import { stringify } from 'csv-stringify/sync';
import type { PrepState, Programme, ReviewItem } from '../../calendar/schedule.js';
import { plainText } from '../neutralise.js';

export const CSV_COLUMNS = [
  'Committee',
  'Meeting',
  'Paper deadline',
  'Policy id',
  'Title',
  'Category',
  'Owner',
  'Approving body',
  'Review due',
  'Overdue',
  'Late',
  'Start consultation by',
  'Consultation',
  'Start impact assessment by',
  'Impact assessment',
  'Not placed because',
  'Add to the config',
  'Notes',
] as const;
const ID_COLUMN = CSV_COLUMNS.indexOf('Policy id');

const PREP: Record<PrepState, string> = { 'to-start': 'to start', 'start-passed': 'start date passed', 'under-way': 'under way' };
const UNPLACED = {
  'no-committee': 'no committee',
  'no-open-meeting': 'no meeting open for papers',
  'meetings-run-out': 'meeting dates run out',
} as const;

function row(r: ReviewItem): string[] {
  return [
    r.committee ?? '',
    r.meeting ?? '',
    r.paperDeadline ?? '',
    r.id,
    r.title,
    r.category,
    r.owner,
    r.approvingBody,
    r.due,
    r.overdue ? 'yes' : 'no',
    r.late ? 'yes' : 'no',
    r.consultationStart ?? '',
    r.consultationState ? PREP[r.consultationState] : 'not needed',
    r.eiaStart ?? '',
    r.eiaState ? PREP[r.eiaState] : 'not needed',
    r.unplaced ? UNPLACED[r.unplaced] : '',
    r.configFix ?? '',
    r.notes.join('; '),
  ];
}

/**
 * Ids a spreadsheet would read as a number or a date ("010" becomes 10, "3-4" the 3rd of April). Written as the
 * text formula ="010", which Excel and LibreOffice (with its default "Evaluate formulas") show as the text 010.
 * The pattern admits only digits and number punctuation, so the formula can never hold anything else.
 */
const NUMBER_LIKE = /^(?:[0-9][0-9 ./:-]*|[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+)$/;

export function formatCsv(programme: Programme): string {
  const rows = [...programme.meetings.flatMap((m) => m.reviews), ...programme.unscheduled].map((r) => row(r).map(plainText));
  return stringify([[...CSV_COLUMNS], ...rows], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n"]/,
    // escape_formulas prefixes a cell starting = + - @ tab or CR with a quote, so a title can never run as a formula.
    escape_formulas: true,
    cast: {
      string: (value, context) =>
        context.index === ID_COLUMN && !context.header && context.records > 0 && NUMBER_LIKE.test(value)
          ? { value: `="${value}"`, escape_formulas: false, quoted: true }
          : value,
    },
  });
}
