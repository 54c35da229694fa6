import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { adoptionProfile, ScoreOptionsError, scoreResponse } from '../src';
import { thrownBy } from './support/thrown';

const optionError = (run: () => unknown) => thrownBy(run, ScoreOptionsError);

/** Options whose questionnaire cannot be read. */
const unreadable = () => ({
  get questionnaire(): never {
    throw new Error('unreadable');
  },
});

describe('adoptionProfile: options', () => {
  it('refuses options that are not an object', () => {
    for (const options of [null, 5, 'x']) {
      const error = optionError(() => adoptionProfile(sampleHalfway, options as never));
      expect(error.option).toBe('options');
      expect(error.message).toBe('Invalid scoring option "options": expected an object');
    }
  });

  it('names an unknown option, a scoring option included', () => {
    const error = optionError(() =>
      adoptionProfile(sampleHalfway, { phaseThreshold: 60 } as never),
    );
    expect(error.option).toBe('phaseThreshold');
    expect(error.message).toBe('Invalid scoring option "phaseThreshold": unknown option');
  });

  it('says so where an option cannot be read', () => {
    const error = optionError(() => adoptionProfile(sampleHalfway, unreadable()));
    expect(error.option).toBe('options');
    expect(error.message).toBe(
      'Invalid scoring option "options": a value cannot be read (a getter that throws, a revoked Proxy)',
    );
  });
});

describe('scoreResponse: options', () => {
  it('says so where an option cannot be read', () => {
    const error = optionError(() => scoreResponse(sampleHalfway, unreadable()));
    expect(error.option).toBe('options');
    expect(error.message).toBe(
      'Invalid scoring option "options": a value cannot be read (a getter that throws, a revoked Proxy)',
    );
  });

  it('describes a threshold that is no finite number', () => {
    const cases: [unknown, string][] = [
      ['60', '"60"'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [true, 'boolean'],
    ];
    for (const [value, described] of cases) {
      const error = optionError(() =>
        scoreResponse(sampleHalfway, { phaseThreshold: value as number }),
      );
      expect(error.option).toBe('phaseThreshold');
      expect(error.message).toBe(
        `Invalid scoring option "phaseThreshold": expected a number from 0 to 100, got ${described}`,
      );
    }
  });
});
