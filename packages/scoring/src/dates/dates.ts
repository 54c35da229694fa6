import { addYears, format } from 'date-fns';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

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
