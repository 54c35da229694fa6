import { fc, test } from '@fast-check/vitest';
import type { PracticeResponse, Questionnaire } from '@praktijkscan/model';
import { answerScaleMax, questionnaire as published, qualityAspectIds } from '@praktijkscan/model';
import { describe, expect } from 'vitest';
import { compareByMatrix, orderByMatrix, type ScoreResult, scoreResponse } from '../src';
import { scenarioArb } from './support/arbitraries';
import { buildResponse } from './support/build';
import { allScores, scorePairs } from './support/walk';

const score = (questionnaire: Questionnaire, response: unknown): ScoreResult =>
  scoreResponse(response, { questionnaire });

function withoutItem(questionnaire: Questionnaire, itemId: string): Questionnaire {
  return { ...questionnaire, items: questionnaire.items.filter((item) => item.id !== itemId) };
}

function withAnswer(
  response: PracticeResponse,
  itemId: string,
  answer: number | 'na' | undefined,
): PracticeResponse {
  const answers: Record<string, number | 'na'> = { ...response.answers };
  if (answer === undefined) delete answers[itemId];
  else answers[itemId] = answer;
  return { ...response, answers };
}

function shuffledObject<T extends object>(value: T, order: readonly number[]): T {
  const entries = Object.entries(value);
  if (entries.length === 0) return { ...value };
  const shuffled = order.map((index) => entries[index % entries.length] as [string, unknown]);
  const seen = new Set<string>();
  const result: Record<string, unknown> = {};
  for (const [key, entry] of [...shuffled, ...entries]) {
    if (seen.has(key)) continue;
    seen.add(key);
    result[key] = entry;
  }
  return result as T;
}

/**
 * A section without scored items is left out of a result; removing a section's last item makes it
 * so. Read an absent section as having no score and no coverage, which is what it means.
 */
function withSectionsOf(result: ScoreResult, questionnaire: Questionnaire): ScoreResult {
  const none = { score: null, coverage: null };
  return {
    ...result,
    sections: Object.fromEntries(
      questionnaire.sections.map((section) => [section.id, result.sections[section.id] ?? none]),
    ),
  };
}

const scoresOnly = (result: ScoreResult) => ({
  overall: result.overall,
  aspects: Object.fromEntries(Object.entries(result.aspects).map(([id, pair]) => [id, pair.score])),
  sections: Object.fromEntries(
    Object.entries(result.sections).map(([id, pair]) => [id, pair.score]),
  ),
  themes: Object.fromEntries(Object.entries(result.themes).map(([id, pair]) => [id, pair.score])),
});

describe('SCORING.md properties', () => {
  test.prop([
    scenarioArb,
    fc.array(fc.nat(), { minLength: 1, maxLength: 80 }),
    fc.array(fc.nat(), { maxLength: 12 }),
  ])(
    '1. determinism: shuffled keys and answers give byte-identical results',
    ({ questionnaire, response }, answerOrder, keyOrder) => {
      const shuffled = shuffledObject(
        {
          ...response,
          answers: shuffledObject(response.answers, answerOrder),
          ideas: [...response.ideas].reverse(),
        },
        keyOrder,
      );
      const first = score(questionnaire, response);
      const second = score(questionnaire, shuffled);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      expect(second).toEqual(first);
    },
  );

  test.prop([scenarioArb])(
    '2. bounds: every score and coverage is null or in [0, 100] with one decimal',
    ({ questionnaire, response }) => {
      const result = score(questionnaire, response);
      const values = [
        ...scorePairs(result).flatMap(
          ([label, pair]) =>
            [
              [`${label} score`, pair.score],
              [`${label} coverage`, pair.coverage],
            ] as const,
        ),
        ['overall', result.overall] as const,
        ['next phase progress', result.inkPhase.next?.progress ?? null] as const,
      ];
      for (const [label, value] of values) {
        if (value === null) continue;
        expect(value, label).toBeGreaterThanOrEqual(0);
        expect(value, label).toBeLessThanOrEqual(100);
        expect(
          Number.isInteger(Math.round(value * 10)) &&
            Math.abs(value * 10 - Math.round(value * 10)) < 1e-9,
          label,
        ).toBe(true);
      }
    },
  );

  test.prop([scenarioArb, fc.nat(), fc.integer({ min: 1, max: 4 })])(
    '3. monotonicity: raising one answer never lowers any score or the INK phase',
    ({ questionnaire, response }, pick, step) => {
      const raisable = questionnaire.items.filter((item) => {
        const answer = response.answers[item.id];
        return typeof answer === 'number' && answer < answerScaleMax(item.scale);
      });
      fc.pre(raisable.length > 0);
      const item = raisable[pick % raisable.length] as Questionnaire['items'][number];
      const before = response.answers[item.id] as number;
      const raised = Math.min(before + step, answerScaleMax(item.scale));
      const low = score(questionnaire, response);
      const high = score(questionnaire, withAnswer(response, item.id, raised));
      const highScores = new Map(allScores(high));
      for (const [label, value] of allScores(low)) {
        if (value === null) continue;
        expect(highScores.get(label), label).not.toBeNull();
        expect(highScores.get(label) as number, label).toBeGreaterThanOrEqual(value);
      }
      expect(high.inkPhase.phase).toBeGreaterThanOrEqual(low.inkPhase.phase);
    },
  );

  test.prop([scenarioArb, fc.nat()])(
    '4. "na" is removal: scores and coverage equal those of the questionnaire without the item',
    ({ questionnaire, response }, pick) => {
      const allowing = questionnaire.items.filter(
        (item) => item.scored && item.allowsNotApplicable,
      );
      fc.pre(allowing.length > 0);
      const item = allowing[pick % allowing.length] as Questionnaire['items'][number];
      const marked = withSectionsOf(
        score(questionnaire, withAnswer(response, item.id, 'na')),
        questionnaire,
      );
      const removed = withSectionsOf(
        score(withoutItem(questionnaire, item.id), withAnswer(response, item.id, undefined)),
        questionnaire,
      );
      expect(marked).toEqual(removed);
    },
  );

  test.prop([scenarioArb, fc.nat()])(
    '5. missing is removal for scores: only coverage drops',
    ({ questionnaire, response }, pick) => {
      const scored = questionnaire.items.filter((item) => item.scored);
      fc.pre(scored.length > 0);
      const item = scored[pick % scored.length] as Questionnaire['items'][number];
      const missing = withSectionsOf(
        score(questionnaire, withAnswer(response, item.id, undefined)),
        questionnaire,
      );
      const removed = withSectionsOf(
        score(withoutItem(questionnaire, item.id), withAnswer(response, item.id, undefined)),
        questionnaire,
      );
      expect(scoresOnly(missing)).toEqual(scoresOnly(removed));
      const removedPairs = new Map(scorePairs(removed));
      for (const [label, pair] of scorePairs(missing)) {
        const other = removedPairs.get(label);
        if (pair.coverage === null || other?.coverage === null || other === undefined) continue;
        expect(pair.coverage, label).toBeLessThanOrEqual(other.coverage);
      }
      expect(missing.completeness.missing).toContain(item.id);
    },
  );

  test.prop([scenarioArb])(
    "the practice's own judgement is reported beside the overall score, never in it",
    ({ questionnaire, response }) => {
      const judgement = questionnaire.items.find((item) => !item.scored);
      fc.pre(judgement !== undefined);
      const id = (judgement as Questionnaire['items'][number]).id;
      const low = score(questionnaire, withAnswer(response, id, 0));
      const high = score(
        questionnaire,
        withAnswer(
          response,
          id,
          answerScaleMax((judgement as Questionnaire['items'][number]).scale),
        ),
      );
      expect(scoresOnly(high)).toEqual(scoresOnly(low));
      expect(high.inkPhase).toEqual(low.inkPhase);
      expect(low.selfAssessment?.score).toBe(0);
      expect(high.selfAssessment?.score).toBe(100);
    },
  );
});

describe('6. the all-max and all-zero cases on the published questionnaire', () => {
  const allAt = (pickValue: (max: number) => number) =>
    buildResponse(
      published,
      Object.fromEntries(
        published.items.map((item) => [item.id, pickValue(answerScaleMax(item.scale))]),
      ),
    );

  test('all answers at max give 100.0 everywhere and phase 5', () => {
    const result = scoreResponse(allAt((max) => max));
    for (const [label, value] of allScores(result)) expect(value, label).toBe(100);
    for (const [label, pair] of scorePairs(result)) expect(pair.coverage, label).toBe(100);
    expect(result.inkPhase).toEqual({
      phase: 5,
      attained: { '1': true, '2': true, '3': true, '4': true, '5': true },
      next: null,
    });
  });

  test('all answers at 0 give 0.0 everywhere and phase 0', () => {
    const result = scoreResponse(allAt(() => 0));
    for (const [label, value] of allScores(result)) expect(value, label).toBe(0);
    expect(result.inkPhase.phase).toBe(0);
    expect(result.inkPhase.next).toEqual({
      phase: 1,
      progress: 0,
      earliestDate: '2027-03-15',
      typicalDate: '2028-03-15',
    });
  });
});

describe('time zones', () => {
  const zones = ['Pacific/Kiritimati', 'America/Adak'] as const;
  const inZone = <T>(zone: string, run: () => T): T => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    try {
      return run();
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  };

  test('the two zones really differ on this machine (else the property below proves nothing)', () => {
    const offsets = zones.map((zone) =>
      inZone(zone, () => new Date(2026, 0, 1, 12).getTimezoneOffset()),
    );
    expect(offsets).toEqual([-840, 600]);
  });

  test.prop([scenarioArb])(
    'results are the same under UTC+14 and UTC-10',
    ({ questionnaire, response }) => {
      const [east, west] = zones.map((zone) =>
        inZone(zone, () => JSON.stringify(score(questionnaire, response))),
      );
      expect(east).toBe(west);
    },
  );
});

describe('the matrix order', () => {
  const aspectArb = fc.constantFrom(...qualityAspectIds);
  const itemArb = fc.record({
    id: fc.string({ maxLength: 4 }),
    effect: fc.integer({ min: 1, max: 5 }),
    energy: fc.integer({ min: 1, max: 5 }),
    aspects: fc.uniqueArray(aspectArb, { maxLength: 3 }),
  });
  const scoresArb = fc.dictionary(
    aspectArb,
    fc.record({ score: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)) }),
  );

  test.prop([fc.uniqueArray(itemArb, { selector: (item) => item.id, maxLength: 25 }), scoresArb])(
    'orderByMatrix puts the items in the order compareByMatrix defines, leaving the input as it was',
    (items, scores) => {
      const before = [...items];
      const ordered = orderByMatrix(items, scores);
      expect(items).toEqual(before);
      expect(ordered).toEqual([...items].sort((a, b) => compareByMatrix(a, b, scores)));
      for (let index = 1; index < ordered.length; index += 1)
        expect(
          compareByMatrix(
            ordered[index - 1] as (typeof items)[number],
            ordered[index] as (typeof items)[number],
            scores,
          ),
        ).toBeLessThan(0);
    },
  );
});
