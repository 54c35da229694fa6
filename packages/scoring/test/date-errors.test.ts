import { describe, expect, it } from 'vitest';
import {
  addWeeksToDate,
  addYearsToDate,
  CalendarDateError,
  daysBetween,
  monthsBetween,
} from '../src';
import { thrownBy } from './support/thrown';

const dateError = (run: () => unknown) => thrownBy(run, CalendarDateError);

describe('CalendarDateError', () => {
  it('is a RangeError named CalendarDateError with a code', () => {
    const error = dateError(() => addYearsToDate('2026-02-30', 1));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.name).toBe('CalendarDateError');
    expect(error.code).toBe('not-a-calendar-date');
    expect(error.message).toBe('Not a calendar date: "2026-02-30"');
  });

  it('says what it expected where the text is no date at all', () => {
    const error = dateError(() => addWeeksToDate('30-02-2026', 1));
    expect(error.code).toBe('not-a-calendar-date');
    expect(error.message).toBe('Expected a date YYYY-MM-DD, got "30-02-2026"');
  });

  it('names the type of a value that is no text', () => {
    for (const [value, type] of [
      [5, 'number'],
      [null, 'object'],
      [undefined, 'undefined'],
    ] as const) {
      const error = dateError(() => daysBetween(value as never, '2026-01-01'));
      expect(error.code).toBe('not-a-calendar-date');
      expect(error.message).toBe(`Expected a date YYYY-MM-DD, got "${type}"`);
      expect(dateError(() => addYearsToDate(value as never, 1)).message).toBe(
        `Expected a date YYYY-MM-DD, got "${type}"`,
      );
    }
  });

  it('says it expected text for an object that reads as a date, without reading it as one', () => {
    const datelike = { toString: () => '2026-01-01' };
    for (const value of [datelike, new String('2026-01-01'), new Date(2026, 0, 1, 12)]) {
      const error = dateError(() => daysBetween(value as never, '2026-01-01'));
      expect(error.code).toBe('not-a-calendar-date');
      expect(error.message).toBe('Expected a date YYYY-MM-DD, got "object"');
    }
  });

  it('quotes at most 100 characters of the value, with an ellipsis where it cuts', () => {
    const hundred = 'x'.repeat(100);
    expect(dateError(() => monthsBetween('2026-01-01', hundred)).message).toBe(
      `Expected a date YYYY-MM-DD, got "${hundred}"`,
    );
    expect(dateError(() => monthsBetween('2026-01-01', `${hundred}yz`)).message).toBe(
      `Expected a date YYYY-MM-DD, got "${hundred}…"`,
    );
  });

  it('refuses a year 0000 as no calendar date', () => {
    const error = dateError(() => addYearsToDate('0000-01-01', 1));
    expect(error.code).toBe('not-a-calendar-date');
    expect(error.message).toBe('Not a calendar date: "0000-01-01"');
  });

  it('refuses a result beyond the year 9999, naming the year', () => {
    const error = dateError(() => addYearsToDate('9999-06-01', 2));
    expect(error.code).toBe('outside-calendar');
    expect(error.message).toBe(
      'The date falls in the year 10001, outside the years 0001 to 9999 of YYYY-MM-DD',
    );
    const before = dateError(() => addWeeksToDate('0001-01-01', -1));
    expect(before.code).toBe('outside-calendar');
    expect(before.message).toBe(
      'The date falls in the year 0, outside the years 0001 to 9999 of YYYY-MM-DD',
    );
  });
});
