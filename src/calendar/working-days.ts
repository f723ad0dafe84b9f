// Working days for paper deadlines: weekends and the holidays listed in config are not working days.
import { addDays, weekday } from '../util/dates.js';

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/**
 * The latest working day before each date, remembered per holiday list: a config that lists every day of a long
 * closure would otherwise send every meeting's deadline walking back through the whole closure again (thousands
 * of meetings times thousands of days). With the memory each day is stepped over once, so the work is linear in
 * meetings plus days.
 */
const previousWorking = new WeakMap<ReadonlySet<string>, Map<string, string>>();

function workingDayBefore(date: string, holidays: ReadonlySet<string>): string {
  let memo = previousWorking.get(holidays);
  if (!memo) previousWorking.set(holidays, (memo = new Map()));
  const visited: string[] = [];
  let current = date;
  let found: string | undefined;
  while (found === undefined) {
    const known = memo.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(current);
    const previous = addDays(current, -1);
    if (isWorkingDay(previous, holidays)) found = previous;
    else current = previous;
  }
  for (const day of visited) memo.set(day, found);
  return found;
}

/** The working day `n` working days before `date` (the paper deadline for a meeting on `date`). */
export function workingDaysBefore(date: string, n: number, holidays: ReadonlySet<string>): string {
  let current = date;
  for (let counted = 0; counted < n; counted++) current = workingDayBefore(current, holidays);
  return current;
}

/** The latest working day on or before `date`. */
export function workingDayOnOrBefore(date: string, holidays: ReadonlySet<string>): string {
  return isWorkingDay(date, holidays) ? date : workingDayBefore(date, holidays);
}
