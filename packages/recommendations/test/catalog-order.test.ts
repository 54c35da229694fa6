import { fc, test } from '@fast-check/vitest';
import { qualityAspectIds } from '@praktijkscan/model';
import { type AspectScoreLookup, orderByMatrix } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { recommendationIds, recommendationStructure } from '../src/catalog/structure';
import { orderCatalogSteps } from '../src/engine/catalog-order';

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
  test.prop([stepsArb, scoresArb])(
    'gives the steps in exactly the order orderByMatrix gives them',
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
});
