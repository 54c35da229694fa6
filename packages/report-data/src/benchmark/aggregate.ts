import { type InkPhaseId, type QualityAspectId, qualityAspectIds } from '@praktijkscan/model';
import type { ScoreResult } from '@praktijkscan/scoring';
import { ReportDataError } from '../errors';

/** Nearest-rank percentiles of one score over a group of practices. */
export interface PercentileFigures {
  /** How many practices had a score (null scores are not counted). */
  readonly n: number;
  readonly p25: number | null;
  readonly median: number | null;
  readonly p75: number | null;
}

/** A regional aggregate with figures: the group was large enough. */
export interface PublishedAggregate {
  readonly suppressed: false;
  readonly minGroupSize: number;
  readonly n: number;
  readonly overall: PercentileFigures;
  readonly aspects: Readonly<Record<QualityAspectId, PercentileFigures>>;
  /** How many practices are in each INK phase. */
  readonly inkPhases: Readonly<Record<'0' | `${InkPhaseId}`, number>>;
}

/** A regional aggregate of a group too small to publish: no figures at all. */
export interface SuppressedAggregate {
  readonly suppressed: true;
  readonly minGroupSize: number;
}

/** The result of `aggregateResults`. */
export type RegionalAggregate = PublishedAggregate | SuppressedAggregate;

/** Options of `aggregateResults`. */
export interface AggregateOptions {
  /** The least number of practices (and of scores per figure) to publish figures; default 5. */
  readonly minGroupSize?: number;
}

/**
 * The value at nearest rank `ceil(p / 100 * n)` of sorted values: the definition every
 * implementation can agree on (no interpolation).
 */
function nearestRank(sorted: Float64Array, percentile: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percentile * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}

/** A growable list of numbers: eight bytes a value, nothing else. */
class NumberList {
  private values = new Float64Array(64);
  private count = 0;

  push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count] = value;
    this.count += 1;
  }

  figures(minGroupSize: number): PercentileFigures {
    const n = this.count;
    if (n < minGroupSize) return { n, p25: null, median: null, p75: null };
    // A typed array sorts numerically.
    const sorted = this.values.slice(0, n).sort();
    return {
      n,
      p25: nearestRank(sorted, 25),
      median: nearestRank(sorted, 50),
      p75: nearestRank(sorted, 75),
    };
  }
}

type PhaseKey = '0' | `${InkPhaseId}`;

function checkMinGroupSize(minGroupSize: number): void {
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    throw new ReportDataError(
      'invalid-results',
      `minGroupSize must be a whole number of at least 1, got ${String(minGroupSize)}`,
    );
  }
}

/**
 * Builds a regional aggregate from a stream of score results without keeping them: per practice
 * it keeps only the numbers the aggregate reads (the overall and six aspect scores, eight bytes
 * each) and a count per INK phase. `aggregateResults` is built on it; use it directly to aggregate
 * more results than fit in memory. Checking that each practice occurs once and that all results
 * answer the same questionnaire is the caller's job (`aggregateResults` does it).
 *
 * @example
 * ```ts
 * import { samplePractices } from '@praktijkscan/model/samples';
 * import { RegionalAggregator } from '@praktijkscan/report-data';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const aggregator = new RegionalAggregator();
 * for (const sample of samplePractices) aggregator.add(scoreResponse(sample));
 * aggregator.size; // 3
 * aggregator.aggregate(5).suppressed; // true (fewer than 5 practices)
 * const aggregate = aggregator.aggregate(3);
 * if (!aggregate.suppressed) aggregate.overall; // { n: 3, p25: 30.6, median: 59.7, p75: 84.5 }
 * ```
 */
export class RegionalAggregator {
  private count = 0;
  private readonly overall = new NumberList();
  private readonly aspects = Object.fromEntries(
    qualityAspectIds.map((id) => [id, new NumberList()]),
  ) as Record<QualityAspectId, NumberList>;
  private readonly inkPhases: Record<PhaseKey, number> = {
    '0': 0,
    '1': 0,
    '2': 0,
    '3': 0,
    '4': 0,
    '5': 0,
  };

  /** Adds one practice's result. */
  add(result: ScoreResult): void {
    this.count += 1;
    if (result.overall !== null) this.overall.push(result.overall);
    for (const id of qualityAspectIds) {
      const score = result.aspects[id].score;
      if (score !== null) this.aspects[id].push(score);
    }
    this.inkPhases[`${result.inkPhase.phase}` as PhaseKey] += 1;
  }

  /** How many results were added. */
  get size(): number {
    return this.count;
  }

  /** The aggregate of every result added so far; suppressed below `minGroupSize` practices. */
  aggregate(minGroupSize = 5): RegionalAggregate {
    checkMinGroupSize(minGroupSize);
    if (this.count < minGroupSize) return { suppressed: true, minGroupSize };
    return {
      suppressed: false,
      minGroupSize,
      n: this.count,
      overall: this.overall.figures(minGroupSize),
      aspects: Object.fromEntries(
        qualityAspectIds.map((id) => [id, this.aspects[id].figures(minGroupSize)]),
      ) as Record<QualityAspectId, PercentileFigures>,
      inkPhases: { ...this.inkPhases },
    };
  }
}

/**
 * Aggregates the score results of a region's practices: per aspect and overall the number of
 * scores, p25, median and p75 (nearest rank), and how many practices are in each INK phase. Below
 * `minGroupSize` practices it returns a suppressed aggregate with no figures at all, and a figure
 * with fewer than `minGroupSize` scores is null, so that no practice can be singled out.
 *
 * @throws {ReportDataError} `invalid-results` for a list with the same practice twice, or results of
 * different questionnaires.
 * @example
 * ```ts
 * import { samplePractices } from '@praktijkscan/model/samples';
 * import { aggregateResults } from '@praktijkscan/report-data';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const results = samplePractices.map((sample) => scoreResponse(sample));
 * aggregateResults(results); // { suppressed: true, minGroupSize: 5 }
 * const aggregate = aggregateResults(results, { minGroupSize: 3 });
 * if (!aggregate.suppressed) aggregate.aspects.safety; // { n: 3, p25: 29.2, median: 62.9, p75: 89.7 }
 * if (!aggregate.suppressed) aggregate.inkPhases; // { 0: 0, 1: 1, 2: 1, 3: 0, 4: 1, 5: 0 }
 * ```
 */
export function aggregateResults(
  results: readonly ScoreResult[],
  options: AggregateOptions = {},
): RegionalAggregate {
  const minGroupSize = options.minGroupSize ?? 5;
  checkMinGroupSize(minGroupSize);
  if (!Array.isArray(results))
    throw new ReportDataError('invalid-results', 'expected a list of score results');
  const practices = new Set<string>();
  const questionnaires = new Set<string>();
  for (const result of results) {
    if (
      result === null ||
      typeof result !== 'object' ||
      typeof result.practiceId !== 'string' ||
      !result.aspects
    ) {
      throw new ReportDataError(
        'invalid-results',
        'every entry must be a score result of scoreResponse',
      );
    }
    if (practices.has(result.practiceId)) {
      throw new ReportDataError(
        'invalid-results',
        `practice "${result.practiceId}" occurs more than once; aggregate one result per practice`,
      );
    }
    practices.add(result.practiceId);
    questionnaires.add(`${result.questionnaire.id} ${result.questionnaire.version.split('.')[0]}`);
  }
  if (questionnaires.size > 1) {
    throw new ReportDataError(
      'invalid-results',
      `results of different questionnaires cannot be aggregated: ${[...questionnaires].sort().join('; ')}`,
    );
  }
  const aggregator = new RegionalAggregator();
  for (const result of results) aggregator.add(result);
  return aggregator.aggregate(minGroupSize);
}

/** Where a score stands in the region. */
export type BenchmarkPosition = 'below-p25' | 'p25-median' | 'median-p75' | 'above-p75';

/**
 * Each aspect's position against a regional aggregate: below p25 (score < p25), p25-median
 * (p25 ≤ score < median), median-p75 (median ≤ score ≤ p75), above p75 (score > p75); `null`
 * where the score or the figures are missing or the aggregate is suppressed.
 *
 * @example
 * ```ts
 * import { sampleHalfway, samplePractices } from '@praktijkscan/model/samples';
 * import { aggregateResults, compareToBenchmark } from '@praktijkscan/report-data';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const aggregate = aggregateResults(samplePractices.map((sample) => scoreResponse(sample)), { minGroupSize: 3 });
 * compareToBenchmark(scoreResponse(sampleHalfway), aggregate).safety; // 'median-p75'
 * ```
 */
export function compareToBenchmark(
  result: ScoreResult,
  aggregate: RegionalAggregate,
): Record<QualityAspectId, BenchmarkPosition | null> {
  if (
    aggregate === null ||
    typeof aggregate !== 'object' ||
    typeof aggregate.suppressed !== 'boolean'
  ) {
    throw new ReportDataError(
      'invalid-benchmark',
      'the aggregate must be the result of aggregateResults',
    );
  }
  if (
    result === null ||
    typeof result !== 'object' ||
    result.aspects === null ||
    typeof result.aspects !== 'object'
  ) {
    throw new ReportDataError(
      'invalid-option',
      'the result must be a score result of scoreResponse',
    );
  }
  return Object.fromEntries(
    qualityAspectIds.map((id) => {
      const score = result.aspects[id].score;
      if (aggregate.suppressed || score === null) return [id, null];
      const { p25, median, p75 } = aggregate.aspects[id];
      if (p25 === null || median === null || p75 === null) return [id, null];
      const position: BenchmarkPosition =
        score < p25
          ? 'below-p25'
          : score < median
            ? 'p25-median'
            : score <= p75
              ? 'median-p75'
              : 'above-p75';
      return [id, position];
    }),
  ) as Record<QualityAspectId, BenchmarkPosition | null>;
}
