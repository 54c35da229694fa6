import { fc, test } from '@fast-check/vitest';
import {
  parseResponse,
  type QualityAspectId,
  qualityAspectIds,
  questionnaire,
} from '@praktijkscan/model';
import {
  type AspectScoreLookup,
  compareByMatrix,
  type MatrixRankable,
  orderByMatrix,
  quadrantOf,
  scoreResponse,
} from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { responseArb } from '../../scoring/test/support/arbitraries';
import { recommendSync } from '../src';
import { recommendationIds, recommendationStructure } from '../src/catalog/structure';
import { orderCatalogIndexes, orderCatalogSteps } from '../src/engine/catalog-order';

// The order of the steps recommend returns, found from their places in the catalog, against
// orderByMatrix (SCORING.md's order as scoring implements it), which it must equal exactly.

/** A step as stepsOf hands it over: the catalog's effect, energy and aspects, or a practice's rating. */
const stepArb = (id: (typeof recommendationIds)[number]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant({ id, ...recommendationStructure[id] }) },
    {
      weight: 1,
      arbitrary: fc
        .record({ effect: fc.integer({ min: 1, max: 5 }), energy: fc.integer({ min: 1, max: 5 }) })
        .map((rating) => ({ id, ...recommendationStructure[id], ...rating })),
    },
  );

const stepsArb = fc
  .shuffledSubarray([...recommendationIds])
  .chain((ids) => fc.tuple(...ids.map(stepArb)));

/**
 * A practice's own idea as the roadmap places it: an id of its own (or a catalog step's), a
 * rating, and no aspects, or now and then aspects, one of them unknown or not a list.
 */
const ideaArb: fc.Arbitrary<MatrixRankable> = fc
  .record({
    id: fc.oneof(
      fc.constantFrom('a', 'zz', 'idea-1', 'idea-10', 'idea-2', '\u{1F600}', '\uFFFFz', ''),
      fc.constantFrom(...recommendationIds),
      fc.constantFrom(...recommendationIds).map((id) => `${id}-x`),
      fc.string({ maxLength: 4 }),
    ),
    effect: fc.integer({ min: 1, max: 5 }),
    energy: fc.integer({ min: 1, max: 5 }),
    aspects: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: fc.subarray([...qualityAspectIds]) },
      { weight: 1, arbitrary: fc.constant(['safety', 'no-such-aspect']) },
    ),
  })
  // No aspects is no `aspects` key, as an idea has it; an unknown aspect is what a caller's data
  // may hold whatever the type says.
  .map(({ aspects, ...idea }) =>
    aspects === undefined ? idea : { ...idea, aspects: aspects as readonly QualityAspectId[] },
  );

/** Catalog steps with a practice's ideas among them, in any order. */
const entriesArb: fc.Arbitrary<MatrixRankable[]> = fc
  .tuple(stepsArb, fc.array(ideaArb, { maxLength: 6 }))
  .chain(([steps, ideas]) =>
    fc.shuffledSubarray<MatrixRankable>([...steps, ...ideas], {
      minLength: steps.length + ideas.length,
    }),
  );

/** Aspect scores as a result holds them, with ties (tenths) and the odd missing aspect. */
const scoresArb: fc.Arbitrary<AspectScoreLookup> = fc
  .tuple(
    ...qualityAspectIds.map(() =>
      fc.oneof(
        fc.integer({ min: 0, max: 1000 }).map((tenths) => ({ score: tenths / 10 })),
        fc.constantFrom(0, 25, 50, 75, 100).map((score) => ({ score })),
        // Not a whole number of tenths, which no result holds: left to orderByMatrix.
        fc.double({ min: 0, max: 100, noNaN: true }).map((score) => ({ score })),
        fc.constant({ score: null }),
        fc.constant(undefined),
      ),
    ),
  )
  .map((scores) =>
    Object.fromEntries(
      qualityAspectIds.flatMap((aspect, index) =>
        scores[index] === undefined ? [] : [[aspect, scores[index]]],
      ),
    ),
  );

describe('orderCatalogSteps', () => {
  test.prop([entriesArb, scoresArb])(
    'gives the steps and ideas in exactly the order orderByMatrix gives them',
    (steps, scores) => {
      const ordered = orderCatalogSteps(steps, scores);
      const expected = orderByMatrix(steps, scores);
      // The same objects in the same places, not only equal ones.
      expect(ordered.length).toBe(expected.length);
      ordered.forEach((step, index) => {
        expect(step).toBe(expected[index]);
      });
    },
  );

  test.prop([fc.shuffledSubarray([...recommendationIds.keys()]), scoresArb])(
    'orderCatalogIndexes gives catalog steps by index in the order orderByMatrix gives them, or leaves them to it',
    (indexes, scores) => {
      const steps = indexes.map((index) => {
        const id = recommendationIds[index] as (typeof recommendationIds)[number];
        return { id, ...recommendationStructure[id] };
      });
      const expected = orderByMatrix(steps, scores).map((step) => step.id);
      const ordered = orderCatalogIndexes(indexes, scores);
      // Only scores that are not whole tenths (no result holds one) leave the order to orderByMatrix.
      const wholeTenths = Object.values(scores).every(
        (entry) => entry?.score == null || Math.round(entry.score * 10) / 10 === entry.score,
      );
      if (wholeTenths) expect(ordered).toBeDefined();
      if (ordered !== undefined)
        expect(ordered.map((index) => recommendationIds[index])).toEqual(expected);
    },
  );

  it('orders steps that differ only in their weakest aspect and id as orderByMatrix does', () => {
    // Every catalog step at once with all aspects equal: the order is then quadrant, effect,
    // energy and id, where the id decides among the many steps of one matrix cell.
    const steps = recommendationIds.map((id) => ({ id, ...recommendationStructure[id] }));
    const scores = Object.fromEntries(qualityAspectIds.map((aspect) => [aspect, { score: 50 }]));
    const ordered = orderCatalogSteps(steps, scores).map((step) => step.id);
    expect(ordered).toEqual(orderByMatrix(steps, scores).map((step) => step.id));
    expect(new Set(ordered).size).toBe(recommendationIds.length);
  });

  it('keeps a step given twice in the order given, as orderByMatrix (a stable sort) does', () => {
    const [first, second] = recommendationIds;
    const twice = [
      { id: first, ...recommendationStructure[first], mark: 1 },
      { id: second, ...recommendationStructure[second], mark: 2 },
      { id: first, ...recommendationStructure[first], mark: 3 },
    ];
    expect(orderCatalogSteps(twice, {})).toEqual(orderByMatrix(twice, {}));
  });

  it('leaves the list it is given as it was', () => {
    const steps = [...recommendationIds]
      .reverse()
      .map((id) => ({ id, ...recommendationStructure[id] }));
    const before = steps.map((step) => step.id);
    orderCatalogSteps(steps, {});
    expect(steps.map((step) => step.id)).toEqual(before);
  });

  // The order as the steps come out, checked against compareByMatrix itself: with and without a
  // practice's own ratings (which take the orderByMatrix path for the steps they rate).
  test.prop([
    responseArb(questionnaire),
    fc.dictionary(
      fc.constantFrom(...recommendationIds),
      fc.record({ effect: fc.integer({ min: 1, max: 5 }), energy: fc.integer({ min: 1, max: 5 }) }),
      { maxKeys: 6 },
    ),
  ])(
    'recommendSync returns its steps in the order of SCORING.md, rated or not',
    (generated, ratings) => {
      const response = parseResponse(generated);
      const result = scoreResponse(response);
      const asOf = response.completedOn;
      for (const options of [{ asOf }, { asOf, ratings }]) {
        const steps = recommendSync(result, response, options);
        for (let index = 1; index < steps.length; index += 1)
          expect(compareByMatrix(steps[index - 1]!, steps[index]!, result.aspects)).toBeLessThan(0);
        for (const step of steps) {
          expect(step.quadrant).toBe(quadrantOf(step.effect, step.energy));
          expect(step.rated).toBe(Object.hasOwn(options.ratings ?? {}, step.id));
        }
      }
    },
  );
});
