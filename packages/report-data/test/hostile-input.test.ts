// Regression tests of issue 16, promise 5: aggregateResults took forged score results.
import { sampleHalfway } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { aggregateResults, RegionalAggregator, ReportDataError } from '../src';

const base = JSON.parse(JSON.stringify(scoreResponse(sampleHalfway)));
const practices = (overall: unknown, count = 5) =>
  Array.from({ length: count }, (_, index) => ({
    ...base,
    practiceId: `practice-${index}`,
    overall: index === 0 ? overall : base.overall,
  }));

describe('aggregateResults refuses forged scores (issue 16, promise 5)', () => {
  for (const forged of [-5e9, 'abc', 1e9, Number.NaN, 100.1, 12.34, Number.POSITIVE_INFINITY])
    it(`refuses an overall of ${String(forged)}`, () => {
      expect(() => aggregateResults(practices(forged))).toThrow(ReportDataError);
    });

  it('refuses a forged aspect score and INK phase, and counts nothing then', () => {
    const aspects = { ...base.aspects, safety: { score: Number.NaN, coverage: 100 } };
    expect(() => aggregateResults([{ ...base, aspects }])).toThrow(/aspects\.safety\.score/);
    const aggregator = new RegionalAggregator();
    expect(() => aggregator.add({ ...base, inkPhase: { ...base.inkPhase, phase: 9 } })).toThrow(
      ReportDataError,
    );
    expect(aggregator.size).toBe(0);
  });

  it('gives exact nearest-rank percentiles from the counts per tenth', () => {
    const scores = [0, 12.3, 50, 50, 99.9, 100, 33.3];
    const results = scores.map((overall, index) => ({
      ...base,
      practiceId: `p-${index}`,
      overall,
    }));
    const aggregate = aggregateResults(results, { minGroupSize: 1 });
    if (aggregate.suppressed) throw new Error('expected figures');
    // Sorted: 0, 12.3, 33.3, 50, 50, 99.9, 100; ranks ceil(p/100 * 7): 2, 4, 6.
    expect(aggregate.overall).toEqual({ n: 7, p25: 12.3, median: 50, p75: 99.9 });
  });

  it('quotes at most 100 characters of a forged practice id', () => {
    const id = 'x'.repeat(100_000);
    const results = [0, 1].map(() => ({ ...base, practiceId: id }));
    expect(() => aggregateResults(results)).toThrow(/^.{0,300}$/s);
  });
});
