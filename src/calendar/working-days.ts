// Working days for paper deadlines: weekends and the holidays listed in config are not working days.
import { addDays, weekday } from '../util/dates.js';

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/** The working day `n` working days before `date` (the paper deadline for a meeting on `date`). */
export function workingDaysBefore(date: string, n: number, holidays: ReadonlySet<string>): string {
  let current = date;
  let counted = 0;
  while (counted < n) {
    current = addDays(current, -1);
    if (isWorkingDay(current, holidays)) counted++;
  }
  return current;
}

/** The latest working day on or before `date`. */
export function workingDayOnOrBefore(date: string, holidays: ReadonlySet<string>): string {
  let current = date;
  while (!isWorkingDay(current, holidays)) current = addDays(current, -1);
  return current;
}
