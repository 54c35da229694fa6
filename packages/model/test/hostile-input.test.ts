// Regression tests of issue 16: inputs that broke the promise "every bad input a typed error with
// every problem, bounded in size, nothing partial".
import { describe, expect, it } from 'vitest';
import {
  boundedText,
  calendarDateRange,
  isDateInCalendarRange,
  parseResponseJson,
  questionnaire,
  ResponseValidationError,
  responseLimits,
  safeParseResponse,
} from '../src';
import { sampleHalfway } from '../src/samples';

const valid = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...JSON.parse(JSON.stringify(sampleHalfway)),
  ...overrides,
});

function codes(input: unknown): [string, string][] {
  const result = safeParseResponse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.pointer, issue.code]);
}

describe('the calendar range (issue 16, promises 1 and 2)', () => {
  it('refuses dates before 1900-01-01 and after 2999-12-31 in every date field', () => {
    for (const date of ['0000-01-01', '0001-01-01', '1899-12-31', '3000-01-01', '9999-12-31']) {
      expect(codes(valid({ completedOn: date }))).toEqual([['/completedOn', 'invalid-date']]);
      expect(codes(valid({ lastPracticeVisitOn: date }))).toEqual([
        ['/lastPracticeVisitOn', 'invalid-date'],
      ]);
    }
  });

  it('accepts both ends of the range', () => {
    for (const date of [calendarDateRange.earliest, calendarDateRange.latest])
      expect(codes(valid({ completedOn: date }))).toEqual([]);
  });

  it('knows which days exist', () => {
    expect(isDateInCalendarRange('2024-02-29')).toBe(true);
    expect(isDateInCalendarRange('2100-02-29')).toBe(false);
    expect(isDateInCalendarRange('2000-02-29')).toBe(true);
    expect(isDateInCalendarRange('2026-04-31')).toBe(false);
    expect(isDateInCalendarRange('2026-13-01')).toBe(false);
    expect(isDateInCalendarRange('2026-00-10')).toBe(false);
    expect(isDateInCalendarRange('2026-01-00')).toBe(false);
    expect(isDateInCalendarRange(20260101)).toBe(false);
  });
});

describe('safeParseResponse on values that are not JSON (issue 16, promise 7)', () => {
  it('reports a list whose constructor is overwritten instead of throwing', () => {
    const ideas: unknown[] = [];
    Object.defineProperty(ideas, 'constructor', {
      value: {
        [Symbol.species]: () => {
          throw new Error('no');
        },
      },
    });
    expect(() => safeParseResponse(valid({ ideas }))).not.toThrow();
    expect(safeParseResponse(valid({ ideas })).success).toBe(true);
  });

  it('reports a getter that throws as unreadable-value at its path', () => {
    const input = valid();
    Object.defineProperty(input, 'practiceName', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(codes(input)).toEqual([['/practiceName', 'unreadable-value']]);
  });

  it('reports a revoked Proxy, at the root or inside', () => {
    const root = Proxy.revocable({}, {});
    root.revoke();
    expect(codes(root.proxy)).toEqual([['', 'unreadable-value']]);
    const inner = Proxy.revocable([], {});
    inner.revoke();
    expect(codes(valid({ ideas: inner.proxy }))).toEqual([['/ideas', 'unreadable-value']]);
  });

  it('counts the empty slots of a sparse list against the size limit, without walking them', () => {
    const ideas = new Array(100_000_000);
    expect(codes(valid({ ideas }))).toEqual([['', 'input-too-large']]);
  });
});

describe('messages quote input as it is, bounded (issue 16, promises 8 and 9)', () => {
  it('keeps $& and the other replacement patterns in received text', () => {
    for (const text of ['$&', '$`', "$'", '$$', '$1']) {
      const result = safeParseResponse(valid({ answers: text }));
      if (result.success) throw new Error('expected a failure');
      expect(result.error.issues[0]?.message).toContain(`"${text}"`);
    }
  });

  it('quotes at most 100 characters of any input, with an ellipsis', () => {
    const long = 'x'.repeat(1_000_000);
    const inputs = [
      valid({ [long]: 1 }),
      valid({ answers: { [long]: 1 } }),
      valid({ bottlenecks: [long] }),
      valid({ questionnaire: { id: long, version: '1.0.0' } }),
      valid({ questionnaire: { id: 'praktijkscan', version: long } }),
      valid({ answers: long }),
    ];
    for (const input of inputs) {
      const result = safeParseResponse(input);
      if (result.success) throw new Error('expected a failure');
      expect(result.error.message.length).toBeLessThan(2000);
      for (const issue of result.error.issues) {
        expect(issue.message.length).toBeLessThan(1000);
        for (const value of Object.values(issue.params))
          if (typeof value === 'string' && value.includes('x'.repeat(101)))
            throw new Error(`unbounded param ${value.length}`);
      }
    }
    expect(() => parseResponseJson(`{"a": ${'['.repeat(50)}`)).toThrow(ResponseValidationError);
  });

  it('lists at most maxIssues problems, the last saying how many there were', () => {
    const keys = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`k${index}`, 1]));
    const result = safeParseResponse(valid(keys));
    if (result.success) throw new Error('expected a failure');
    expect(result.error.issues).toHaveLength(responseLimits.maxIssues);
    expect(result.error.issues.at(-1)?.code).toBe('input-too-large');
    expect(result.error.issues.at(-1)?.message).toContain('1000 problems');
  });

  it('a locale that is not one names its type, however large (found by the fuzz tests)', () => {
    // JSON.stringify wrote a sparse array of 1e8 slots out whole: half a minute, 500 MB.
    expect(() => safeParseResponse({}, { locale: new Array(100_000_000) as never })).toThrow(
      'locale must be "nl" or "en", got object',
    );
    expect(() => safeParseResponse({}, { locale: 'x'.repeat(1_000) as never })).toThrow(
      `got "${'x'.repeat(100)}…"`,
    );
  });

  it('boundedText cuts at 100 characters with an ellipsis', () => {
    expect(boundedText('y'.repeat(100))).toBe('y'.repeat(100));
    expect(boundedText('y'.repeat(101))).toBe(`${'y'.repeat(100)}…`);
    expect(boundedText('abc', 2)).toBe('ab…');
  });
});

describe('a custom questionnaire that changes (issue 16, promise 6)', () => {
  it('is read afresh by every parse when it is not frozen', () => {
    const custom = JSON.parse(JSON.stringify(questionnaire));
    const item = custom.items.find(
      (candidate: { scale: string; allowsNotApplicable: boolean }) =>
        candidate.scale === 'agreement' && !candidate.allowsNotApplicable,
    );
    const response = valid({ answers: { [item.id]: 4 } });
    expect(safeParseResponse(response, { questionnaire: custom }).success).toBe(true);
    item.scale = 'yes-no';
    expect(codes2(safeParseResponse(response, { questionnaire: custom }))).toEqual([
      [`/answers/${item.id}`, 'answer-out-of-range'],
    ]);
  });
});

function codes2(result: ReturnType<typeof safeParseResponse>): [string, string][] {
  return result.success ? [] : result.error.issues.map((issue) => [issue.pointer, issue.code]);
}
