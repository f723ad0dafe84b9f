// The programme as GitHub-flavoured Markdown, for a job summary or an issue.
import { periodText, placesText, type Programme, type ReviewItem } from '../../calendar/schedule.js';
import { mdCell } from '../markdown-text.js';

function reviewRow(r: ReviewItem): string {
  const flags = [
    r.overdue ? '**overdue**' : r.late ? '**late**' : '',
    ...r.notes.map(mdCell),
    r.configFix ? `to fix: ${mdCell(r.configFix)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return `| ${mdCell(r.id)} | ${mdCell(r.title)} | ${r.due} | ${r.consultationStart ?? ''} | ${r.eiaStart ?? ''} | ${flags} |`;
}

export function formatCalendarMarkdown(programme: Programme): string {
  const out = [`# Policy review programme: ${mdCell(programme.organisation)}`, '', periodText(programme), ''];
  const withReviews = programme.meetings.filter((m) => m.reviews.length);
  if (!withReviews.length && !programme.unscheduled.length)
    out.push(
      programme.meeting !== undefined ? 'No reviews are placed at a meeting on this date.' : 'No reviews fall due in this period.',
      '',
    );
  for (const m of withReviews) {
    out.push(
      `## ${mdCell(m.committee)}, ${m.date}`,
      '',
      `Paper deadline: ${m.paperDeadline}${placesText(m) ? ` · ${placesText(m)}` : ''}`,
      '',
    );
    out.push(
      '| Policy | Title | Review due | Start consultation | Start EIA | Notes |',
      '|---|---|---|---|---|---|',
      ...m.reviews.map(reviewRow),
      '',
    );
  }
  if (programme.unscheduled.length) {
    out.push(
      '## Not placed at a meeting',
      '',
      'Each review below says why, and what to add to policies.config.yaml.',
      '',
      '| Policy | Title | Review due | Start consultation | Start EIA | Notes |',
      '|---|---|---|---|---|---|',
      ...programme.unscheduled.map(reviewRow),
      '',
    );
  }
  return `${out.join('\n')}\n`;
}
