import { type QualityAspectId, qualityAspectIds } from '@praktijkscan/model';
import {
  type AspectScoreLookup,
  compareByMatrix,
  type MatrixRankable,
  orderByMatrix,
} from '@praktijkscan/scoring';
import { recommendationIds, recommendationStructure } from '../catalog/structure';
import { insertionSorted } from './insertion-sort';

/** Where a catalog step stands in the order of SCORING.md before its weakest aspect counts. */
interface CatalogPlace {
  readonly effect: number;
  readonly energy: number;
  /** The rank of its effect and energy ({@link ratingRankOf}): the rules of the order before the weakest aspect. */
  readonly rank: number;
  /** Its place among all catalog steps by quadrant, effect, energy and id: the id rule within a group. */
  readonly place: number;
  /** The places in `qualityAspectIds` of the aspects it serves. */
  readonly aspects: readonly number[];
  /** The catalog's own list of them: a step handed over with another list is not this one. */
  readonly catalogAspects: readonly QualityAspectId[] | undefined;
}

// A step's order as one whole number, so that numbers are compared rather than ids: the rank of
// its rating, then its weakest aspect score in tenths (none after 100.0), then its place, then its
// place in the list given (so that equal steps keep their order, as a stable sort keeps it). 25
// ranks x 1,002 scores x 128 places x 128 items stay below 2^53, where numbers are exact.
const maxPlaces = 128;
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
  sorted.forEach(({ index, step }, place) => {
    const rank = ratingRankOf(step.effect, step.energy);
    // Never for the catalog, whose ratings are integers from 1 to 5 as every rating is.
    if (rank === undefined) throw new Error(`the catalog step ${step.id} has no rating of 1 to 5`);
    byIndex[index] = {
      effect: step.effect,
      energy: step.energy,
      rank,
      place,
      aspects: step.aspects.map((aspect) => qualityAspectIds.indexOf(aspect)),
      catalogAspects: step.aspects,
    };
  });
  if (sorted.length > maxPlaces)
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
    const weakest = weakestOf(known.aspects, tenths);
    keys[position] =
      ((known.rank * scoreRanks + weakest) * maxPlaces + known.place) * maxPlaces + position;
  }
  insertionSorted(keys, (a, b) => a > b);
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

// Each rating of 1 to 5 (effect, energy) at its rank in the order of SCORING.md: quadrant, then
// effect high to low, then energy low to high (`compareByMatrix` itself decides), made once.
let ratingRanks: readonly number[] | undefined;
/** Effect and energy are each rated from 1 to this. */
export const ratingsPerScale = 5;

/** The number of ratings of 1 to 5 (effect, energy): the length of a table by {@link ratingIndexOf}. */
export const ratingCount = ratingsPerScale * ratingsPerScale;

/**
 * A rating's place among the 25 ratings of 1 to 5 (effect, energy), for tables made once, or
 * `undefined` for one that is not an integer from 1 to 5.
 */
export function ratingIndexOf(effect: unknown, energy: unknown): number | undefined {
  if (
    !Number.isInteger(effect) ||
    !Number.isInteger(energy) ||
    (effect as number) < 1 ||
    (effect as number) > ratingsPerScale ||
    (energy as number) < 1 ||
    (energy as number) > ratingsPerScale
  )
    return undefined;
  return ((effect as number) - 1) * ratingsPerScale + (energy as number) - 1;
}

/** The rank of a rating, or `undefined` for one that is not an integer from 1 to 5. */
function ratingRankOf(effect: unknown, energy: unknown): number | undefined {
  const index = ratingIndexOf(effect, energy);
  if (index === undefined) return undefined;
  if (ratingRanks === undefined) {
    const ratings: { id: string; effect: number; energy: number }[] = [];
    for (let effectOf = 1; effectOf <= ratingsPerScale; effectOf += 1)
      for (let energyOf = 1; energyOf <= ratingsPerScale; energyOf += 1)
        ratings.push({ id: '', effect: effectOf, energy: energyOf });
    const ranks: number[] = new Array(ratings.length);
    ratings
      .sort((a, b) => compareByMatrix(a, b))
      .forEach((rating, rank) => {
        ranks[ratingIndexOf(rating.effect, rating.energy) as number] = rank;
      });
    ratingRanks = ranks;
  }
  return ratingRanks[index];
}

const aspectPlaces: ReadonlyMap<string, number> = new Map(
  qualityAspectIds.map((aspect, place) => [aspect, place]),
);

/** The weakest score in tenths (`noScore` for none) of the aspects at these places. */
function weakestOf(places: readonly number[], tenths: readonly number[]): number {
  let weakest = noScore;
  for (const place of places) {
    const score = tenths[place] as number;
    if (score < weakest) weakest = score;
  }
  return weakest;
}

/**
 * The places in `qualityAspectIds` of the aspects named (none for none), or `undefined` where one
 * is not a quality aspect or they are not a list: then orderByMatrix decides.
 */
function placesOfNamed(aspects: unknown): number[] | undefined {
  if (aspects === undefined) return [];
  if (!Array.isArray(aspects)) return undefined;
  const places: number[] = [];
  for (const aspect of aspects) {
    const place = aspectPlaces.get(aspect);
    if (place === undefined) return undefined;
    places.push(place);
  }
  return places;
}

/**
 * `orderByMatrix(items, aspectScores)` for the entries of a roadmap, the same order found faster.
 * Every item gets one number: the rank of its rating (quadrant, effect, energy) and then its
 * weakest aspect score in tenths, so that numbers are compared where orderByMatrix compares ids
 * by code point (steps of the same quadrant, effect, energy and weakest aspect are many). Two
 * catalog steps with the catalog's own effect, energy and aspects and the same number follow
 * their places in the catalog, worked out once; any other tie (a practice's own idea or rating)
 * is decided by compareByMatrix itself, and the order given last, as a stable sort keeps it.
 * Anything orderByMatrix would refuse, or read otherwise (a rating that is not 1 to 5, an aspect
 * that is not a quality aspect, a score that is not a whole number of tenths), is ordered by
 * orderByMatrix. test/catalog-order.test.ts holds the two to the same order.
 */
export function orderCatalogSteps<T extends MatrixRankable>(
  items: readonly T[],
  aspectScores: AspectScoreLookup,
): T[] {
  const byIndex = catalogPlaces();
  // Beyond a roadmap's few dozen entries an insertion sort would take too long.
  const tenths = items.length > maxPlaces ? undefined : scoresInTenths(aspectScores);
  if (tenths === undefined) return orderByMatrix(items, aspectScores);
  const count = items.length;
  const keys: number[] = new Array(count);
  // A catalog step's place in the catalog, or -1 for an item compareByMatrix decides ties of.
  const places: number[] = new Array(count);
  for (let position = 0; position < count; position += 1) {
    const item = items[position] as T;
    const rank = ratingRankOf(item.effect, item.energy);
    if (rank === undefined) return orderByMatrix(items, aspectScores);
    const index = catalogIndexById.get(item.id);
    const known = index === undefined ? undefined : byIndex[index];
    const catalogStep =
      known !== undefined &&
      known.effect === item.effect &&
      known.energy === item.energy &&
      item.aspects === known.catalogAspects;
    const served = catalogStep ? known.aspects : placesOfNamed(item.aspects);
    if (served === undefined) return orderByMatrix(items, aspectScores);
    places[position] = catalogStep ? known.place : -1;
    keys[position] = rank * scoreRanks + weakestOf(served, tenths);
  }
  const comesAfter = (a: number, b: number): boolean => {
    const byKey = (keys[a] as number) - (keys[b] as number);
    if (byKey !== 0) return byKey > 0;
    const placeA = places[a] as number;
    const placeB = places[b] as number;
    if (placeA >= 0 && placeB >= 0 && placeA !== placeB) return placeA > placeB;
    if (placeA < 0 || placeB < 0) {
      const byMatrix = compareByMatrix(items[a] as T, items[b] as T, aspectScores);
      if (byMatrix !== 0) return byMatrix > 0;
    }
    return a > b;
  };
  const order = insertionSorted(
    items.map((_, position) => position),
    comesAfter,
  );
  return order.map((position) => items[position] as T);
}
