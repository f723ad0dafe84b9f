// The programme as iCalendar (RFC 5545) for Outlook and Google Calendar, written by ical-generator.
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { Programme, ReviewItem } from '../../calendar/schedule.js';
import { VERSION } from '../../version.js';
import { plainText } from '../neutralise.js';

/**
 * A stable identifier: the same meeting, deadline or policy review gets the same UID in every regenerated
 * calendar, so importing a newer file updates events in place. Ids are hashed: they may hold any character.
 */
export function uid(organisation: string, ...parts: string[]): string {
  const hash = createHash('sha256').update(JSON.stringify([organisation, ...parts])).digest('hex').slice(0, 32);
  return `${parts[0]}-${hash}@policy-tracker`;
}

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * Text for an event: control and bidirectional characters shown, not obeyed, and no `::` or `##[` that a folded
 * line could start in a log. ical-generator escapes backslash, `;`, `,` and line breaks in SUMMARY and DESCRIPTION.
 */
function clean(text: string): string {
  return plainText(text).replace(/\t/g, ' ');
}

/**
 * A TEXT value escaped per RFC 5545 3.3.11, for the calendar's NAME and X-WR-CALNAME, which ical-generator
 * writes as given: an organisation name with a line break would otherwise start a property or a component.
 */
export function icsTextValue(text: string): string {
  return plainText(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

function line(r: ReviewItem): string {
  return `${r.id} ${r.title} (due ${r.due}${r.late ? ', LATE' : ''})`;
}

export function formatIcs(programme: Programme, options: { reminderDays: number }): string {
  const org = programme.organisation;
  const calendar = ical({
    name: icsTextValue(`${org}: policy reviews`),
    prodId: { company: 'policy-tracker', product: 'policy-calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // DTSTAMP is the as-of date, so the same inputs give the same file and a newer run carries a later stamp.
  const stamp = utcDate(programme.asOf);
  const allDay = (id: string, date: string, summary: string, description: string, remind: boolean) => {
    const event = calendar.createEvent({ id, start: utcDate(date), allDay: true, summary: clean(summary), description: clean(description), stamp, floating: true, transparency: null });
    if (remind && options.reminderDays > 0) event.createAlarm({ type: ICalAlarmType.display, trigger: options.reminderDays * 86_400, description: clean(summary) });
    return event;
  };
  for (const meeting of programme.meetings) {
    if (meeting.reviews.length === 0) continue;
    const list = meeting.reviews.map((r) => `- ${line(r)}${r.notes.length ? `\n  ${r.notes.join('; ')}` : ''}`).join('\n');
    allDay(uid(org, 'meeting', meeting.committee, meeting.date), meeting.date, `${meeting.committee}: ${meeting.reviews.length} policy review${meeting.reviews.length === 1 ? '' : 's'}`,
      `Policies for review at ${meeting.committee} on ${meeting.date} (papers by ${meeting.paperDeadline}):\n${list}`, false);
    allDay(uid(org, 'papers', meeting.committee, meeting.date), meeting.paperDeadline, `Paper deadline: ${meeting.committee} (${meeting.date})`,
      `Papers for ${meeting.committee} on ${meeting.date} are due. Policies:\n${list}`, true);
  }
  for (const r of programme.meetings.flatMap((m) => m.reviews).concat(programme.unscheduled)) {
    allDay(uid(org, 'review-due', r.id), r.due, `Review due: ${r.id} ${r.title}`, `${r.title} (${r.id}) is due for review by ${r.approvingBody}.${r.meeting ? ` Scheduled for ${r.committee} on ${r.meeting}.` : ''}${r.notes.length ? ` ${r.notes.join('; ')}.` : ''}`, false);
    if (r.consultationStart) allDay(uid(org, 'consultation-start', r.id), r.consultationStart, `Start consultation: ${r.id} ${r.title}`, `Tenant consultation on ${r.title} (${r.id}) must start so that it finishes before the paper deadline ${r.paperDeadline} for ${r.committee} on ${r.meeting}.`, true);
    if (r.eiaStart) allDay(uid(org, 'eia-start', r.id), r.eiaStart, `Start equality impact assessment: ${r.id} ${r.title}`, `The equality impact assessment of ${r.title} (${r.id}) must start so that it is complete before the paper deadline ${r.paperDeadline} for ${r.committee} on ${r.meeting}.`, true);
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  const text = calendar.toString().replace(/PRODID:[^\r\n]*/, `PRODID:-//policy-tracker//policy-calendar ${VERSION}//EN`);
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
