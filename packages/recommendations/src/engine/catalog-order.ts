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

let placesById: ReadonlyMap<string, CatalogPlace> | undefined;

/**
 * The catalog in the order of SCORING.md with no aspect scores given (so by quadrant, effect,
 * energy, then id in code-point order: `compareByMatrix` itself decides), made once.
 */
function catalogPlaces(): ReadonlyMap<string, CatalogPlace> {
  if (placesById) return placesById;
  const sorted = recommendationIds
    .map((id): MatrixRankable => ({ id, ...recommendationStructure[id] }))
    .sort((a, b) => compareByMatrix(a, b));
  const places = new Map<string, CatalogPlace>();
  let group = 0;
  sorted.forEach((entry, place) => {
    const before = sorted[place - 1];
    // The quadrant follows from effect and energy, so equal ratings are an equal quadrant.
    if (before && (before.effect !== entry.effect || before.energy !== entry.energy)) group += 1;
    places.set(entry.id, {
      effect: entry.effect,
      energy: entry.energy,
      group,
      place,
      aspects: (entry.aspects ?? []).map((aspect) => qualityAspectIds.indexOf(aspect)),
      catalogAspects: entry.aspects,
    });
  });
  // The key of orderCatalogSteps holds a group below 64 (the catalog has far fewer).
  if (group >= 64 || sorted.length > maxPlaces)
    throw new Error('the catalog has outgrown the order key of orderCatalogSteps');
  placesById = places;
  return places;
}

// A step's order as one whole number, so that a typed array's own numeric sort orders them: its
// group, then its weakest aspect score in tenths (none after 100.0), then its catalog place, then
// its place in the list given (so that equal steps keep their order, as a stable sort keeps it).
// 64 groups x 1,002 scores x 128 places x 128 items stay below 2^53, where numbers are exact.
const maxPlaces = 128;
const scoreRanks = 1002;
const noScore = 1001;

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
  const places = catalogPlaces();
  if (items.length > maxPlaces) return orderByMatrix(items, aspectScores);
  // Each aspect's score read once, in tenths; a score that is not a whole number of tenths from 0
  // to 100 (no result holds one) leaves the order to orderByMatrix.
  const tenths: number[] = [];
  for (const aspect of qualityAspectIds) {
    const score = aspectScores[aspect]?.score ?? null;
    if (score === null) tenths.push(noScore);
    else {
      const inTenths = Math.round(score * 10);
      if (!(inTenths / 10 === score && inTenths >= 0 && inTenths <= 1000))
        return orderByMatrix(items, aspectScores);
      tenths.push(inTenths);
    }
  }
  const keys: number[] = new Array(items.length);
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as T;
    const known = places.get(item.id);
    if (
      known === undefined ||
      known.effect !== item.effect ||
      known.energy !== item.energy ||
      item.aspects !== known.catalogAspects
    )
      return orderByMatrix(items, aspectScores);
    let weakest = noScore;
    for (const aspect of known.aspects) {
      const score = tenths[aspect] as number;
      if (score < weakest) weakest = score;
    }
    keys[index] =
      ((known.group * scoreRanks + weakest) * maxPlaces + known.place) * maxPlaces + index;
  }
  // Insertion sort: a few dozen numbers, in order faster than a sort that calls back per comparison.
  for (let index = 1; index < keys.length; index += 1) {
    const key = keys[index] as number;
    let at = index - 1;
    while (at >= 0 && (keys[at] as number) > key) {
      keys[at + 1] = keys[at] as number;
      at -= 1;
    }
    keys[at + 1] = key;
  }
  const ordered: T[] = new Array(items.length);
  for (let index = 0; index < keys.length; index += 1)
    ordered[index] = items[(keys[index] as number) % maxPlaces] as T;
  return ordered;
}
