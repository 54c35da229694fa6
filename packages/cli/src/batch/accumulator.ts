import { type QualityAspectId, qualityAspectIds } from '@praktijkscan/model';
import type { PercentileFigures, RegionalAggregate } from '@praktijkscan/report-data';
import type { ScoreResult } from '@praktijkscan/scoring';

type PhaseKey = '0' | '1' | '2' | '3' | '4' | '5';

/** Nearest rank `ceil(p / 100 * n)`, exactly as `aggregateResults` defines it. */
function nearestRank(sorted: Float64Array, percentile: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percentile * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}

/** A growable list of numbers: eight bytes a value, nothing else. */
class Numbers {
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
    const sorted = this.values.slice(0, n).sort();
    return {
      n,
      p25: nearestRank(sorted, 25),
      median: nearestRank(sorted, 50),
      p75: nearestRank(sorted, 75),
    };
  }
}

/**
 * The regional aggregate of a stream of score results, without keeping the results: per practice
 * it keeps only the numbers the aggregate reads (the overall score and the six aspect scores where
 * not null, eight bytes each) and a count per INK phase. `aggregate()` gives exactly what
 * `aggregateResults` gives for the same results (the tests check this). Checking that a practice
 * occurs once, and that all results answer the same questionnaire, is the caller's job.
 */
export class AggregateAccumulator {
  private n = 0;
  private readonly overall = new Numbers();
  private readonly aspects = Object.fromEntries(
    qualityAspectIds.map((id) => [id, new Numbers()]),
  ) as Record<QualityAspectId, Numbers>;
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
    this.n += 1;
    if (result.overall !== null) this.overall.push(result.overall);
    for (const id of qualityAspectIds) {
      const score = result.aspects[id].score;
      if (score !== null) this.aspects[id].push(score);
    }
    this.inkPhases[`${result.inkPhase.phase}` as PhaseKey] += 1;
  }

  /** How many results were added. */
  get size(): number {
    return this.n;
  }

  /** The aggregate of every result added so far, suppressed below `minGroupSize` practices. */
  aggregate(minGroupSize: number): RegionalAggregate {
    if (this.n < minGroupSize) return { suppressed: true, minGroupSize };
    return {
      suppressed: false,
      minGroupSize,
      n: this.n,
      overall: this.overall.figures(minGroupSize),
      aspects: Object.fromEntries(
        qualityAspectIds.map((id) => [id, this.aspects[id].figures(minGroupSize)]),
      ) as Record<QualityAspectId, PercentileFigures>,
      inkPhases: { ...this.inkPhases },
    };
  }
}
