import { addWeeks, addYears, differenceInCalendarDays, differenceInMonths, format } from 'date-fns';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is a calendar date `YYYY-MM-DD` that exists (29 February only in leap years).
 *
 * @example
 * ```ts
 * import { isCalendarDate } from '@praktijkscan/scoring';
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2026-02-29'); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !isoDate.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day, 12);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/**
 * Reads a calendar date `YYYY-MM-DD` as local noon, a time that exists on every day in every time
 * zone, so that date-fns' calendar arithmetic never slips a day whatever the machine's zone.
 */
export function fromIsoDate(value: string): Date {
  const match = isoDate.exec(value);
  if (!match) throw new RangeError(`Expected a date YYYY-MM-DD, got "${value}"`);
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  if (format(date, 'yyyy-MM-dd') !== value) throw new RangeError(`Not a calendar date: "${value}"`);
  return date;
}

/** Formats a date as `YYYY-MM-DD` in the same local calendar `fromIsoDate` reads it in. */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Adds whole years to a calendar date the way date-fns does: 29 February plus one year is
 * 28 February.
 *
 * @example
 * ```ts
 * import { addYearsToDate } from '@praktijkscan/scoring';
 * addYearsToDate('2024-02-29', 1); // '2025-02-28'
 * ```
 */
export function addYearsToDate(value: string, years: number): string {
  return toIsoDate(addYears(fromIsoDate(value), years));
}

/**
 * Adds whole weeks to a calendar date.
 *
 * @example
 * ```ts
 * import { addWeeksToDate } from '@praktijkscan/scoring';
 * addWeeksToDate('2026-12-24', 2); // '2027-01-07'
 * ```
 */
export function addWeeksToDate(value: string, weeks: number): string {
  return toIsoDate(addWeeks(fromIsoDate(value), weeks));
}

/**
 * Whole months from one calendar date to a later one, as date-fns counts them (negative where
 * `to` is earlier).
 *
 * @example
 * ```ts
 * import { monthsBetween } from '@praktijkscan/scoring';
 * monthsBetween('2025-01-30', '2025-02-27'); // 0
 * monthsBetween('2025-01-31', '2025-02-28'); // 1 (end of month to end of month)
 * monthsBetween('2025-01-15', '2026-01-15'); // 12
 * ```
 */
export function monthsBetween(from: string, to: string): number {
  return differenceInMonths(fromIsoDate(to), fromIsoDate(from));
}

/**
 * Days from one calendar date to another (negative where `to` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from '@praktijkscan/scoring';
 * daysBetween('2026-01-01', '2027-01-01'); // 365
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
}
