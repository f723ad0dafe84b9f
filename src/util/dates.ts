// Calendar dates as `YYYY-MM-DD` strings: compared as strings, computed in UTC so no time zone moves a day.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The years a date in a policy, the config or on the command line may fall in. Outside them a date is a typing
 * error (0205 for 2025, 9999 as "never"), and arithmetic on it would print nonsense such as 50-04-01 or NaN.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

/** Whether a YYYY-MM-DD or YYYY-MM value's year lies in EARLIEST_YEAR..LATEST_YEAR. */
export function inYearRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return /^\d{4}/.test(value) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A `next_review` value as the date it means: a month (YYYY-MM) means the last day of that month. */
export function reviewDueDate(value: string): string | undefined {
  if (isRealDate(value)) return value;
  const m = MONTH.exec(value);
  if (!m) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return undefined;
  return formatDate(Date.UTC(y, mo - 1, daysInMonth(y, mo)));
}

export function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function formatDate(utcMillis: number): string {
  return new Date(utcMillis).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDate(toUtc(date) + days * 86_400_000);
}

/** Add calendar months; a day past the end of the target month clamps to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return formatDate(Date.UTC(ty, tm - 1, Math.min(d, daysInMonth(ty, tm))));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Day of week, 0 = Sunday. */
export function weekday(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Today's date in the local time zone of the machine, as the CLI's default for `--as-of`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Suggest a YYYY-MM-DD spelling for common UK ways of writing a date (day first), or undefined. */
export function suggestIsoDate(value: string): string | undefined {
  const trimmed = value.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (dmy) {
    const candidate = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    return isRealDate(candidate) ? candidate : undefined;
  }
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(trimmed) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (ymd) {
    const candidate = `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`;
    return isRealDate(candidate) ? candidate : undefined;
  }
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(trimmed);
  if (named) {
    const index = months.findIndex((name) => name.startsWith(named[2]!.toLowerCase()) && named[2]!.length >= 3);
    if (index >= 0) {
      const candidate = `${named[3]}-${String(index + 1).padStart(2, '0')}-${named[1]!.padStart(2, '0')}`;
      return isRealDate(candidate) ? candidate : undefined;
    }
  }
  return undefined;
}

/** Suggest a YYYY-MM spelling for "December 2026" or "12/2026". */
export function suggestIsoMonth(value: string): string | undefined {
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const named = /^([A-Za-z]+)\s+(\d{4})$/.exec(value.trim());
  if (named) {
    const index = months.findIndex((name) => name.startsWith(named[1]!.toLowerCase()) && named[1]!.length >= 3);
    if (index >= 0) return `${named[2]}-${String(index + 1).padStart(2, '0')}`;
  }
  const numeric = /^(\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) return `${numeric[2]}-${numeric[1]!.padStart(2, '0')}`;
  return undefined;
}
