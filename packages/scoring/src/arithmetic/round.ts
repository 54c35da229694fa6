/** Integer division rounding toward zero, exact for the safe integers scoring works with. */
function divide(numerator: number, denominator: number): number {
  return (numerator - (numerator % denominator)) / denominator;
}

/**
 * `100 * num / den` rounded half up to one decimal, in tenths (an integer), computed with integer
 * arithmetic only: `floor((2000 * num + den) / (2 * den))`.
 */
export function round1Tenths(num: number, den: number): number {
  return divide(2000 * num + den, 2 * den);
}

/**
 * The normative `round1(num, den)` of SCORING.md: `100 * num / den` rounded half up to one
 * decimal, for integers `num >= 0` and `den > 0`.
 *
 * @example
 * ```ts
 * import { round1 } from '@praktijkscan/scoring';
 * round1(2, 3); // 66.7
 * round1(1, 8); // 12.5
 * round1(1, 16); // 6.3 (6.25 rounds half up)
 * ```
 */
export function round1(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0) {
    throw new RangeError(`round1 needs integers num >= 0 and den > 0, got ${num} and ${den}`);
  }
  return round1Tenths(num, den) / 10;
}

/**
 * The overall score of SCORING.md: the mean of the non-null aspect scores, taken in tenths and
 * rounded half up to a tenth; `null` where every aspect score is `null`.
 *
 * @example
 * ```ts
 * import { meanOfScores } from '@praktijkscan/scoring';
 * meanOfScores([50, 66.7, null]); // 58.4 (tenths 500 + 667 = 1167, mean 583.5 rounds to 584)
 * ```
 */
export function meanOfScores(scores: readonly (number | null)[]): number | null {
  let sumTenths = 0;
  let count = 0;
  for (const score of scores) {
    if (score === null) continue;
    sumTenths += Math.round(score * 10);
    count += 1;
  }
  if (count === 0) return null;
  return divide(2 * sumTenths + count, 2 * count) / 10;
}
