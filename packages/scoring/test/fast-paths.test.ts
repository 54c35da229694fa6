import { fc, test } from '@fast-check/vitest';
import { matrixQuadrants } from '@praktijkscan/model';
import { addWeeks, addYears, differenceInCalendarDays, differenceInMonths, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addWeeksToDate,
  addYearsToDate,
  CalendarDateError,
  compareByMatrix,
  daysBetween,
  monthsBetween,
  quadrantRank,
  scoreResponse,
} from '../src';
import { fromIsoDate, toIsoDate } from '../src/dates/dates';
import { buildQuestionnaire, buildResponse } from './support/build';

// The faster code paths of docs/performance.md ("What changed") against what they replaced.

describe('quadrantRank', () => {
  it('is each quadrant’s rank in matrixQuadrants (its position in matrixQuadrantIds plus one)', () => {
    for (const quadrant of matrixQuadrants) expect(quadrantRank(quadrant.id)).toBe(quadrant.rank);
  });
});

describe('toIsoDate', () => {
  test.prop([
    fc.date({
      min: new Date(-271_000, 0, 1),
      max: new Date(275_000, 0, 1),
      noInvalidDate: true,
    }),
  ])(
    "equals date-fns' format(date, 'yyyy-MM-dd') in the years 0001 to 9999, and refuses every other year with a CalendarDateError (issue 16)",
    (date) => {
      const year = date.getFullYear();
      if (year >= 1 && year <= 9999) expect(toIsoDate(date)).toBe(format(date, 'yyyy-MM-dd'));
      else expect(() => toIsoDate(date)).toThrow(CalendarDateError);
    },
  );

  it('throws a RangeError with the message of date-fns for an invalid date', () => {
    expect(() => format(new Date(Number.NaN), 'yyyy-MM-dd')).toThrow(
      new RangeError('Invalid time value'),
    );
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(
      new CalendarDateError('outside-calendar', 'Invalid time value'),
    );
  });
});

describe('remembered date differences', () => {
  it('give the same answer the second time, and refuse a bad date every time', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    for (let round = 0; round < 2; round += 1)
      expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });

  it('never answer for a value that only reads like a remembered date', () => {
    expect(daysBetween('2026-01-01', '2026-01-02')).toBe(1);
    const lookalike = { toString: () => '2026-01-01' } as unknown as string;
    expect(() => daysBetween(lookalike, '2026-01-02')).toThrow(RangeError);
  });

  test.prop([
    fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2999-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.integer({ min: -60, max: 60 }),
  ])('dates weeks and years on are date-fns’s, asked once or again', (date, amount) => {
    const value = date.toISOString().slice(0, 10);
    const weeks = toIsoDate(addWeeks(fromIsoDate(value), amount));
    const years = toIsoDate(addYears(fromIsoDate(value), amount));
    for (let round = 0; round < 2; round += 1) {
      expect(addWeeksToDate(value, amount)).toBe(weeks);
      expect(addYearsToDate(value, amount)).toBe(years);
    }
  });

  test.prop([
    fc.array(
      fc.date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2999-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      { minLength: 2, maxLength: 6 },
    ),
  ])(
    'days and months between dates are date-fns’s, for every pair asked once or again',
    (dates) => {
      // Pairs that share their first date land in one remembered table: each must keep its own answer.
      const values = dates.map((date) => date.toISOString().slice(0, 10));
      for (let round = 0; round < 2; round += 1)
        for (const from of values)
          for (const to of values) {
            expect(daysBetween(from, to)).toBe(
              differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from)),
            );
            expect(monthsBetween(from, to)).toBe(
              differenceInMonths(fromIsoDate(to), fromIsoDate(from)),
            );
          }
    },
  );

  it('start again when full, and still answer right after that', () => {
    // More pairs than a table keeps (4,096): the answers after it starts again are still right.
    const from = '2020-01-01';
    for (let offset = 0; offset < 5000; offset += 1) {
      const to = toIsoDate(addWeeks(fromIsoDate(from), offset % 2 === 0 ? offset : -offset));
      expect(addWeeksToDate(from, offset % 2 === 0 ? offset : -offset)).toBe(to);
    }
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addWeeksToDate('2026-01-01', 1)).toBe('2026-01-08');
  });

  it('refuse a bad date every time, and never answer for a lookalike', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(() => addWeeksToDate('2026-02-30', 1)).toThrow(CalendarDateError);
      expect(() => addYearsToDate('9999-12-31', 1)).toThrow(CalendarDateError);
    }
    expect(addWeeksToDate('2026-01-01', 1)).toBe('2026-01-08');
    const lookalike = { toString: () => '2026-01-01' } as unknown as string;
    expect(() => addWeeksToDate(lookalike, 1)).toThrow(CalendarDateError);
  });
});

describe('compareByMatrix on ids', () => {
  // The code-point order as it was written before: both ids spread into code points.
  const reference = (a: string, b: string) => {
    const left = [...a];
    const right = [...b];
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
      const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
      if (difference !== 0) return difference;
    }
    return left.length - right.length;
  };
  const text = fc.string({
    unit: fc.constantFrom(
      'a',
      'b',
      'z',
      '-',
      '\u00e9',
      '\uffff',
      '\ud83d\ude00',
      '\ud800',
      '\udc00',
    ),
    maxLength: 6,
  });

  test.prop([text, text])('orders ids exactly by code points, surrogates included', (a, b) => {
    const item = (id: string) => ({ id, effect: 3, energy: 2 });
    expect(compareByMatrix(item(a), item(b))).toBe(reference(a, b));
  });
});

describe('scoreResponse with a questionnaire that is not frozen', () => {
  it('reads the questionnaire as it is at each call', () => {
    // buildQuestionnaire freezes; a structured clone is the same questionnaire, not frozen.
    const questionnaire = structuredClone(
      buildQuestionnaire([
        { id: 'a', weights: { safety: 1 } },
        { id: 'b', weights: { safety: 1 } },
      ]),
    );
    const response = buildResponse(questionnaire, { a: 4, b: 0 });
    expect(scoreResponse(response, { questionnaire }).aspects.safety.score).toBe(50);
    (questionnaire.items[1] as { weights: Record<string, number> }).weights.safety = 3;
    expect(scoreResponse(response, { questionnaire }).aspects.safety.score).toBe(25);
  });
});
