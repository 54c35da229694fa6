import { answerScaleMax, questionnaire as published } from '@praktijkscan/model';
import { describe, expect, it } from 'vitest';
import { defaultPhaseThresholds, isResultOf, ScoreOptionsError, scoreResponse } from '../src';
import { buildQuestionnaire, buildResponse } from './support/build';

const questionnaire = buildQuestionnaire([{ id: 'one', scale: 'yes-no', inkPhase: 1 }]);
const response = buildResponse(questionnaire, { one: 1 });

/** The error `scoreResponse` throws for `options`, which must be a ScoreOptionsError. */
function optionsError(options: object): ScoreOptionsError {
  try {
    scoreResponse(response, { questionnaire, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(ScoreOptionsError);
    return error as ScoreOptionsError;
  }
  throw new Error(`no error for ${JSON.stringify(options)}`);
}

describe('scoring options: messages', () => {
  it.each([
    [{ phaseThreshold: '50' }, 'phaseThreshold', 'expected a number from 0 to 100, got "50"'],
    [{ phaseThreshold: true }, 'phaseThreshold', 'expected a number from 0 to 100, got boolean'],
    [{ phaseCoverage: {} }, 'phaseCoverage', 'expected a number from 0 to 100, got object'],
    [{ phaseCoverage: Number.NaN }, 'phaseCoverage', 'expected a number from 0 to 100, got NaN'],
    [
      { phaseCoverage: Number.POSITIVE_INFINITY },
      'phaseCoverage',
      'expected a number from 0 to 100, got Infinity',
    ],
    [
      { phaseThreshold: 100.1 },
      'phaseThreshold',
      'expected a number from 0 to 100 with at most one decimal, got 100.1',
    ],
    [
      { phaseCoverage: -0.1 },
      'phaseCoverage',
      'expected a number from 0 to 100 with at most one decimal, got -0.1',
    ],
    [
      { phaseThreshold: 50.05 },
      'phaseThreshold',
      'expected a number from 0 to 100 with at most one decimal, got 50.05',
    ],
    [{ phaseTreshold: 50 }, 'phaseTreshold', 'unknown option'],
  ])('%j: %s, %s', (options, option, message) => {
    const error = optionsError(options);
    expect(error.name).toBe('ScoreOptionsError');
    expect(error.option).toBe(option);
    expect(error.message).toBe(`Invalid scoring option "${option}": ${message}`);
  });

  it('refuses options that are not an object', () => {
    for (const options of [null, 60, 'phaseThreshold']) {
      expect(() => scoreResponse(response, options as never)).toThrow(
        'Invalid scoring option "options": expected an object',
      );
    }
  });

  it('quotes a long option name or text bounded', () => {
    const long = 'x'.repeat(1000);
    expect(optionsError({ [long]: 1 }).message.length).toBeLessThan(200);
    expect(optionsError({ phaseThreshold: long }).message.length).toBeLessThan(300);
  });

  it('takes the ends of the range and whole numbers, one threshold alone keeping the other default', () => {
    expect(defaultPhaseThresholds).toEqual({ phaseThreshold: 60, phaseCoverage: 50 });
    // One yes of one item: score 100, coverage 100.
    for (const options of [
      { phaseThreshold: 0 },
      { phaseThreshold: 100 },
      { phaseCoverage: 0 },
      { phaseCoverage: 100 },
      { phaseThreshold: 100, phaseCoverage: 100 },
    ]) {
      expect(scoreResponse(response, { questionnaire, ...options }).inkPhase.attained['1']).toBe(
        true,
      );
    }
    const none = buildResponse(questionnaire, { one: 0 });
    expect(scoreResponse(none, { questionnaire, phaseThreshold: 0 }).inkPhase.attained['1']).toBe(
      true,
    );
    expect(scoreResponse(none, { questionnaire, phaseThreshold: 0.1 }).inkPhase.attained['1']).toBe(
      false,
    );
    // null is no value, as undefined is: the default.
    expect(
      scoreResponse(none, { questionnaire, phaseThreshold: null as never }).inkPhase.attained['1'],
    ).toBe(false);
    // The default threshold of 60 still holds when only the coverage is given.
    expect(scoreResponse(none, { questionnaire, phaseCoverage: 0 }).inkPhase.attained['1']).toBe(
      false,
    );
  });
});

describe('isResultOf at the ends of every range', () => {
  const allAt = (pickValue: (max: number) => number) =>
    buildResponse(
      published,
      Object.fromEntries(
        published.items.map((item) => [item.id, pickValue(answerScaleMax(item.scale))]),
      ),
    );

  it('holds for the results of all answers at max (100.0, phase 5) and at 0 (0.0, phase 0)', () => {
    for (const answers of [allAt((max) => max), allAt(() => 0)]) {
      const result = JSON.parse(JSON.stringify(scoreResponse(answers)));
      expect(result.completeness.answered).toBe(result.completeness.applicable);
      expect(isResultOf(result, answers)).toBe(true);
    }
  });

  it('refuses a score just past either end, and counts that are not whole or below 0', () => {
    const answers = allAt((max) => max);
    const result = JSON.parse(JSON.stringify(scoreResponse(answers)));
    const refused = [
      { overall: 100.1 },
      { overall: -0.1 },
      { overall: undefined },
      { inkPhase: { ...result.inkPhase, phase: -1 } },
      { inkPhase: { ...result.inkPhase, phase: 4.5 } },
      { inkPhase: { ...result.inkPhase, attained: null } },
      { inkPhase: { ...result.inkPhase, next: { progress: 100.1 } } },
      { inkPhase: null },
      { completeness: { ...result.completeness, answered: -1 } },
      { completeness: { ...result.completeness, applicable: 1.5 } },
      { completeness: { ...result.completeness, missing: {} } },
      { completeness: null },
      { selfAssessment: { score: -1 } },
      { selfAssessment: undefined },
      { sections: null },
      { sections: { any: null } },
      { sections: { any: { score: 50, coverage: 101 } } },
      { questionnaire: undefined },
    ];
    for (const change of refused) {
      expect(isResultOf({ ...result, ...change }, answers), JSON.stringify(change)).toBe(false);
    }
    for (const accepted of [
      { selfAssessment: null },
      { selfAssessment: { score: null } },
      { overall: null },
      { inkPhase: { ...result.inkPhase, next: { progress: 0 } } },
      { sections: {} },
    ]) {
      expect(isResultOf({ ...result, ...accepted }, answers), JSON.stringify(accepted)).toBe(true);
    }
    expect(isResultOf(result, null as never)).toBe(false);
    expect(isResultOf(result, { ...answers, questionnaire: undefined } as never)).toBe(false);
  });
});
