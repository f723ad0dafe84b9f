// Date arithmetic for the records the English rules check: the Ombudsman's submission deadline, the last
// complete year of Tenant Satisfaction Measures, whether a yearly record is still in date.
import { addMonths, daysInMonth, isRealDate } from '../../util/dates.js';
import { LARGE_LANDLORD_HOMES } from './data.js';

/** A financial year's last day in a given calendar year, from `MM-DD` (default 31 March). */
export function yearEndIn(calendarYear: number, financialYearEnd = '03-31'): string {
  const [month, day] = financialYearEnd.split('-').map(Number) as [number, number];
  return `${calendarYear}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(calendarYear, month))).padStart(2, '0')}`;
}

/** The last financial year end on or before `today`. */
export function lastYearEnd(today: string, financialYearEnd = '03-31'): string {
  const year = Number(today.slice(0, 4));
  const thisYear = yearEndIn(year, financialYearEnd);
  return thisYear <= today ? thisYear : yearEndIn(year - 1, financialYearEnd);
}

/** A financial year ending on `yearEnd`, as landlords write it: 2025-26 for the year to 31 March 2026. */
export function yearLabel(yearEnd: string, financialYearEnd = '03-31'): string {
  const endYear = Number(yearEnd.slice(0, 4));
  // A year ending 31 December is a calendar year: label it by its own number.
  if (financialYearEnd === '12-31') return String(endYear);
  return `${endYear - 1}-${String(endYear % 100).padStart(2, '0')}`;
}

/**
 * The Ombudsman's annual submission deadline for the year ending `yearEnd`: 30 September for landlords owning
 * 1,000 or more homes, otherwise six months after the year's end.
 */
export function submissionDeadline(yearEnd: string, homesOwned: number): string {
  if (homesOwned >= LARGE_LANDLORD_HOMES) {
    const year = Number(yearEnd.slice(0, 4));
    const september = `${year}-09-30`;
    return september >= yearEnd ? september : `${year + 1}-09-30`;
  }
  return endOfMonth(addMonths(yearEnd, 6));
}

function endOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The latest submission deadline that has passed by `today` (on it counts as not yet passed), and its year end. */
export function lastPassedDeadline(today: string, homesOwned: number, financialYearEnd = '03-31'): { deadline: string; yearEnd: string } {
  let yearEnd = lastYearEnd(today, financialYearEnd);
  for (let i = 0; i < 3; i++) {
    const deadline = submissionDeadline(yearEnd, homesOwned);
    if (deadline < today) return { deadline, yearEnd };
    yearEnd = yearEndIn(Number(yearEnd.slice(0, 4)) - 1, financialYearEnd);
  }
  return { deadline: submissionDeadline(yearEnd, homesOwned), yearEnd };
}

/** Whether a record dated `date` is within `months` months before `today` (inclusive), e.g. a yearly self-assessment. */
export function withinMonths(date: string, today: string, months: number): boolean {
  return date <= today && addMonths(date, months) >= today;
}

/** A date field's value as a real date string, or undefined (YAML gives dates as strings here). */
export function dateValue(value: unknown): string | undefined {
  return typeof value === 'string' && isRealDate(value) ? value : undefined;
}
