/**
 * The calendar dates praktijkscan reads, the same for every stage: a response's dates
 * (`parseResponse`), `recommend`'s and `buildReportData`'s `asOf`, and the command line's
 * `--as-of`. A date outside it is refused where it is read, with the stage's typed error.
 *
 * Why these bounds: a practice scan is about a real practice, so a date before 1900 or after 2999
 * is a typing error; and every date a stage computes from a date it read (the next INK phase at
 * most two years on, a step's evaluation at most 60 weeks after its start) stays a four-digit
 * `YYYY-MM-DD`, which the date helpers of `@praktijkscan/scoring` check as well.
 *
 * @example
 * ```ts
 * import { calendarDateRange } from '@praktijkscan/model';
 * calendarDateRange.latest; // '2999-12-31'
 * ```
 */
export const calendarDateRange = Object.freeze({
  earliest: '1900-01-01',
  latest: '2999-12-31',
} as const);

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Tells whether a value is a calendar date `YYYY-MM-DD` that exists (29 February only in leap
 * years) within {@link calendarDateRange}.
 *
 * @example
 * ```ts
 * import { isDateInCalendarRange } from '@praktijkscan/model';
 * isDateInCalendarRange('2024-02-29'); // true
 * isDateInCalendarRange('2026-02-29'); // false
 * isDateInCalendarRange('0001-01-01'); // false (before 1900)
 * ```
 */
export function isDateInCalendarRange(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = isoDate.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] as number);
  if (day > last) return false;
  // Same-length YYYY-MM-DD strings order as the dates they name.
  return value >= calendarDateRange.earliest && value <= calendarDateRange.latest;
}
