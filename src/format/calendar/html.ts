// The programme as one self-contained, accessible, printable page for the board pack.
import { periodText, placesText, type MeetingSlot, type Programme, type ReviewItem } from '../../calendar/schedule.js';
import { VERSION } from '../../version.js';
import { dateCell, esc, escWithDates, keep, longDate, page, table, type Cell } from '../html/page.js';

function status(r: ReviewItem): { html: string } {
  const tags = [
    r.overdue ? '<span class="tag late">Overdue</span>' : r.late ? '<span class="tag late">Late</span>' : '',
    r.unplaced ? '<span class="tag late">Not placed</span>' : '',
    r.notes.some((n) => n.startsWith('moved')) ? '<span class="tag moved">Moved earlier</span>' : '',
    r.notes.some((n) => n.startsWith('over capacity')) ? '<span class="tag late">Over capacity</span>' : '',
    r.consultationState === 'start-passed' ? '<span class="tag moved">Consultation start passed</span>' : '',
    r.eiaState === 'start-passed' ? '<span class="tag moved">EIA start passed</span>' : '',
  ].filter(Boolean);
  const lines = [...r.notes, ...(r.configFix ? [`To fix: ${r.configFix}`] : [])];
  const notes = lines.length ? `<ul class="notes">${lines.map((n) => `<li>${escWithDates(n)}</li>`).join('')}</ul>` : '';
  return { html: `${tags.join(' ') || '<span class="tag ok">On time</span>'}${notes}` };
}

function prep(start: string | undefined, state: ReviewItem['consultationState']): Cell {
  if (!start) return '–';
  const word = state === 'under-way' ? 'under way' : state === 'start-passed' ? 'start passed' : 'to start';
  return { html: `<time datetime="${esc(start)}">${esc(start)}</time><br><span class="nowrap">${word}</span>` };
}

function rows(reviews: readonly ReviewItem[]): Cell[][] {
  return reviews.map((r) => [
    r.id,
    r.title,
    r.owner,
    dateCell(r.due),
    prep(r.consultationStart, r.consultationState),
    prep(r.eiaStart, r.eiaState),
    status(r),
  ]);
}

const HEADERS = ['Policy', 'Title', 'Lead officer', 'Review due', 'Start consultation', 'Start EIA', 'Status'];

function meetingBlock(committee: string, m: MeetingSlot, first: string): string {
  const places = placesText(m);
  return keep(
    first,
    `<h3>${esc(longDate(m.date))}</h3><p>Paper deadline: <strong class="nowrap">${esc(longDate(m.paperDeadline))}</strong>${places ? ` · ${escWithDates(places)}` : ''}</p>`,
    table(`Policies for review at ${committee} on ${m.date}`, HEADERS, rows(m.reviews)),
  );
}

export function formatCalendarHtml(programme: Programme): string {
  const parts: string[] = [];
  const withReviews = programme.meetings.filter((m) => m.reviews.length);
  const total = withReviews.reduce((n, m) => n + m.reviews.length, 0) + programme.unscheduled.length;
  const placed = withReviews.flatMap((m) => m.reviews);
  const late = placed.filter((r) => r.late).length;
  const behind = placed.filter((r) => r.consultationState === 'start-passed' || r.eiaState === 'start-passed').length;
  parts.push(
    `<ul class="summary" aria-label="Counts"><li><strong>${total}</strong> reviews</li><li><strong>${withReviews.length}</strong> meetings</li><li><strong>${late}</strong> late</li><li><strong>${behind}</strong> preparation behind</li><li><strong>${programme.unscheduled.length}</strong> not placed</li></ul>`,
  );
  if (!total)
    parts.push(
      programme.meeting !== undefined
        ? '<p>No reviews are placed at a meeting on this date.</p>'
        : '<p>No reviews fall due in this period.</p>',
    );
  const committees = [...new Set(withReviews.map((m) => m.committee))];
  for (const committee of committees) {
    // The committee's heading travels with its first meeting, so it never ends a printed page.
    withReviews
      .filter((x) => x.committee === committee)
      .forEach((m, i) => parts.push(meetingBlock(committee, m, i === 0 ? `<h2>${esc(committee)}</h2>` : '')));
  }
  if (programme.unscheduled.length) {
    parts.push(
      keep(
        '<h2>Not placed at a meeting</h2>',
        '<p>Each review below says why, and what to add to policies.config.yaml.</p>',
        table('Reviews that could not be placed at a meeting', HEADERS, rows(programme.unscheduled)),
      ),
    );
  }
  return page({
    title:
      programme.meeting !== undefined
        ? `Policy reviews for the meeting on ${longDate(programme.meeting)}`
        : `Policy review programme ${programme.from.slice(0, 4)}–${programme.to.slice(0, 4)}`,
    meta: [programme.organisation, periodText(programme, longDate)],
    body: parts.join('\n'),
    footer: `Produced by policy-tracker ${VERSION} from the policy register as of ${programme.asOf}.`,
  });
}
