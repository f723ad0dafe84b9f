// The programme as CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF, ISO dates, no formulas.
import { stringify } from 'csv-stringify/sync';
import type { Programme, ReviewItem } from '../../calendar/schedule.js';
import { plainText } from '../neutralise.js';

export const CSV_COLUMNS = ['committee', 'meeting', 'paper_deadline', 'policy_id', 'title', 'category', 'owner', 'approving_body', 'review_due', 'late', 'consultation_start', 'eia_start', 'notes'] as const;

function row(r: ReviewItem): string[] {
  return [r.committee ?? '', r.meeting ?? '', r.paperDeadline ?? '', r.id, r.title, r.category, r.owner, r.approvingBody, r.due, r.late ? 'yes' : 'no', r.consultationStart ?? '', r.eiaStart ?? '', r.notes.join('; ')];
}

export function formatCsv(programme: Programme): string {
  const rows = [...programme.meetings.flatMap((m) => m.reviews), ...programme.unscheduled].map((r) => row(r).map(plainText));
  // escape_formulas prefixes a cell starting = + - @ tab or CR with a quote, so Excel shows it as text.
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n"]/, escape_formulas: true });
}
