// The programme as iCalendar (RFC 5545) for Outlook and Google Calendar, written by ical-generator.
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { Programme, ReviewItem } from '../../calendar/schedule.js';
import { addDays } from '../../util/dates.js';
import { VERSION } from '../../version.js';
import { plainText } from '../neutralise.js';
import type { PreviousCalendar, PreviousEvent } from './ics-previous.js';

/**
 * A stable identifier: the same meeting, deadline or policy review gets the same UID in every regenerated
 * calendar, so importing a newer file updates events in place. Ids are hashed: they may hold any character.
 */
export function uid(organisation: string, ...parts: string[]): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([organisation, ...parts]))
    .digest('hex')
    .slice(0, 32);
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
  return plainText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function line(r: ReviewItem): string {
  return `${r.id} ${r.title} (due ${r.due}${r.late ? ', LATE' : ''}; owner: ${r.owner || 'not recorded'})`;
}

function who(r: ReviewItem): string {
  return `Owner: ${r.owner || 'not recorded'}. Approving body: ${r.approvingBody || 'not recorded'}.`;
}

export interface IcsOptions {
  reminderDays: number;
  /**
   * The calendar written last time. With it, an event whose content changed gets SEQUENCE one higher than before,
   * an unchanged one keeps its SEQUENCE, and an event that left the programme is sent again as cancelled (same
   * UID, STATUS:CANCELLED). Without it every event starts at SEQUENCE 0.
   */
  previous?: PreviousCalendar;
}

interface EventSpec {
  id: string;
  date: string;
  summary: string;
  description: string;
  remind: boolean;
}

/** What an event says: when it changes, its SEQUENCE must rise. */
function digest(e: { date: string; summary: string; description: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([e.date, clean(e.summary), clean(e.description)]))
    .digest('hex')
    .slice(0, 16);
}

/** Cancelled events are carried forward for a year, so a calendar that missed one update still hears of them. */
const KEEP_CANCELLED_DAYS = 366;

/**
 * Which view of the programme a calendar holds. Cancelling what left the programme only makes sense against the
 * calendar sent for the same view: against another period's, every event would look cancelled.
 */
export function calendarView(p: Programme): string {
  const scope = p.meeting !== undefined ? `meeting ${p.meeting}` : `period ${p.from} to ${p.to}`;
  // No commas or semicolons of its own, which iCalendar would escape: the value reads back as it was written.
  const safe = (text: string) => clean(text).replace(/[,;\\\r\n]/g, ' ');
  return `${safe(p.organisation)} | ${scope}${p.committee ? ` | committee ${safe(p.committee)}` : ''}`;
}

export function formatIcs(programme: Programme, options: IcsOptions): string {
  const org = programme.organisation;
  const calendar = ical({
    name: icsTextValue(`${org}: policy reviews`),
    prodId: { company: 'policy-tracker', product: 'policy-calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    x: [['X-POLICY-TRACKER-VIEW', calendarView(programme)]],
  });
  // DTSTAMP is the as-of date, so the same inputs give the same file and a newer run carries a later stamp.
  const stamp = utcDate(programme.asOf);
  const specs: EventSpec[] = [];
  for (const meeting of programme.meetings) {
    if (meeting.reviews.length === 0) continue;
    const list = meeting.reviews.map((r) => `- ${line(r)}${r.notes.length ? `\n  ${r.notes.join('; ')}` : ''}`).join('\n');
    specs.push({
      id: uid(org, 'meeting', meeting.committee, meeting.date),
      date: meeting.date,
      remind: false,
      summary: `${meeting.committee}: ${meeting.reviews.length} policy review${meeting.reviews.length === 1 ? '' : 's'}`,
      description: `Policies for review at ${meeting.committee} on ${meeting.date} (papers by ${meeting.paperDeadline}):\n${list}`,
    });
    specs.push({
      id: uid(org, 'papers', meeting.committee, meeting.date),
      date: meeting.paperDeadline,
      remind: true,
      summary: `Paper deadline: ${meeting.committee} (${meeting.date})`,
      description: `Papers for ${meeting.committee} on ${meeting.date} are due. Policies:\n${list}`,
    });
  }
  for (const r of programme.meetings.flatMap((m) => m.reviews).concat(programme.unscheduled)) {
    const at = r.meeting ? ` Scheduled for ${r.committee} on ${r.meeting}.` : ' Not scheduled at a meeting.';
    specs.push({
      id: uid(org, 'review-due', r.id),
      date: r.due,
      remind: false,
      summary: `Review due: ${r.id} ${r.title}`,
      description: `${r.title} (${r.id}) is due for review. ${who(r)}${at}${r.notes.length ? ` ${r.notes.join('; ')}.` : ''}`,
    });
    if (r.consultationStart) {
      specs.push({
        id: uid(org, 'consultation-start', r.id),
        date: r.consultationStart,
        remind: true,
        summary: `Start consultation: ${r.id} ${r.title}`,
        description: `Tenant consultation on ${r.title} (${r.id}) must start so that it finishes before the paper deadline ${r.paperDeadline} for ${r.committee} on ${r.meeting}. ${who(r)}`,
      });
    }
    if (r.eiaStart) {
      specs.push({
        id: uid(org, 'eia-start', r.id),
        date: r.eiaStart,
        remind: true,
        summary: `Start equality impact assessment: ${r.id} ${r.title}`,
        description: `The equality impact assessment of ${r.title} (${r.id}) must start so that it is complete before the paper deadline ${r.paperDeadline} for ${r.committee} on ${r.meeting}. ${who(r)}`,
      });
    }
  }

  const previous = options.previous?.events ?? new Map<string, PreviousEvent>();
  const written = new Set<string>();
  // Every event is an all-day marker with no time: shown free (TRANSP:TRANSPARENT), it never blocks a diary.
  const add = (spec: EventSpec, sequence: number, cancelled: boolean) => {
    const d = digest(spec);
    const event = calendar.createEvent({
      id: spec.id,
      start: utcDate(spec.date),
      allDay: true,
      summary: clean(spec.summary),
      description: clean(spec.description),
      stamp,
      floating: true,
      transparency: ICalEventTransparency.TRANSPARENT,
      sequence,
      ...(cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
      x: [['X-POLICY-TRACKER-DIGEST', d]],
    });
    if (!cancelled && spec.remind && options.reminderDays > 0) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: options.reminderDays * 86_400, description: clean(spec.summary) });
    }
    written.add(spec.id);
  };
  for (const spec of specs) {
    if (written.has(spec.id)) continue;
    const before = previous.get(spec.id);
    const changed = before !== undefined && (before.cancelled || before.digest !== digest(spec));
    add(spec, before === undefined ? 0 : before.sequence + (changed ? 1 : 0), false);
  }
  const keepFrom = addDays(programme.asOf, -KEEP_CANCELLED_DAYS);
  for (const before of [...previous.values()].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid))) {
    if (written.has(before.uid) || !before.start || before.start < keepFrom) continue;
    const summary = before.cancelled ? before.summary : `Cancelled: ${before.summary}`;
    const description = before.cancelled
      ? before.description
      : `This event has left the review programme as of ${programme.asOf}.\n${before.description}`;
    add({ id: before.uid, date: before.start, summary, description, remind: false }, before.sequence + (before.cancelled ? 0 : 1), true);
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  const text = calendar.toString().replace(/PRODID:[^\r\n]*/, `PRODID:-//policy-tracker//policy-calendar ${VERSION}//EN`);
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
