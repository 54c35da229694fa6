import { type QualityAspectId, qualityAspectIds } from '@praktijkscan/model';
import {
  type AspectScoreLookup,
  compareByMatrix,
  type MatrixRankable,
  orderByMatrix,
} from '@praktijkscan/scoring';
import { recommendationIds, recommendationStructure } from '../catalog/structure';

/** Where a catalog step stands in the order of SCORING.md before its weakest aspect counts. */
interface CatalogPlace {
  readonly effect: number;
  readonly energy: number;
  /** The same for steps of equal quadrant, effect and energy: the rules of the order before the weakest aspect. */
  readonly group: number;
  /** Its place among all catalog steps by quadrant, effect, energy and id: the id rule within a group. */
  readonly place: number;
  /** The places in `qualityAspectIds` of the aspects it serves. */
  readonly aspects: readonly number[];
  /** The catalog's own list of them: a step handed over with another list is not this one. */
  readonly catalogAspects: readonly QualityAspectId[] | undefined;
}

// A step's order as one whole number, so that numbers are compared rather than ids: its group,
// then its weakest aspect score in tenths (none after 100.0), then its place, then its place in
// the list given (so that equal steps keep their order, as a stable sort keeps it). 64 groups x
// 1,002 scores x 128 places x 128 items stay below 2^53, where numbers are exact.
const maxPlaces = 128;
const maxGroups = 64;
const scoreRanks = 1002;
const noScore = 1001;

/** Each catalog step's index in `recommendationIds`, by id. */
export const catalogIndexById: ReadonlyMap<string, number> = new Map(
  recommendationIds.map((id, index) => [id, index]),
);

/** By the step's index in `recommendationIds`. */
let catalogOrder: readonly CatalogPlace[] | undefined;

/**
 * The catalog in the order of SCORING.md with no aspect scores given (so by quadrant, effect,
 * energy, then id in code-point order: `compareByMatrix` itself decides), made once.
 */
function catalogPlaces(): readonly CatalogPlace[] {
  if (catalogOrder) return catalogOrder;
  const sorted = recommendationIds
    .map((id, index) => ({ index, step: { id, ...recommendationStructure[id] } }))
    .sort((a, b) => compareByMatrix(a.step, b.step));
  const byIndex: CatalogPlace[] = new Array(recommendationIds.length);
  let group = 0;
  sorted.forEach(({ index, step }, place) => {
    const before = sorted[place - 1]?.step;
    // The quadrant follows from effect and energy, so equal ratings are an equal quadrant.
    if (before && (before.effect !== step.effect || before.energy !== step.energy)) group += 1;
    byIndex[index] = {
      effect: step.effect,
      energy: step.energy,
      group,
      place,
      aspects: step.aspects.map((aspect) => qualityAspectIds.indexOf(aspect)),
      catalogAspects: step.aspects,
    };
  });
  if (group >= maxGroups || sorted.length > maxPlaces)
    throw new Error('the catalog has outgrown the order key of orderCatalogSteps');
  catalogOrder = byIndex;
  return byIndex;
}

/**
 * Each aspect's score in tenths (`noScore` for none), or `undefined` where one is not a whole
 * number of tenths from 0 to 100 (no score result holds one): then orderByMatrix decides.
 */
function scoresInTenths(aspectScores: AspectScoreLookup): number[] | undefined {
  const tenths: number[] = [];
  for (const aspect of qualityAspectIds) {
    const score = aspectScores[aspect]?.score ?? null;
    if (score === null) tenths.push(noScore);
    else {
      const inTenths = Math.round(score * 10);
      if (!(inTenths / 10 === score && inTenths >= 0 && inTenths <= 1000)) return undefined;
      tenths.push(inTenths);
    }
  }
  return tenths;
}

/** The positions in the list given of its steps (catalog indexes), in order. */
function ordered(indexes: readonly number[], tenths: readonly number[]): number[] {
  const byIndex = catalogPlaces();
  const keys: number[] = new Array(indexes.length);
  for (let position = 0; position < indexes.length; position += 1) {
    const known = byIndex[indexes[position] as number] as CatalogPlace;
    let weakest = noScore;
    for (const aspect of known.aspects) {
      const score = tenths[aspect] as number;
      if (score < weakest) weakest = score;
    }
    keys[position] =
      ((known.group * scoreRanks + weakest) * maxPlaces + known.place) * maxPlaces + position;
  }
  // Insertion sort: a few dozen numbers, in order faster than a sort that calls back per comparison.
  for (let position = 1; position < keys.length; position += 1) {
    const key = keys[position] as number;
    let at = position - 1;
    while (at >= 0 && (keys[at] as number) > key) {
      keys[at + 1] = keys[at] as number;
      at -= 1;
    }
    keys[at + 1] = key;
  }
  for (let position = 0; position < keys.length; position += 1)
    keys[position] = (keys[position] as number) % maxPlaces;
  return keys;
}

/**
 * The catalog steps at `indexes` (in `recommendationIds`), each with the catalog's own effect,
 * energy and aspects, in the order `orderByMatrix` gives them, as their indexes: `undefined`
 * where the aspect scores leave the order to orderByMatrix (see {@link orderCatalogSteps}).
 */
export function orderCatalogIndexes(
  indexes: readonly number[],
  aspectScores: AspectScoreLookup,
): number[] | undefined {
  if (indexes.length > maxPlaces) return undefined;
  const tenths = scoresInTenths(aspectScores);
  if (tenths === undefined) return undefined;
  return ordered(indexes, tenths).map((position) => indexes[position] as number);
}

/**
 * `orderByMatrix(items, aspectScores)` for catalog steps, the same order found faster: quadrant,
 * effect, energy and id are a step's place in the catalog, worked out once, so that a call only
 * compares numbers where orderByMatrix compares ids by code point (steps of the same quadrant,
 * effect, energy and weakest aspect are many). An item that is not a catalog step with the
 * catalog's effect, energy and aspects (a practice's own rating, a vendor's idea) is ordered by
 * orderByMatrix itself. test/catalog-order.test.ts holds the two to the same order.
 */
export function orderCatalogSteps<T extends MatrixRankable>(
  items: readonly T[],
  aspectScores: AspectScoreLookup,
): T[] {
  const byIndex = catalogPlaces();
  const tenths = items.length > maxPlaces ? undefined : scoresInTenths(aspectScores);
  if (tenths === undefined) return orderByMatrix(items, aspectScores);
  const indexes: number[] = new Array(items.length);
  for (let position = 0; position < items.length; position += 1) {
    const item = items[position] as T;
    const index = catalogIndexById.get(item.id);
    const known = index === undefined ? undefined : byIndex[index];
    if (
      known === undefined ||
      known.effect !== item.effect ||
      known.energy !== item.energy ||
      item.aspects !== known.catalogAspects
    )
      return orderByMatrix(items, aspectScores);
    indexes[position] = index as number;
  }
  return ordered(indexes, tenths).map((position) => items[position] as T);
}
