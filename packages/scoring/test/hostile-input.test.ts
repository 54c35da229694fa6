// Regression tests of issue 16: inputs that broke the promise "every bad input a typed error".
import {
  questionnaire as publishedQuestionnaire,
  ResponseValidationError,
} from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  addWeeksToDate,
  addYearsToDate,
  CalendarDateError,
  daysBetween,
  isCalendarDate,
  isResultOf,
  monthsBetween,
  scoreResponse,
} from '../src';

const raw = (overrides: Record<string, unknown> = {}) => ({
  ...JSON.parse(JSON.stringify(sampleHalfway)),
  ...overrides,
});

describe('dates at the ends of the calendar (issue 16, promises 1 and 2)', () => {
  it('answers a completion date before 1900 with the typed validation error, not a RangeError', () => {
    for (const completedOn of ['0000-01-01', '0001-01-01', '1899-12-31'])
      expect(() => scoreResponse(raw({ completedOn }))).toThrow(ResponseValidationError);
  });

  it('answers a completion date after 2999 with the typed validation error', () => {
    expect(() => scoreResponse(raw({ completedOn: '9999-12-31' }))).toThrow(
      ResponseValidationError,
    );
  });

  it('computes four-digit next-phase dates from the last date of the range', () => {
    const next = scoreResponse(raw({ completedOn: '2999-12-31' })).inkPhase.next;
    expect(next?.earliestDate).toBe('3000-12-31');
    expect(next?.typicalDate).toBe('3001-12-31');
    expect(scoreResponse(raw({ completedOn: '1900-01-01' })).inkPhase.next?.earliestDate).toBe(
      '1901-01-01',
    );
  });

  it('isCalendarDate is the range of the model', () => {
    expect(isCalendarDate('1900-01-01')).toBe(true);
    expect(isCalendarDate('2999-12-31')).toBe(true);
    expect(isCalendarDate('1899-12-31')).toBe(false);
    expect(isCalendarDate('3000-01-01')).toBe(false);
  });

  it('the date helpers refuse with a CalendarDateError, never a five-digit year', () => {
    expect(() => addYearsToDate('9999-12-31', 1)).toThrow(CalendarDateError);
    expect(() => addWeeksToDate('9999-12-31', 1)).toThrow(CalendarDateError);
    expect(() => addYearsToDate('2026-02-30', 1)).toThrow(CalendarDateError);
    expect(() => daysBetween('0000-01-01', '2026-01-01')).toThrow(CalendarDateError);
    expect(() => monthsBetween(42 as unknown as string, '2026-01-01')).toThrow(CalendarDateError);
    expect(addYearsToDate('0001-03-01', 1)).toBe('0002-03-01');
    expect(addYearsToDate('9998-12-31', 1)).toBe('9999-12-31');
    expect(() => addYearsToDate('9'.repeat(1000), 1)).toThrow(
      /^Expected a date YYYY-MM-DD, got "9{100}…"$/,
    );
  });
});

describe('a custom questionnaire changed between calls (issue 16, promise 6)', () => {
  it('is checked again, so an answer beyond the new scale is an error, never a score of 400', () => {
    const custom = structuredClone(publishedQuestionnaire) as unknown as {
      items: { id: string; scale: string; scored: boolean; allowsNotApplicable: boolean }[];
    };
    const item = custom.items.find(
      (candidate) => candidate.scored && candidate.scale === 'agreement',
    );
    if (!item) throw new Error('no agreement item');
    const response = raw({ answers: { ...sampleHalfway.answers, [item.id]: 4 } });
    const options = { questionnaire: custom as unknown as typeof publishedQuestionnaire };
    scoreResponse(response, options);
    item.scale = 'yes-no';
    expect(() => scoreResponse(response, options)).toThrow(ResponseValidationError);
  });
});

describe('isResultOf checks the structure of a result (found by the fuzz tests)', () => {
  const result = JSON.parse(JSON.stringify(scoreResponse(sampleHalfway)));

  it.each([
    ['an aspect missing', { aspects: { ...result.aspects, safety: undefined } }],
    [
      'a theme score of NaN',
      { themes: { ...result.themes, governance: { score: Number.NaN, coverage: 1 } } },
    ],
    ['a section score above 100', { sections: { vision: { score: 1e9, coverage: 100 } } }],
    ['an overall that is text', { overall: 'abc' }],
    ['an INK phase of 6', { inkPhase: { ...result.inkPhase, phase: 6 } }],
    ['no next phase progress', { inkPhase: { ...result.inkPhase, next: {} } }],
    ['more answered than applicable', { completeness: { ...result.completeness, answered: 1e6 } }],
    ['a self-assessment of a string', { selfAssessment: 'high' }],
    ['no ideas list', { ideas: undefined }],
  ])('refuses a result with %s', (_, change) => {
    expect(isResultOf(result, sampleHalfway)).toBe(true);
    expect(isResultOf({ ...result, ...change }, sampleHalfway)).toBe(false);
  });
});
