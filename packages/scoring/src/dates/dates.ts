import { isDateInCalendarRange } from '@praktijkscan/model';
// Each function by its own subpath: the date-fns barrel loads every one of its functions, which
// cost the CLI about 0.1 s at every start.
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is a calendar date `YYYY-MM-DD` that exists (29 February only in leap years)
 * within the calendar range every stage accepts (`calendarDateRange` of `@praktijkscan/model`,
 * 1900-01-01 to 2999-12-31).
 *
 * @example
 * ```ts
 * import { isCalendarDate } from '@praktijkscan/scoring';
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2026-02-29'); // false
 * isCalendarDate('9999-12-31'); // false (after 2999-12-31)
 * ```
 */
export function isCalendarDate(value: unknown): value is string {
  return isDateInCalendarRange(value);
}

/**
 * Thrown by the date helpers for an argument that is not a calendar date `YYYY-MM-DD`, or a result
 * that would not be one (a year beyond 9999).
 *
 * @example
 * ```ts
 * import { addYearsToDate, CalendarDateError } from '@praktijkscan/scoring';
 * try {
 *   addYearsToDate('2026-02-30', 1);
 * } catch (error) {
 *   if (error instanceof CalendarDateError) error.code; // 'not-a-calendar-date'
 * }
 * ```
 */
export class CalendarDateError extends RangeError {
  override readonly name = 'CalendarDateError';
  constructor(
    readonly code: 'not-a-calendar-date' | 'outside-calendar',
    message: string,
  ) {
    super(message);
  }
}

/** A value for a message: at most 100 characters of it, with an ellipsis where it is cut. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value;
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}

/**
 * Reads a calendar date `YYYY-MM-DD` as local noon, a time that exists on every day in every time
 * zone, so that date-fns' calendar arithmetic never slips a day whatever the machine's zone.
 */
export function fromIsoDate(value: string): Date {
  const match = typeof value === 'string' ? isoDate.exec(value) : null;
  if (!match)
    throw new CalendarDateError(
      'not-a-calendar-date',
      `Expected a date YYYY-MM-DD, got ${shown(value)}`,
    );
  // setFullYear, because the Date constructor reads the years 0..99 as 1900..1999.
  const date = new Date(2000, Number(match[2]) - 1, Number(match[3]), 12);
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number(match[1]) === 0 || toIsoDate(date) !== value)
    throw new CalendarDateError('not-a-calendar-date', `Not a calendar date: ${shown(value)}`);
  return date;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

/**
 * Formats a date as `YYYY-MM-DD` in the same local calendar `fromIsoDate` reads it in: exactly
 * date-fns' `format(date, 'yyyy-MM-dd')` (at least four digits for the year of the era, a
 * `RangeError` for an invalid date), without its formatter and locale, which cost a browser
 * bundle about 6 kB gzipped and every date half its time. A year outside 0001..9999 is a
 * `CalendarDateError`: it has no `YYYY`.
 */
export function toIsoDate(date: Date): string {
  if (Number.isNaN(date.getTime()))
    throw new CalendarDateError('outside-calendar', 'Invalid time value');
  const year = date.getFullYear();
  if (year < 1 || year > 9999)
    throw new CalendarDateError(
      'outside-calendar',
      `The date falls in the year ${year}, outside the years 0001 to 9999 of YYYY-MM-DD`,
    );
  return `${String(year).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
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
  return recall(yearsLater, value, years, Number.isSafeInteger(years), yearsOn);
}

const yearsOn = (value: string, years: number) => toIsoDate(addYears(fromIsoDate(value), years));
const weeksOn = (value: string, weeks: number) => toIsoDate(addWeeks(fromIsoDate(value), weeks));
const monthsFrom = (from: string, to: string) =>
  differenceInMonths(fromIsoDate(to), fromIsoDate(from));
const daysFrom = (from: string, to: string) =>
  differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));

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
  return recall(weeksLater, value, weeks, Number.isSafeInteger(weeks), weeksOn);
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
  return recall(months, from, to, typeof to === 'string', monthsFrom);
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
  return recall(days, from, to, typeof to === 'string', daysFrom);
}

// Differences between two dates, remembered: a batch or a report asks for the same few pairs
// (completion date to "as of") again and again. Only results are kept, never an error, and each
// cache starts again when it grows large. Kept by the first date, then by the second date or the
// amount: two map lookups, without making a key text on every call.
interface Remembered<K, V> {
  readonly byFirst: Map<string, Map<K, V>>;
  size: number;
}

const rememberedOf = <K, V>(): Remembered<K, V> => ({ byFirst: new Map(), size: 0 });

const months = rememberedOf<string, number>();
const days = rememberedOf<string, number>();
// Dates a number of weeks or years on, remembered likewise: a roadmap, a report and every step of
// `recommend` ask for the same few (a start date, its evaluation, the quarters of a year).
const weeksLater = rememberedOf<number, string>();
const yearsLater = rememberedOf<number, string>();

/**
 * The value remembered for the two arguments, computed and kept the first time. Only a
 * calendar-date string with a second argument that `keeps` (a date string, or a whole number of
 * weeks or years) is remembered; anything else is computed (and refused, or rounded as date-fns
 * rounds it) each time.
 */
function recall<K, V>(
  cache: Remembered<K, V>,
  first: string,
  second: K,
  keeps: boolean,
  compute: (first: string, second: K) => V,
): V {
  if (typeof first !== 'string' || !keeps) return compute(first, second);
  return cache.byFirst.get(first)?.get(second) ?? remember(cache, first, second, compute);
}

/** Computes a value (only a result is kept, never an error) and keeps it. */
function remember<K, V>(
  cache: Remembered<K, V>,
  first: string,
  second: K,
  compute: (first: string, second: K) => V,
): V {
  const value = compute(first, second);
  if (cache.size >= 4096) {
    cache.byFirst.clear();
    cache.size = 0;
  }
  let bySecond = cache.byFirst.get(first);
  if (bySecond === undefined) {
    bySecond = new Map();
    cache.byFirst.set(first, bySecond);
  }
  bySecond.set(second, value);
  cache.size += 1;
  return value;
}
