import { describe, expect, it } from 'vitest';
import {
  addWeeksToDate,
  addYearsToDate,
  CalendarDateError,
  daysBetween,
  monthsBetween,
} from '../src';

const dateError = (run: () => unknown): CalendarDateError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarDateError) return error;
    throw error;
  }
  throw new Error('no error');
};

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
