// The calendar sent last time, read back so that a regenerated calendar can raise SEQUENCE on the events that
// changed and cancel the ones that left the programme (RFC 5545 3.8.7.4; Outlook ignores an update whose SEQUENCE
// has not risen). Parsed with ical.js: a calendar is never picked apart by hand.
import ICAL from 'ical.js';

export interface PreviousEvent {
  uid: string;
  sequence: number;
  /** The fingerprint policy-tracker wrote (X-POLICY-TRACKER-DIGEST); undefined for an event it did not write. */
  digest?: string;
  cancelled: boolean;
  start: string;
  summary: string;
  description: string;
}

export interface PreviousCalendar {
  /** Which view of the programme it was (X-POLICY-TRACKER-VIEW): its period, committee or meeting. */
  view?: string;
  events: ReadonlyMap<string, PreviousEvent>;
}

export class PreviousCalendarError extends Error {}

/** The events of a calendar policy-tracker wrote before, by UID. Throws PreviousCalendarError on a file that is not one. */
export function readPreviousCalendar(text: string, file: string): PreviousCalendar {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    throw new PreviousCalendarError(`${file} is not an iCalendar file (${(error as Error).message}).`);
  }
  if (root.name !== 'vcalendar')
    throw new PreviousCalendarError(`${file} is not an iCalendar file: it holds a ${root.name.toUpperCase()}, not a VCALENDAR.`);
  const events = new Map<string, PreviousEvent>();
  for (const event of root.getAllSubcomponents('vevent')) {
    const uid = event.getFirstPropertyValue('uid');
    if (typeof uid !== 'string' || !uid) continue;
    const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
    const digest = event.getFirstPropertyValue('x-policy-tracker-digest');
    const start = event.getFirstPropertyValue('dtstart');
    events.set(uid, {
      uid,
      sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
      ...(typeof digest === 'string' ? { digest } : {}),
      cancelled: String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
      start: start ? String(start).slice(0, 10) : '',
      summary: String(event.getFirstPropertyValue('summary') ?? ''),
      description: String(event.getFirstPropertyValue('description') ?? ''),
    });
  }
  const view = root.getFirstPropertyValue('x-policy-tracker-view');
  return { ...(typeof view === 'string' ? { view } : {}), events };
}
