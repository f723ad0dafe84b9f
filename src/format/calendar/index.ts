// The review programme's formatters by name. Each loads its module (and its library) only when asked for.
import type { Programme } from '../../calendar/schedule.js';
import type { CalendarFormatContext } from '../context.js';
import { defineFormatters } from '../registry.js';

export const CALENDAR_FORMATTERS = defineFormatters<Programme, CalendarFormatContext>('md', {
  md: { description: 'Markdown', format: async (p) => (await import('./markdown.js')).formatCalendarMarkdown(p) },
  html: { description: 'a printable page', format: async (p) => (await import('./html.js')).formatCalendarHtml(p) },
  ics: { description: 'an iCalendar file for Outlook', format: async (p, c) => (await import('./ics.js')).formatIcs(p, c) },
  csv: { description: 'a spreadsheet', format: async (p) => (await import('./csv.js')).formatCsv(p) },
});
