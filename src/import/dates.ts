// Dates as UK policy documents and review spreadsheets write them, read into `YYYY-MM-DD` (or `YYYY-MM` for a month).
import { daysInMonth, isRealDate } from '../util/dates.js';

/** A date read from text: a day, or only a month (which for a review date means the end of that month). */
export interface ReadDate {
  /** `YYYY-MM-DD` when the day is written, `YYYY-MM` when only the month is. */
  value: string;
  precision: 'day' | 'month';
  /** The text the date was read from, as written. */
  text: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

// Order matters: the most specific forms first. Every pattern is anchored to word boundaries so "2021/22" is not a date.
const PATTERNS: { re: RegExp; read(m: RegExpExecArray): ReadDate | undefined }[] = [
  // 2021-06-15
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3]), m[0]) },
  // 15th June 2021, 15 Jun 2021, 15-Jun-2021, 15th of June, 2021
  {
    re: new RegExp(`\\b${ORDINAL}(?:\\s+of)?[\\s-]+${MONTH_NAME}\\.?,?[\\s-]+(\\d{4}|\\d{2})\\b`, 'i'),
    read: (m) => day(year(m[3]!), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), m[0]),
  },
  // June 15th 2021, June 15, 2021
  {
    re: new RegExp(`\\b${MONTH_NAME}\\.?\\s+${ORDINAL},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => day(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[0]),
  },
  // 15/06/2021, 15.06.2021, 15-06-21 (UK order: day first)
  { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/, read: (m) => day(year(m[3]!), Number(m[2]), Number(m[1]), m[0]) },
  // June 2021, Jun-21, Jun 21, Sept. 2024
  {
    re: new RegExp(`\\b${MONTH_NAME}\\.?[\\s'-]+(\\d{4}|\\d{2})\\b`, 'i'),
    read: (m) => month(year(m[2]!), MONTHS[m[1]!.toLowerCase()]!, m[0]),
  },
  // 06/2021
  { re: /(?<![\d/.-])\b(\d{1,2})\/(\d{4})\b/, read: (m) => month(Number(m[2]), Number(m[1]), m[0]) },
];

function year(text: string): number {
  const n = Number(text);
  // Two-digit years in policy documents are this century: "Jun-21" is June 2021.
  return text.length === 2 ? 2000 + n : n;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function plausibleYear(y: number): boolean {
  return y >= 1950 && y <= 2100;
}

function day(y: number, mo: number, d: number, text: string): ReadDate | undefined {
  const value = `${y}-${pad(mo)}-${pad(d)}`;
  if (!plausibleYear(y) || !isRealDate(value)) return undefined;
  return { value, precision: 'day', text: text.trim() };
}

function month(y: number, mo: number, text: string): ReadDate | undefined {
  if (!plausibleYear(y) || mo < 1 || mo > 12) return undefined;
  return { value: `${y}-${pad(mo)}`, precision: 'month', text: text.trim() };
}

/** The first date written in `text`, in any of the forms above; undefined when there is none. */
export function findDate(text: string): ReadDate | undefined {
  let best: { index: number; date: ReadDate } | undefined;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = read(m);
    // The earliest date in the text wins; at the same position, the more specific pattern (listed first) does.
    if (date && (!best || m.index < best.index)) best = { index: m.index, date };
  }
  return best?.date;
}

/** Every date written in `text`, in order. */
export function findDates(text: string): ReadDate[] {
  const found: ReadDate[] = [];
  let rest = text;
  for (let guard = 0; guard < 20; guard++) {
    const date = findDate(rest);
    if (!date) break;
    found.push(date);
    rest = rest.slice(rest.indexOf(date.text) + date.text.length);
  }
  return found;
}

/** A financial year as review schedules write it ("2024/25", "2024-25"): due by its end, 31 March. */
export function findFinancialYear(text: string): ReadDate | undefined {
  const m = /\b(20\d{2})\s*[/-]\s*(\d{2}|20\d{2})\b/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (end !== start + 1) return undefined;
  return { value: `${end}-03`, precision: 'month', text: m[0] };
}

/** A spreadsheet cell's date serial (days since 1899-12-30, Excel's 1900 system) as YYYY-MM-DD. */
export function fromExcelSerial(serial: number): ReadDate | undefined {
  if (!Number.isFinite(serial) || serial < 18_264 || serial > 73_051) return undefined; // 1950 to 2100
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), String(serial));
}

/** A JavaScript Date from a spreadsheet reader, read in UTC (spreadsheets store dates without a time zone). */
export function fromJsDate(date: Date): ReadDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  // Readers give midnight UTC; a value a few hours either side of midnight is the same calendar day rounded.
  const rounded = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  return day(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate(), rounded.toISOString().slice(0, 10));
}

/** The last day of a `YYYY-MM` month: what a month alone means for a review date. */
export function endOfMonth(value: string): string {
  const [y, mo] = value.split('-').map(Number) as [number, number];
  return `${y}-${pad(mo)}-${pad(daysInMonth(y, mo))}`;
}
