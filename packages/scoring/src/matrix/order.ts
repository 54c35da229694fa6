import type { QualityAspectId } from '@praktijkscan/model';
import { quadrantOf, quadrantRank } from './quadrant';

/** Anything placed in the effect/energy matrix: a recommendation or an improvement idea. */
export interface MatrixRankable {
  readonly id: string;
  readonly effect: number;
  readonly energy: number;
  /** The quality aspects it serves; none for an improvement idea. */
  readonly aspects?: readonly QualityAspectId[];
}

/** Aspect scores as a `ScoreResult` holds them (`null` where nothing was answered). */
export type AspectScoreLookup = Readonly<
  Partial<Record<QualityAspectId, { readonly score: number | null }>>
>;

function weakestScore(item: MatrixRankable, aspectScores: AspectScoreLookup): number | null {
  let weakest: number | null = null;
  for (const aspect of item.aspects ?? []) {
    const score = aspectScores[aspect]?.score ?? null;
    if (score !== null && (weakest === null || score < weakest)) weakest = score;
  }
  return weakest;
}

function compareCodePoints(a: string, b: string): number {
  // Code-point order, not locale order: the same in every runtime and every language port.
  // Walks both strings code point by code point without copying them; equal code points have
  // equal widths, so the two positions stay in step. Where one string is a prefix of the other,
  // the difference is that of their lengths in code points.
  if (a === b) return 0;
  let left = 0;
  let right = 0;
  while (left < a.length && right < b.length) {
    const codeA = a.codePointAt(left) as number;
    const codeB = b.codePointAt(right) as number;
    if (codeA !== codeB) return codeA - codeB;
    left += codeA > 0xffff ? 2 : 1;
    right += codeB > 0xffff ? 2 : 1;
  }
  return codePointsFrom(a, left) - codePointsFrom(b, right);
}

function codePointsFrom(text: string, start: number): number {
  let count = 0;
  for (let index = start; index < text.length; count += 1)
    index += (text.codePointAt(index) as number) > 0xffff ? 2 : 1;
  return count;
}

/**
 * Compares two matrix items in the order of SCORING.md: quadrant rank, then higher effect, then
 * lower energy, then the weaker aspect served first (`null` last), then id in code-point order.
 * A total order: only equal ids compare as 0.
 *
 * @example
 * ```ts
 * import { compareByMatrix } from '@praktijkscan/scoring';
 * const ideas = [
 *   { id: 'b', effect: 2, energy: 1 },
 *   { id: 'a', effect: 5, energy: 2 },
 * ];
 * ideas.sort((x, y) => compareByMatrix(x, y, {})).map((idea) => idea.id); // ['a', 'b']
 * ```
 */
export function compareByMatrix(
  a: MatrixRankable,
  b: MatrixRankable,
  aspectScores: AspectScoreLookup = {},
): number {
  return compareRanked(rankOf(a, aspectScores), rankOf(b, aspectScores));
}

/** What the order compares of an item, worked out once per item. */
interface Ranked<T extends MatrixRankable> {
  readonly item: T;
  readonly quadrant: number;
  readonly weakest: number | null;
}

function rankOf<T extends MatrixRankable>(item: T, aspectScores: AspectScoreLookup): Ranked<T> {
  return {
    item,
    quadrant: quadrantRank(quadrantOf(item.effect, item.energy)),
    weakest: weakestScore(item, aspectScores),
  };
}

function compareRanked(a: Ranked<MatrixRankable>, b: Ranked<MatrixRankable>): number {
  if (a.quadrant !== b.quadrant) return a.quadrant - b.quadrant;
  if (a.item.effect !== b.item.effect) return b.item.effect - a.item.effect;
  if (a.item.energy !== b.item.energy) return a.item.energy - b.item.energy;
  if (a.weakest !== b.weakest) {
    if (a.weakest === null) return 1;
    if (b.weakest === null) return -1;
    return a.weakest - b.weakest;
  }
  return compareCodePoints(a.item.id, b.item.id);
}

/**
 * Returns a new array of the items in the order of SCORING.md (see {@link compareByMatrix}).
 *
 * @example
 * ```ts
 * import { orderByMatrix } from '@praktijkscan/scoring';
 * orderByMatrix([
 *   { id: 'later', effect: 1, energy: 5 },
 *   { id: 'first', effect: 4, energy: 1 },
 * ]).map((item) => item.id); // ['first', 'later']
 * ```
 */
export function orderByMatrix<T extends MatrixRankable>(
  items: readonly T[],
  aspectScores: AspectScoreLookup = {},
): T[] {
  // Each item's quadrant and weakest aspect are worked out once, not in every comparison.
  return items
    .map((item) => rankOf(item, aspectScores))
    .sort(compareRanked)
    .map((ranked) => ranked.item);
}
