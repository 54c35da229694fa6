import { type MatrixQuadrantId, matrixQuadrantIds } from '@praktijkscan/model';

function assertRating(name: 'effect' | 'energy', value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new RangeError(`${name} must be an integer from 1 to 5, got ${String(value)}`);
  }
}

/**
 * The quadrant of the effect/energy matrix for an effect and an energy rating (integers 1..5):
 * high effect is 3 or more, high energy is 3 or more.
 *
 * @throws {RangeError} for a rating that is not an integer from 1 to 5.
 * @example
 * ```ts
 * import { quadrantOf } from '@praktijkscan/scoring';
 * quadrantOf(4, 2); // 'always-do'
 * quadrantOf(4, 4); // 'do-after-weighing'
 * quadrantOf(2, 1); // 'quick-win'
 * quadrantOf(1, 5); // 'never-do'
 * ```
 */
export function quadrantOf(effect: number, energy: number): MatrixQuadrantId {
  assertRating('effect', effect);
  assertRating('energy', energy);
  const highEffect = effect >= 3;
  const highEnergy = energy >= 3;
  if (highEffect) return highEnergy ? 'do-after-weighing' : 'always-do';
  return highEnergy ? 'never-do' : 'quick-win';
}

// `matrixQuadrantIds` lists the quadrants in the order they are acted on, so a quadrant's rank
// is its position plus one (the test suite checks this against `matrixQuadrants[].rank`). Reading
// the ids rather than `matrixQuadrants` keeps the concepts' texts out of a browser bundle that
// only scores.
const rankByQuadrant: ReadonlyMap<MatrixQuadrantId, number> = new Map(
  matrixQuadrantIds.map((id, index) => [id, index + 1]),
);

/**
 * The rank of a quadrant in the order of action: `always-do` 1, `do-after-weighing` 2,
 * `quick-win` 3, `never-do` 4.
 *
 * @example
 * ```ts
 * import { quadrantRank } from '@praktijkscan/scoring';
 * quadrantRank('quick-win'); // 3
 * ```
 */
export function quadrantRank(quadrant: MatrixQuadrantId): number {
  const rank = rankByQuadrant.get(quadrant);
  if (rank === undefined) throw new RangeError(`Unknown quadrant "${String(quadrant)}"`);
  return rank;
}
