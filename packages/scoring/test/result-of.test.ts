import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { isResultOf, scoreResponse } from '../src';

const result = scoreResponse(sampleHalfway);

describe('isResultOf: values that cannot be read', () => {
  it('is false, not an error, for a result with a throwing getter', () => {
    const throwing = Object.defineProperty({ ...result }, 'overall', {
      get() {
        throw new Error('unreadable');
      },
      enumerable: true,
    });
    expect(isResultOf(throwing, sampleHalfway)).toBe(false);
  });
});

describe('isResultOf: scores', () => {
  it('takes a number only, not a text that reads as one', () => {
    expect(isResultOf({ ...result, overall: '50' }, sampleHalfway)).toBe(false);
    expect(isResultOf({ ...result, overall: 50 }, sampleHalfway)).toBe(true);
  });
});

describe('isResultOf: score pairs', () => {
  // A value that is no object has no pairs: a number has no own keys, so "every key holds a pair"
  // would hold for it.
  it.each([5, true, 0, null])('refuses sections of %s', (sections) => {
    expect(isResultOf({ ...result, sections }, sampleHalfway)).toBe(false);
  });

  it('refuses aspects or themes that are no object', () => {
    expect(isResultOf({ ...result, aspects: 5 }, sampleHalfway)).toBe(false);
    expect(isResultOf({ ...result, themes: 'themes' }, sampleHalfway)).toBe(false);
  });
});

describe('isResultOf: the response compared with', () => {
  // A structure without practice, date or questionnaire, to compare the fields on their own.
  const { practiceId: _, completedOn: __, questionnaire: ___, ...anonymous } = result;

  it('must be an object', () => {
    for (const response of [5, 'x', true, undefined, null])
      expect(isResultOf(anonymous, response as never)).toBe(false);
  });

  it('is compared field by field: fields absent on both sides are equal', () => {
    expect(isResultOf(anonymous, {} as never)).toBe(true);
    expect(isResultOf(anonymous, sampleHalfway)).toBe(false);
    expect(isResultOf(result, {} as never)).toBe(false);
  });
});
