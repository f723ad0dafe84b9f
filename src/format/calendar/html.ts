// The programme as one self-contained, accessible, printable page for the board pack.
import { periodText, placesText, type Programme, type ReviewItem } from '../../calendar/schedule.js';
import { VERSION } from '../../version.js';
import { esc, longDate, page, table } from '../html/page.js';

function status(r: ReviewItem): { html: string } {
  const tags = [r.late ? '<span class="tag late">Late</span>' : '', r.notes.some((n) => n.startsWith('moved')) ? '<span class="tag moved">Moved earlier</span>' : ''].filter(Boolean);
  const notes = r.notes.length ? `<ul class="notes">${r.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
  return { html: `${tags.join(' ') || '<span class="tag ok">On time</span>'}${notes}` };
}

function rows(reviews: readonly ReviewItem[]): (string | { html: string })[][] {
  return reviews.map((r) => [r.id, r.title, r.owner, r.due, r.consultationStart ?? '–', r.eiaStart ?? '–', status(r)]);
}

const HEADERS = ['Policy', 'Title', 'Lead officer', 'Review due', 'Start consultation', 'Start EIA', 'Status'];

export function formatCalendarHtml(programme: Programme): string {
  const parts: string[] = [];
  const withReviews = programme.meetings.filter((m) => m.reviews.length);
  const total = withReviews.reduce((n, m) => n + m.reviews.length, 0) + programme.unscheduled.length;
  const late = withReviews.flatMap((m) => m.reviews).filter((r) => r.late).length;
  parts.push(`<ul class="summary"><li><strong>${total}</strong> reviews</li><li><strong>${withReviews.length}</strong> meetings</li><li><strong>${late}</strong> late</li><li><strong>${programme.unscheduled.length}</strong> not scheduled</li></ul>`);
  if (!total) parts.push(programme.meeting !== undefined ? '<p>No reviews are placed at a meeting on this date.</p>' : '<p>No reviews fall due in this period.</p>');
  const committees = [...new Set(withReviews.map((m) => m.committee))];
  for (const committee of committees) {
    parts.push(`<h2>${esc(committee)}</h2>`);
    for (const m of withReviews.filter((x) => x.committee === committee)) {
      parts.push(`<h3>${esc(longDate(m.date))}</h3><p>Paper deadline: <strong>${esc(longDate(m.paperDeadline))}</strong>${placesText(m) ? ` · ${esc(placesText(m)!)}` : ''}</p>`);
      parts.push(table(`Policies for review at ${committee} on ${m.date}`, HEADERS, rows(m.reviews)));
    }
  }
  if (programme.unscheduled.length) {
    parts.push('<h2>Not scheduled</h2>');
    parts.push(table('Reviews that could not be placed at a meeting', HEADERS, rows(programme.unscheduled)));
  }
  return page({
    title: programme.meeting !== undefined ? `Policy reviews for the meeting on ${longDate(programme.meeting)}` : `Policy review programme ${programme.from.slice(0, 4)}–${programme.to.slice(0, 4)}`,
    meta: [programme.organisation, periodText(programme, longDate)],
    body: parts.join('\n'),
    footer: `Produced by policy-tracker ${VERSION} from the policy register as of ${programme.asOf}.`,
  });
}
