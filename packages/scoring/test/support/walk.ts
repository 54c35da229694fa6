import type { ScoreResult, ScoreWithCoverage } from '../../src';

/** Every score/coverage pair of a result, with a label saying where it is. */
export function scorePairs(result: ScoreResult): [string, ScoreWithCoverage][] {
  return [
    ...Object.entries(result.aspects).map(([id, pair]): [string, ScoreWithCoverage] => [
      `aspect ${id}`,
      pair,
    ]),
    ...Object.entries(result.sections).map(([id, pair]): [string, ScoreWithCoverage] => [
      `section ${id}`,
      pair,
    ]),
    ...Object.entries(result.themes).map(([id, pair]): [string, ScoreWithCoverage] => [
      `theme ${id}`,
      pair,
    ]),
  ];
}

/** Every score of a result (aspects, sections, themes, overall), labelled. */
export function allScores(result: ScoreResult): [string, number | null][] {
  return [
    ...scorePairs(result).map(([label, pair]): [string, number | null] => [label, pair.score]),
    ['overall', result.overall],
  ];
}
