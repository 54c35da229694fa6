// Regression tests of issue 16: inputs that broke the promise "every bad input a typed error with
// every problem, bounded in size, nothing partial".
import { ResponseValidationError } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import {
  monitoringDates,
  planRoadmap,
  RecommendOptionsError,
  RuleValidationError,
  recommend,
  ruleLimits,
  validateRules,
} from '../src';

const vocabulary = {
  facts: new Set(['overall']),
  recommendations: new Set(['inform-patients-about-channels']),
};
const rule = (leaf: Record<string, unknown>) => ({
  name: 'extra',
  priority: 10,
  conditions: { all: [leaf] },
  event: { type: 'recommend', params: { recommendation: 'inform-patients-about-channels' } },
});

function caught(run: () => unknown): RuleValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleValidationError) return error;
    throw error;
  }
  throw new Error('expected a RuleValidationError');
}

describe('validateRules (issue 16, promises 9 and 10)', () => {
  it('refuses NaN and Infinity as values instead of reading them as null', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const error = caught(() =>
        validateRules([rule({ fact: 'overall', operator: 'equal', value })], vocabulary),
      );
      expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['conditions.all.0.value']);
    }
    expect(() =>
      validateRules(
        [rule({ fact: 'overall', operator: 'in', value: [1, Number.NaN] })],
        vocabulary,
      ),
    ).toThrow(RuleValidationError);
  });

  it('quotes at most 100 characters of a fact, an operator, a field or a recommendation', () => {
    const long = 'f'.repeat(1_000_000);
    const inputs = [
      [rule({ fact: long, operator: 'equal', value: 1 })],
      [rule({ fact: 'overall', operator: long, value: 1 })],
      [{ ...rule({ fact: 'overall', operator: 'equal', value: 1 }), [long]: 1 }],
      [
        {
          ...rule({ fact: 'overall', operator: 'equal', value: 1 }),
          event: { type: 'recommend', params: { recommendation: long } },
        },
      ],
    ];
    for (const rules of inputs) {
      const error = caught(() => validateRules(rules, vocabulary));
      expect(error.message.length).toBeLessThan(2000);
      for (const issue of error.issues) expect(issue.message.length).toBeLessThan(500);
    }
  });

  it('stops at the list limit: a list of 1,000 values is one issue, not a thousand', () => {
    const value = Array.from({ length: 1_000 }, () => ({}));
    const error = caught(() =>
      validateRules([rule({ fact: 'overall', operator: 'in', value })], vocabulary),
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      `at most ${ruleLimits.maxListLength} values`,
    ]);
  });

  it('refuses rules of more than 100,000 values with one issue', () => {
    const value = Array.from({ length: 1_000_000 }, () => ({}));
    const error = caught(() =>
      validateRules([rule({ fact: 'overall', operator: 'in', value })], vocabulary),
    );
    expect(error.issues).toHaveLength(1);
  });

  it('stops at the comparison limit: a list of 100,000 conditions is one issue', () => {
    const all = Array.from({ length: 100_000 }, () => ({ fact: 'x', operator: 'y', value: 1 }));
    const error = caught(() => validateRules([{ ...rule({}), conditions: { all } }], vocabulary));
    expect(error.issues).toHaveLength(1);
  });

  it('lists at most maxIssues problems, the last saying how many there were', () => {
    const rules = Array.from({ length: 200 }, () => ({ name: 'Not Kebab', extra: 1 }));
    const error = caught(() => validateRules(rules, vocabulary));
    expect(error.issues).toHaveLength(ruleLimits.maxIssues);
    expect(error.issues.at(-1)?.message).toMatch(
      /^\d+ problems, of which the first 99 are listed$/,
    );
  });

  it('answers values that cannot be read with the typed error', () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(() => validateRules(revoked.proxy, vocabulary)).toThrow(RuleValidationError);
    const getter = rule({ fact: 'overall', operator: 'equal', value: 1 });
    Object.defineProperty(getter, 'priority', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => validateRules([getter], vocabulary)).toThrow(RuleValidationError);
    expect(() =>
      validateRules([rule({ fact: 'overall', operator: 'equal', value: 10n })], vocabulary),
    ).toThrow(RuleValidationError);
  });
});

describe('recommend at the ends of the calendar (issue 16, promise 2)', () => {
  it('refuses an asOf outside the calendar range with RecommendOptionsError', async () => {
    const result = scoreResponse(sampleHalfway);
    for (const asOf of ['9999-12-31', '3000-01-01', '0001-01-01'])
      await expect(recommend(result, sampleHalfway, { asOf })).rejects.toThrow(
        RecommendOptionsError,
      );
  });

  it('computes four-digit start and evaluation dates from the last date of the range', async () => {
    const response = { ...sampleHalfway, completedOn: '2999-12-01' };
    const steps = await recommend(scoreResponse(response), response, { asOf: '2999-12-31' });
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.startBy).toMatch(/^3000-\d\d-\d\d$/);
      expect(step.evaluateOn).toMatch(/^300[01]-\d\d-\d\d$/);
    }
  });

  it('quotes at most 100 characters of a bad asOf', async () => {
    const result = scoreResponse(sampleHalfway);
    await expect(recommend(result, sampleHalfway, { asOf: 'x'.repeat(10_000) })).rejects.toThrow(
      /^.{0,300}$/s,
    );
  });
});

describe('the roadmap on hostile input (found by the fuzz tests)', () => {
  const result = scoreResponse(sampleHalfway);

  it('planRoadmap answers a capacity that JSON cannot write with RecommendOptionsError', async () => {
    const steps = await recommend(result, sampleHalfway, { asOf: '2026-11-22', locale: 'en' });
    const input = { steps, result, response: sampleHalfway, asOf: '2026-11-22' };
    // JSON.stringify of a bigint threw a TypeError while the message was made.
    expect(() => planRoadmap({ ...input, capacity: 10n as never })).toThrow(
      expect.objectContaining({ name: 'RecommendOptionsError', option: 'capacity' }),
    );
    expect(() => planRoadmap({ ...input, asOf: 'x'.repeat(1_000_000) })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^.{0,300}$/s) }),
    );
  });

  it('monitoringDates checks its response and asOf', () => {
    // A CalendarDateError of scoring and a TypeError came out.
    expect(() => monitoringDates(sampleHalfway, 'today')).toThrow(
      expect.objectContaining({ name: 'RecommendOptionsError', option: 'asOf' }),
    );
    expect(() => monitoringDates({} as never, '2026-11-22')).toThrow(ResponseValidationError);
    expect(monitoringDates(sampleHalfway, '2026-11-22').visitStatus).toBe('not-held');
  });
});
