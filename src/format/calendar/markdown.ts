// The programme as GitHub-flavoured Markdown, for a job summary or an issue.
import type { Programme, ReviewItem } from '../../calendar/schedule.js';
import { mdCell } from '../markdown-text.js';

function reviewRow(r: ReviewItem): string {
  const flags = [r.late ? '**late**' : '', ...r.notes.map(mdCell)].filter(Boolean).join('; ');
  return `| ${mdCell(r.id)} | ${mdCell(r.title)} | ${r.due} | ${r.consultationStart ?? ''} | ${r.eiaStart ?? ''} | ${flags} |`;
}

export function formatCalendarMarkdown(programme: Programme): string {
  const out = [`# Policy review programme: ${mdCell(programme.organisation)}`, '', `Reviews due ${programme.from} to ${programme.to}, and any overdue, as of ${programme.asOf}.`, ''];
  const withReviews = programme.meetings.filter((m) => m.reviews.length);
  if (!withReviews.length && !programme.unscheduled.length) out.push('No reviews fall due in this period.', '');
  for (const m of withReviews) {
    out.push(`## ${mdCell(m.committee)}, ${m.date}`, '', `Paper deadline: ${m.paperDeadline}${m.capacity !== undefined ? ` · ${m.reviews.length} of ${m.capacity} places` : ''}`, '');
    out.push('| Policy | Title | Review due | Start consultation | Start EIA | Notes |', '|---|---|---|---|---|---|', ...m.reviews.map(reviewRow), '');
  }
  if (programme.unscheduled.length) {
    out.push('## Not scheduled', '', '| Policy | Title | Review due | Start consultation | Start EIA | Notes |', '|---|---|---|---|---|---|', ...programme.unscheduled.map(reviewRow), '');
  }
  return `${out.join('\n')}\n`;
}
