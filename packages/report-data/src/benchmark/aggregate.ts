import {
  boundedText,
  type InkPhaseId,
  type QualityAspectId,
  qualityAspectIds,
} from '@praktijkscan/model';
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

/** The tenths a score can be: 0.0 to 100.0 in steps of 0.1, as 0..1000. */
const tenthsCount = 1001;

/**
 * A score as whole tenths 0..1000, or `undefined` for anything a score result cannot hold (a
 * number off the one-decimal grid, outside 0..100, not a number at all).
 */
function scoreInTenths(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const tenths = Math.round(value * 10);
  if (tenths < 0 || tenths >= tenthsCount || Math.abs(tenths - value * 10) > 1e-6) return undefined;
  return tenths;
}

/**
 * The scores of one figure as a count per tenth: exact nearest-rank percentiles in 1,001 counters,
 * whatever the number of practices, where a list of every score would grow with the input.
 */
class TenthsCounter {
  private readonly counts = new Float64Array(tenthsCount);
  private count = 0;

  push(tenths: number): void {
    this.counts[tenths] = (this.counts[tenths] as number) + 1;
    this.count += 1;
  }

  /** The score at nearest rank `ceil(p / 100 * n)`: the definition every implementation agrees on. */
  private nearestRank(percentile: number): number {
    const rank = Math.max(1, Math.ceil((percentile * this.count) / 100));
    let seen = 0;
    for (let tenths = 0; tenths < tenthsCount; tenths += 1) {
      seen += this.counts[tenths] as number;
      if (seen >= rank) return tenths / 10;
    }
    return 100;
  }

  figures(minGroupSize: number): PercentileFigures {
    const n = this.count;
    if (n < minGroupSize || n === 0) return { n, p25: null, median: null, p75: null };
    return {
      n,
      p25: this.nearestRank(25),
      median: this.nearestRank(50),
      p75: this.nearestRank(75),
    };
  }
}

type PhaseKey = '0' | `${InkPhaseId}`;

function checkMinGroupSize(minGroupSize: unknown): void {
  if (!Number.isInteger(minGroupSize) || (minGroupSize as number) < 1) {
    throw new ReportDataError(
      'invalid-results',
      `minGroupSize must be a whole number of at least 1, got ${describeValue(minGroupSize)}`,
    );
  }
}

const invalidScore = (where: string, value: unknown): ReportDataError =>
  new ReportDataError(
    'invalid-results',
    `${where} must be null or a score from 0 to 100 with one decimal, got ${describeValue(value)}`,
  );

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(boundedText(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return typeof value;
}

function scoreOrNull(where: string, value: unknown): number | null {
  if (value === null) return null;
  const tenths = scoreInTenths(value);
  if (tenths === undefined) throw invalidScore(where, value);
  return tenths;
}

/** The numbers of a score result the aggregate reads, in tenths, checked; a typed error else. */
function readAggregateNumbers(result: unknown): {
  overall: number | null;
  aspects: (number | null)[];
  phase: number;
} {
  try {
    if (result === null || typeof result !== 'object')
      throw new ReportDataError(
        'invalid-results',
        'every entry must be a score result of scoreResponse',
      );
    const record = result as Partial<Record<'overall' | 'aspects' | 'inkPhase', unknown>>;
    const overall = scoreOrNull('overall', record.overall);
    const aspectsOf = record.aspects;
    if (aspectsOf === null || typeof aspectsOf !== 'object')
      throw new ReportDataError(
        'invalid-results',
        'aspects must be the aspect scores of scoreResponse',
      );
    const aspects = qualityAspectIds.map((id) => {
      const aspect = (aspectsOf as Record<string, unknown>)[id];
      if (aspect === null || typeof aspect !== 'object')
        throw new ReportDataError('invalid-results', `aspects.${id} must be { score, coverage }`);
      return scoreOrNull(`aspects.${id}.score`, (aspect as { score?: unknown }).score);
    });
    const ink = record.inkPhase;
    const phase =
      ink !== null && typeof ink === 'object' ? (ink as { phase?: unknown }).phase : undefined;
    if (typeof phase !== 'number' || !Number.isInteger(phase) || phase < 0 || phase > 5)
      throw new ReportDataError(
        'invalid-results',
        `inkPhase.phase must be a whole number from 0 to 5, got ${describeValue(phase)}`,
      );
    return { overall, aspects, phase };
  } catch (error) {
    if (error instanceof ReportDataError) throw error;
    throw new ReportDataError(
      'invalid-results',
      'a score result cannot be read (a property throws)',
    );
  }
}

/**
 * Builds a regional aggregate from a stream of score results without keeping them: per practice
 * it keeps a count per tenth (0.0 to 100.0) of the overall and of each aspect score, and a count
 * per INK phase: memory does not grow with the number of results. `aggregateResults` is built on it; use it directly to aggregate
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
 * if (!aggregate.suppressed) aggregate.overall; // { n: 3, p25: 31.4, median: 61, p75: 85 }
 * ```
 */
export class RegionalAggregator {
  private count = 0;
  private readonly overall = new TenthsCounter();
  private readonly aspects = Object.fromEntries(
    qualityAspectIds.map((id) => [id, new TenthsCounter()]),
  ) as Record<QualityAspectId, TenthsCounter>;
  private readonly inkPhases: Record<PhaseKey, number> = {
    '0': 0,
    '1': 0,
    '2': 0,
    '3': 0,
    '4': 0,
    '5': 0,
  };

  /**
   * Adds one practice's result, after checking the numbers the aggregate reads: each score null or
   * a number from 0 to 100 with one decimal, the INK phase 0 to 5.
   *
   * @throws {ReportDataError} `invalid-results` for anything else; nothing is added then.
   */
  add(result: ScoreResult): void {
    const { overall, aspects, phase } = readAggregateNumbers(result);
    this.count += 1;
    if (overall !== null) this.overall.push(overall);
    qualityAspectIds.forEach((id, index) => {
      const score = aspects[index];
      if (score !== null && score !== undefined) this.aspects[id].push(score);
    });
    this.inkPhases[`${phase}` as PhaseKey] += 1;
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
 * @throws {ReportDataError} `invalid-results` for a list with the same practice twice, results of
 * different questionnaires, or a score that no score result can hold (outside 0..100, off the
 * one-decimal grid, not a number): each entry is checked before any is counted.
 * @example
 * ```ts
 * import { samplePractices } from '@praktijkscan/model/samples';
 * import { aggregateResults } from '@praktijkscan/report-data';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const results = samplePractices.map((sample) => scoreResponse(sample));
 * aggregateResults(results); // { suppressed: true, minGroupSize: 5 }
 * const aggregate = aggregateResults(results, { minGroupSize: 3 });
 * if (!aggregate.suppressed) aggregate.aspects.safety; // { n: 3, p25: 31.6, median: 64, p75: 89.7 }
 * if (!aggregate.suppressed) aggregate.inkPhases; // { 0: 0, 1: 1, 2: 1, 3: 0, 4: 1, 5: 0 }
 * ```
 */
export function aggregateResults(
  results: readonly ScoreResult[],
  options: AggregateOptions = {},
): RegionalAggregate {
  try {
    return aggregateChecked(results, options);
  } catch (error) {
    if (error instanceof ReportDataError) throw error;
    // A value that throws when read (a getter, a revoked Proxy) is bad input like any other.
    throw new ReportDataError('invalid-results', 'the results cannot be read (a property throws)');
  }
}

function aggregateChecked(
  results: readonly ScoreResult[],
  options: AggregateOptions,
): RegionalAggregate {
  if (options === null || typeof options !== 'object')
    throw new ReportDataError(
      'invalid-option',
      'options must be an object, e.g. { minGroupSize: 5 }',
    );
  const minGroupSize = options.minGroupSize ?? 5;
  checkMinGroupSize(minGroupSize);
  if (!Array.isArray(results))
    throw new ReportDataError('invalid-results', 'expected a list of score results');
  const practices = new Set<string>();
  const questionnaires = new Set<string>();
  const entries: ScoreResult[] = [];
  for (let index = 0; index < results.length; index += 1) {
    const result = results[index];
    if (
      result === null ||
      typeof result !== 'object' ||
      typeof result.practiceId !== 'string' ||
      !result.aspects ||
      result.questionnaire === null ||
      typeof result.questionnaire !== 'object' ||
      typeof result.questionnaire.id !== 'string' ||
      typeof result.questionnaire.version !== 'string'
    ) {
      throw new ReportDataError(
        'invalid-results',
        `entry ${index} must be a score result of scoreResponse`,
      );
    }
    // Every entry is checked before any is counted: nothing partial.
    readAggregateNumbers(result);
    if (practices.has(result.practiceId)) {
      throw new ReportDataError(
        'invalid-results',
        `practice "${boundedText(result.practiceId)}" occurs more than once; aggregate one result per practice`,
      );
    }
    practices.add(result.practiceId);
    questionnaires.add(
      `${boundedText(result.questionnaire.id)} ${boundedText(result.questionnaire.version.split('.')[0] ?? '')}`,
    );
    if (questionnaires.size > 1) {
      throw new ReportDataError(
        'invalid-results',
        `results of different questionnaires cannot be aggregated: ${[...questionnaires].sort().join('; ')}`,
      );
    }
    entries.push(result);
  }
  const aggregator = new RegionalAggregator();
  for (const result of entries) aggregator.add(result);
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
  try {
    return compareChecked(result, aggregate);
  } catch (error) {
    if (error instanceof ReportDataError) throw error;
    throw new ReportDataError(
      'invalid-benchmark',
      'the result or the aggregate cannot be read as scoreResponse and aggregateResults make them',
    );
  }
}

function compareChecked(
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
