// Scotland's bank holidays, computed, for the starting config `policies init` writes: a holiday that falls on a weekend
// moves to the next working day that is not already a holiday (the substitute day), as the UK government lists them.
import { addDays, weekday } from '../util/dates.js';

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

/** The first given weekday (0 = Sunday) of a month, or the last when `last` is set. */
function nthWeekday(year: number, month: number, day: number, last = false): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (last) {
    let date = addDays(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`, -1);
    while (weekday(date) !== day) date = addDays(date, -1);
    return date;
  }
  let date = `${year}-${pad(month)}-01`;
  while (weekday(date) !== day) date = addDays(date, 1);
  return date;
}

/** Scotland's bank holidays in a year, with substitute days, in date order. */
export function scottishBankHolidays(year: number): string[] {
  const fixed = [`${year}-01-01`, `${year}-01-02`, `${year}-11-30`, `${year}-12-25`, `${year}-12-26`];
  const holidays = new Set<string>([
    addDays(easterSunday(year), -2), // Good Friday
    nthWeekday(year, 5, 1), // early May bank holiday
    nthWeekday(year, 5, 1, true), // spring bank holiday
    nthWeekday(year, 8, 1), // summer bank holiday
  ]);
  for (const date of fixed) {
    let day = date;
    while (isWeekend(day) || holidays.has(day)) day = addDays(day, 1);
    holidays.add(day);
  }
  return [...holidays].sort();
}
