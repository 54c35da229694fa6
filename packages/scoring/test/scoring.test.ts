import { ResponseValidationError } from '@praktijkscan/model';
import { describe, expect, it } from 'vitest';
import {
  addWeeksToDate,
  addYearsToDate,
  compareByMatrix,
  daysBetween,
  isCalendarDate,
  isResultOf,
  meanOfScores,
  monthsBetween,
  orderByMatrix,
  quadrantOf,
  round1,
  ScoreOptionsError,
  scoreResponse,
} from '../src';
import { buildQuestionnaire, buildResponse } from './support/build';

describe('round1', () => {
  it.each([
    [0, 1, 0],
    [1, 1, 100],
    [2, 3, 66.7],
    [1, 3, 33.3],
    [1, 8, 12.5],
    [1, 16, 6.3], // 6.25 rounds half up
    [5, 16, 31.3], // 31.25
    [3, 80, 3.8], // 3.75
    [1, 400, 0.3], // 0.25
    [1, 2000, 0.1], // 0.05
    [1, 2001, 0], // 0.04997…
    [1199, 2000, 60], // 59.95 rounds up to 60.0
    [599, 1000, 59.9],
  ])('round1(%i, %i) = %d', (num, den, expected) => {
    expect(round1(num, den)).toBe(expected);
  });

  it('agrees with exact decimal rounding where floating point would not', () => {
    // 100 * 1 / 16 * 10 = 62.5 exactly, but 1.005-style values slip in binary: 0.1 + 0.2 !== 0.3.
    // Integer arithmetic keeps half-up exact for every num/den pair below.
    for (let den = 1; den <= 200; den += 1) {
      for (let num = 0; num <= den; num += 1) {
        const tenthsTimesDen = 1000 * num; // exact value * den, in tenths
        const floor = Math.floor(tenthsTimesDen / den);
        const remainder2 = 2 * (tenthsTimesDen - floor * den);
        const expected = (remainder2 >= den ? floor + 1 : floor) / 10;
        expect(round1(num, den)).toBe(expected);
      }
    }
  });

  it('rejects what is not a pair of integers num >= 0, den > 0', () => {
    expect(() => round1(1, 0)).toThrow(RangeError);
    expect(() => round1(-1, 2)).toThrow(RangeError);
    expect(() => round1(0.5, 2)).toThrow(RangeError);
  });
});

describe('meanOfScores', () => {
  it('takes the mean in tenths and rounds half up, skipping nulls', () => {
    expect(meanOfScores([50, 66.7, null])).toBe(58.4);
    expect(meanOfScores([0.1, 0])).toBe(0.1); // 0.05 rounds up
    expect(meanOfScores([null, null])).toBeNull();
    expect(meanOfScores([])).toBeNull();
  });
});

describe('quadrantOf', () => {
  it.each([
    [3, 2, 'always-do'],
    [5, 1, 'always-do'],
    [3, 3, 'do-after-weighing'],
    [2, 2, 'quick-win'],
    [1, 1, 'quick-win'],
    [2, 3, 'never-do'],
    [1, 5, 'never-do'],
  ] as const)('effect %i, energy %i → %s', (effect, energy, quadrant) => {
    expect(quadrantOf(effect, energy)).toBe(quadrant);
  });

  it('rejects ratings outside 1..5 or not whole', () => {
    expect(() => quadrantOf(0, 3)).toThrow(/effect must be an integer from 1 to 5/);
    expect(() => quadrantOf(3, 6)).toThrow(/energy must be an integer from 1 to 5/);
    expect(() => quadrantOf(2.5, 3)).toThrow(RangeError);
    expect(() => quadrantOf(Number.NaN, 3)).toThrow(RangeError);
  });
});

describe('order of recommendations and ideas', () => {
  const scores = {
    safety: { score: 40 },
    equity: { score: 20 },
    efficiency: { score: null },
  } as const;

  it('orders by quadrant, higher effect, lower energy, weaker aspect (null last), then id', () => {
    const items = [
      { id: 'never', effect: 1, energy: 5 },
      { id: 'quick', effect: 2, energy: 1 },
      { id: 'weigh', effect: 5, energy: 4 },
      { id: 'always-e3', effect: 3, energy: 1 },
      { id: 'always-e5-energy2', effect: 5, energy: 2 },
      { id: 'always-e5-energy1-safety', effect: 5, energy: 1, aspects: ['safety'] as const },
      {
        id: 'always-e5-energy1-equity',
        effect: 5,
        energy: 1,
        aspects: ['equity', 'efficiency'] as const,
      },
      { id: 'always-e5-energy1-null-b', effect: 5, energy: 1, aspects: ['efficiency'] as const },
      { id: 'always-e5-energy1-null-a', effect: 5, energy: 1 },
    ];
    expect(orderByMatrix(items, scores).map((item) => item.id)).toEqual([
      'always-e5-energy1-equity',
      'always-e5-energy1-safety',
      'always-e5-energy1-null-a',
      'always-e5-energy1-null-b',
      'always-e5-energy2',
      'always-e3',
      'weigh',
      'quick',
      'never',
    ]);
  });

  it('compares ids by code point, not by locale', () => {
    const upper = { id: 'Z', effect: 3, energy: 1 };
    const lower = { id: 'a', effect: 3, energy: 1 };
    const accented = { id: 'é', effect: 3, energy: 1 };
    expect(compareByMatrix(upper, lower)).toBeLessThan(0);
    expect(compareByMatrix(lower, accented)).toBeLessThan(0);
    expect(compareByMatrix(lower, lower)).toBe(0);
  });
});

describe('dates', () => {
  it('adds years the way date-fns does, 29 February included', () => {
    expect(addYearsToDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYearsToDate('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYearsToDate('2026-12-31', 2)).toBe('2028-12-31');
  });

  it('adds weeks, counts whole months and days across year ends and leap days', () => {
    expect(addWeeksToDate('2026-12-24', 2)).toBe('2027-01-07');
    expect(addWeeksToDate('2024-02-22', 1)).toBe('2024-02-29');
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1); // date-fns: end of month to end of month
    expect(monthsBetween('2025-01-30', '2025-02-27')).toBe(0);
    expect(monthsBetween('2025-01-15', '2026-01-15')).toBe(12);
    expect(monthsBetween('2026-06-01', '2026-01-01')).toBe(-5);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });

  it('knows which texts are calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it('rejects what is not a calendar date', () => {
    expect(() => addYearsToDate('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addYearsToDate('26-1-1', 1)).toThrow(RangeError);
  });
});

describe('INK phase boundaries (exact fractions, not rounded scores)', () => {
  // One phase-1 indicator set of `count` yes-no items; answers `yes` of them yes, `no` no, rest missing.
  function phaseOne(count: number, yes: number, no: number, options = {}) {
    const questionnaire = buildQuestionnaire(
      Array.from({ length: count }, (_, index) => ({
        id: `p1-${index}`,
        scale: 'yes-no' as const,
        inkPhase: 1 as const,
      })),
    );
    const answers = Object.fromEntries(
      questionnaire.items.slice(0, yes + no).map((item, index) => [item.id, index < yes ? 1 : 0]),
    );
    return scoreResponse(buildResponse(questionnaire, answers), { questionnaire, ...options });
  }

  it('59.9 is not attained, 60.0 is', () => {
    const below = phaseOne(1000, 599, 401);
    expect(below.inkPhase.next?.progress).toBe(59.9);
    expect(below.inkPhase.attained['1']).toBe(false);
    const at = phaseOne(1000, 600, 400);
    expect(at.inkPhase.attained['1']).toBe(true);
    expect(at.inkPhase.phase).toBe(1);
  });

  it('59.95 is reported as 60.0 but not attained: the comparison uses the exact fraction', () => {
    const result = phaseOne(2000, 1199, 801);
    expect(result.inkPhase.next?.progress).toBe(60);
    expect(result.inkPhase.attained['1']).toBe(false);
  });

  it('coverage 49.9 is not enough, 50.0 is', () => {
    const below = phaseOne(1000, 499, 0);
    expect(below.sections.main).toEqual({ score: 100, coverage: 49.9 });
    expect(below.inkPhase.attained['1']).toBe(false);
    const at = phaseOne(1000, 500, 0);
    expect(at.sections.main).toEqual({ score: 100, coverage: 50 });
    expect(at.inkPhase.attained['1']).toBe(true);
  });

  it('takes overridden thresholds, with the same exactness', () => {
    expect(phaseOne(1000, 599, 401, { phaseThreshold: 59.9 }).inkPhase.attained['1']).toBe(true);
    expect(phaseOne(1000, 499, 0, { phaseCoverage: 49.9 }).inkPhase.attained['1']).toBe(true);
    expect(phaseOne(10, 10, 0, { phaseThreshold: 100 }).inkPhase.attained['1']).toBe(true);
    expect(phaseOne(10, 0, 10, { phaseThreshold: 0 }).inkPhase.attained['1']).toBe(true);
  });

  it('a phase is attained only when every lower phase is', () => {
    const questionnaire = buildQuestionnaire([
      { id: 'one', inkPhase: 1 },
      { id: 'two', inkPhase: 2 },
      { id: 'three', inkPhase: 3 },
    ]);
    const result = scoreResponse(buildResponse(questionnaire, { one: 4, two: 0, three: 4 }), {
      questionnaire,
    });
    expect(result.inkPhase.attained).toEqual({
      '1': true,
      '2': false,
      '3': true,
      '4': false,
      '5': false,
    });
    expect(result.inkPhase.phase).toBe(1);
    expect(result.inkPhase.next?.phase).toBe(2);
    expect(result.inkPhase.next?.progress).toBe(0);
  });

  it('a phase none of whose indicators is applicable is not attained', () => {
    const questionnaire = buildQuestionnaire([
      { id: 'one', inkPhase: 1, allowsNotApplicable: true },
      { id: 'two', inkPhase: 2 },
    ]);
    const result = scoreResponse(buildResponse(questionnaire, { one: 'na', two: 4 }), {
      questionnaire,
    });
    expect(result.inkPhase.attained['1']).toBe(false);
    expect(result.inkPhase.phase).toBe(0);
    expect(result.inkPhase.next?.progress).toBeNull();
  });

  it('dates the next phase from the completion date: plus one and plus two years', () => {
    const questionnaire = buildQuestionnaire([{ id: 'one', inkPhase: 1 }]);
    const result = scoreResponse(
      buildResponse(questionnaire, { one: 1 }, { completedOn: '2024-02-29' }),
      { questionnaire },
    );
    expect(result.inkPhase.next).toEqual({
      phase: 1,
      progress: 25,
      earliestDate: '2025-02-28',
      typicalDate: '2026-02-28',
    });
  });
});

describe('aspects', () => {
  it('an aspect with nothing applicable has score and coverage null and does not count in the overall score', () => {
    const questionnaire = buildQuestionnaire([
      { id: 'fair', weights: { safety: 0, equity: 2 }, allowsNotApplicable: true },
      { id: 'safe', weights: { safety: 1 } },
      { id: 'quick', weights: { safety: 0, timeliness: 1 } },
    ]);
    const result = scoreResponse(buildResponse(questionnaire, { fair: 'na', safe: 4, quick: 1 }), {
      questionnaire,
    });
    expect(result.aspects.equity).toEqual({ score: null, coverage: null });
    expect(result.aspects.effectiveness).toEqual({ score: null, coverage: null });
    expect(result.aspects.safety).toEqual({ score: 100, coverage: 100 });
    expect(result.aspects.timeliness).toEqual({ score: 25, coverage: 100 });
    expect(result.overall).toBe(62.5);
  });

  it('an aspect whose items are all missing has a null score and coverage 0', () => {
    const questionnaire = buildQuestionnaire([
      { id: 'fair', weights: { safety: 0, equity: 2 } },
      { id: 'safe', weights: { safety: 1 } },
    ]);
    const result = scoreResponse(buildResponse(questionnaire, { safe: 2 }), { questionnaire });
    expect(result.aspects.equity).toEqual({ score: null, coverage: 0 });
    expect(result.completeness).toEqual({ answered: 1, applicable: 2, missing: ['fair'] });
    expect(result.overall).toBe(50);
  });
});

describe('inputs and options', () => {
  const questionnaire = buildQuestionnaire([{ id: 'one', inkPhase: 1 }]);

  it("validates a raw response first and throws the model's error with every problem", () => {
    const raw = { ...buildResponse(questionnaire, { one: 9, two: 1 }), completedOn: '2026-02-30' };
    try {
      scoreResponse(raw, { questionnaire });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ResponseValidationError);
      const codes = (error as ResponseValidationError).issues.map((issue) => [
        issue.pointer,
        issue.code,
      ]);
      expect(codes).toEqual(
        expect.arrayContaining([
          ['/completedOn', 'invalid-date'],
          ['/answers/one', 'answer-out-of-range'],
          ['/answers/two', 'unknown-item'],
        ]),
      );
    }
  });

  it("reports a raw response's problems in Dutch when asked", () => {
    const raw = { ...buildResponse(questionnaire, { one: 1 }), completedOn: '2026-02-30' };
    expect(() => scoreResponse(raw, { questionnaire, locale: 'nl' })).toThrow(/Geen geldige datum/);
  });

  it('rejects invalid thresholds and unknown options with the option named', () => {
    const response = buildResponse(questionnaire, { one: 1 });
    for (const [options, option] of [
      [{ phaseThreshold: 101 }, 'phaseThreshold'],
      [{ phaseThreshold: -1 }, 'phaseThreshold'],
      [{ phaseThreshold: 60.05 }, 'phaseThreshold'],
      [{ phaseCoverage: Number.NaN }, 'phaseCoverage'],
      [{ phaseCoverage: '50' }, 'phaseCoverage'],
      [{ phaseTreshold: 50 }, 'phaseTreshold'],
    ] as const) {
      expect(() => scoreResponse(response, { questionnaire, ...(options as object) })).toThrow(
        ScoreOptionsError,
      );
      try {
        scoreResponse(response, { questionnaire, ...(options as object) });
      } catch (error) {
        expect((error as ScoreOptionsError).option).toBe(option);
      }
    }
  });

  it('rejects a custom questionnaire that is not valid', () => {
    const broken = {
      ...questionnaire,
      items: [
        { ...questionnaire.items[0], weights: { ...questionnaire.items[0]?.weights, safety: 0 } },
      ],
    };
    expect(() =>
      scoreResponse(buildResponse(questionnaire, {}), { questionnaire: broken as never }),
    ).toThrow(/positive weight/);
  });

  it('rejects a response to another questionnaire than the one given', () => {
    const other = buildQuestionnaire([{ id: 'one' }], 'other-questionnaire');
    expect(() =>
      scoreResponse(buildResponse(questionnaire, { one: 1 }), { questionnaire: other }),
    ).toThrow(ResponseValidationError);
  });

  it('does not change its input', () => {
    const response = buildResponse(
      questionnaire,
      { one: 3 },
      {
        ideas: [
          { id: 'b', title: 'B', effect: 1, energy: 1 },
          { id: 'a', title: 'A', effect: 5, energy: 1 },
        ],
      },
    );
    const before = JSON.stringify(response);
    const result = scoreResponse(response, { questionnaire });
    expect(JSON.stringify(response)).toBe(before);
    expect(result.ideas.map((idea) => [idea.id, idea.quadrant])).toEqual([
      ['a', 'always-do'],
      ['b', 'quick-win'],
    ]);
  });
});

describe('isResultOf', () => {
  const questionnaire = buildQuestionnaire([{ id: 'one' }]);
  const response = buildResponse(questionnaire, { one: 2 });
  const result = scoreResponse(response, { questionnaire });

  it('holds for the result of the response, not for another practice, date or questionnaire', () => {
    expect(isResultOf(result, response)).toBe(true);
    expect(isResultOf(result, { ...response, practiceId: 'other' })).toBe(false);
    expect(isResultOf(result, { ...response, completedOn: '2026-01-01' })).toBe(false);
    expect(
      isResultOf(result, { ...response, questionnaire: { id: 'other', version: '1.0.0' } }),
    ).toBe(false);
    expect(
      isResultOf(result, {
        ...response,
        questionnaire: { id: questionnaire.id, version: '2.0.0' },
      }),
    ).toBe(false);
    expect(isResultOf(null, response)).toBe(false);
    expect(isResultOf({ ...result, aspects: undefined }, response)).toBe(false);
  });
});
