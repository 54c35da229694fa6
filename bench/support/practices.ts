import { bottleneckIds, type PracticeResponse, questionnaire } from '@praktijkscan/model';
import fc from 'fast-check';
import { responseArb } from '../../packages/scoring/test/support/arbitraries';

/** The seed of every generated data set, so that each run measures the same practices. */
export const benchSeed = 20261122;

/** "Now" for recommend, buildReportData and `batch --as-of`: after every generated completion date. */
export const benchAsOf = '2026-11-22';

const dateBetween = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

/**
 * A valid, varied response to the published questionnaire: the answers (missing, "na" where
 * allowed, 0..max) and up to five ideas from the scoring package's property-test arbitrary, with a
 * completion date in 2023..2026, sometimes a last practice visit, some bottlenecks and some of the
 * practice's own.
 */
const practiceArb: fc.Arbitrary<Omit<PracticeResponse, 'practiceId' | 'practiceName'>> = fc
  .record({
    base: responseArb(questionnaire),
    completedOn: dateBetween('2023-01-01', benchAsOf),
    lastVisit: fc.option(dateBetween('2020-01-01', '2022-12-31'), { nil: undefined }),
    bottlenecks: fc.subarray([...bottleneckIds]),
    own: fc.array(fc.constantFrom('Te weinig tijd', 'Wisselende roosters', 'Geen budget'), {
      maxLength: 2,
    }),
  })
  .map(({ base, completedOn, lastVisit, bottlenecks, own }) => ({
    ...base,
    completedOn,
    ...(lastVisit === undefined ? {} : { lastPracticeVisitOn: lastVisit }),
    bottlenecks,
    ownBottlenecks: [...new Set(own)],
  }));

/**
 * `count` raw responses (plain JSON data, not parsed), the same for the same `count` and `seed`.
 * Each has its own practice id (batch reports a repeated practice as an error).
 */
export function generatePractices(count: number, seed = benchSeed): PracticeResponse[] {
  return fc.sample(practiceArb, { numRuns: count, seed }).map((practice, index) => ({
    ...practice,
    practiceId: `bench-practice-${String(index + 1).padStart(6, '0')}`,
    practiceName: `Huisartsenpraktijk ${index + 1}`,
  }));
}
