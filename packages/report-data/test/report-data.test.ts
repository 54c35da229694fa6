import { fc, test } from '@fast-check/vitest';
import { type PracticeResponse, questionnaire } from '@praktijkscan/model';
import {
  sampleAdvanced,
  sampleHalfway,
  samplePractices,
  sampleStarting,
  sampleStartingV1,
} from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { type ScoreResult, scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { responseArb } from '../../scoring/test/support/arbitraries';
import {
  aggregateResults,
  buildReportData,
  compareToBenchmark,
  RegionalAggregator,
  ReportDataError,
  reportDataSchema,
} from '../src';

const asOf = '2026-11-22';

async function reportFor(
  response: PracticeResponse,
  extra: {
    previous?: ScoreResult;
    benchmark?: ReturnType<typeof aggregateResults>;
    locale?: 'nl' | 'en';
    asOf?: string;
  } = {},
) {
  const locale = extra.locale ?? 'en';
  const on = extra.asOf ?? asOf;
  const result = scoreResponse(response);
  const recommendations = await recommend(result, response, { asOf: on, locale });
  return {
    result,
    recommendations,
    report: buildReportData({
      response,
      result,
      recommendations,
      asOf: on,
      locale,
      ...(extra.previous ? { previous: extra.previous } : {}),
      ...(extra.benchmark ? { benchmark: extra.benchmark } : {}),
    }),
  };
}

const completedAfter = (response: PracticeResponse, completedOn: string): PracticeResponse => ({
  ...response,
  completedOn,
});

describe('buildReportData', () => {
  it('is valid against reportDataSchema and JSON-serialisable for every sample, in both locales', async () => {
    for (const sample of samplePractices) {
      for (const locale of ['nl', 'en'] as const) {
        const { report } = await reportFor(sample, { locale });
        expect(reportDataSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
        expect(report.meta).toMatchObject({
          locale,
          asOf,
          practiceId: sample.practiceId,
          questionnaire: sample.questionnaire,
        });
      }
    }
  });

  it('is deterministic: the same input gives byte-identical JSON', async () => {
    const first = await reportFor(sampleHalfway);
    const second = await reportFor(sampleHalfway);
    expect(JSON.stringify(second.report)).toBe(JSON.stringify(first.report));
  });

  it("lays out the aspects in the model's order with the result's scores, and a radar whose null is a gap", async () => {
    const answers = Object.fromEntries(
      Object.entries(sampleHalfway.answers).filter(([id]) => {
        const item = questionnaire.items.find((candidate) => candidate.id === id);
        return !item || item.weights.equity === 0;
      }),
    );
    const { result, report } = await reportFor({ ...sampleHalfway, answers });
    expect(result.aspects.equity.score).toBeNull();
    expect(report.radar.axes.map((axis) => axis.id)).toEqual([
      'safety',
      'effectiveness',
      'efficiency',
      'person-centredness',
      'timeliness',
      'equity',
    ]);
    expect(report.radar.series[0]?.values.at(-1)).toBeNull();
    expect(report.dataQuality.lowCoverageAspects.map((aspect) => aspect.id)).toContain('equity');
  });

  it('leaves never-do steps out of the plan, and dates each phase from its items', async () => {
    const { report } = await reportFor(sampleStarting);
    const planned = report.plan.flatMap((phase) => phase.items.map((item) => item.recommendation));
    const neverDo = report.recommendations
      .filter((step) => step.quadrant === 'never-do')
      .map((step) => step.id);
    for (const id of neverDo) expect(planned).not.toContain(id);
    for (const phase of report.plan) {
      if (phase.items.length === 0) {
        expect([phase.startsOn, phase.endsOn]).toEqual([null, null]);
        continue;
      }
      expect(phase.startsOn).toBe(phase.items.map((item) => item.startBy).sort()[0]);
      expect(phase.endsOn).toBe(
        phase.items
          .map((item) => item.evaluateOn)
          .sort()
          .at(-1),
      );
    }
    expect(report.plan.map((phase) => phase.phase)).toEqual(['plan', 'do', 'check', 'act']);
    expect(report.plan[0]?.activities.length).toBeGreaterThan(0);
  });

  it('gives monitoring dates: a yearly questionnaire and a yearly visit, or now where the visit is unknown', async () => {
    const { report } = await reportFor(sampleHalfway, { asOf: '2027-06-01' });
    expect(sampleHalfway.lastPracticeVisitOn).toBeUndefined();
    expect(report.monitoring).toMatchObject({
      lastVisitOn: null,
      nextVisitDue: '2027-06-01',
      visitOverdue: false,
    });
    expect(report.monitoring.nextQuestionnaireDue).toBe('2027-04-08');
    expect(report.monitoring.questionnaireOverdue).toBe(true);
    const starting = await reportFor(sampleStarting);
    expect(starting.report.monitoring.visitOverdue).toBe(true);
  });

  it('shows the trend against an earlier assessment of the same practice', async () => {
    const earlier = scoreResponse(completedAfter(sampleStarting, '2025-04-01'));
    const later = {
      ...sampleAdvanced,
      practiceId: sampleStarting.practiceId,
      completedOn: '2026-10-01',
    };
    const { report } = await reportFor(later, { previous: earlier });
    expect(report.trend?.previousCompletedOn).toBe('2025-04-01');
    expect(report.radar.series.map((series) => series.id)).toEqual(['practice', 'previous']);
    const safety = report.aspects[0]!;
    expect(safety.change).toBeCloseTo((safety.score ?? 0) - (earlier.aspects.safety.score ?? 0), 5);
  });

  it('refuses a previous result of another practice, a later date or a later version', async () => {
    const result = scoreResponse(sampleStarting);
    const recommendations = await recommend(result, sampleStarting, { asOf, locale: 'en' });
    const build = (previous: ScoreResult) => () =>
      buildReportData({
        response: sampleStarting,
        result,
        recommendations,
        asOf,
        locale: 'en',
        previous,
      });
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ReportDataError ? error.code : String(error);
      }
      return 'no error';
    };
    expect(codeOf(build(scoreResponse(sampleHalfway)))).toBe('previous-other-practice');
    expect(codeOf(build({ ...result, completedOn: '2027-01-01' }))).toBe('previous-later');
    expect(
      codeOf(build({ ...result, questionnaire: { id: 'praktijkscan', version: '3.0.0' } })),
    ).toBe('previous-other-version');
    expect(
      codeOf(() =>
        buildReportData({ response: sampleStarting, result, recommendations, asOf, locale: 'nl' }),
      ),
    ).toBe('invalid-option');
    expect(
      codeOf(() =>
        buildReportData({ response: sampleHalfway, result, recommendations, asOf, locale: 'en' }),
      ),
    ).toBe('result-mismatch');
    const otherQuestionnaire = {
      ...result,
      questionnaire: { id: 'other-scan', version: result.questionnaire.version },
    };
    expect(
      codeOf(() =>
        buildReportData({
          response: sampleStarting,
          result: otherQuestionnaire,
          recommendations,
          asOf,
          locale: 'en',
        }),
      ),
    ).toBe('result-mismatch');
    expect(
      codeOf(() =>
        buildReportData({
          response: sampleStarting,
          result,
          recommendations,
          asOf: '2020-01-01',
          locale: 'en',
        }),
      ),
    ).toBe('invalid-option');
  });

  it("adds the regional median and each aspect's position where a benchmark is given", async () => {
    const region = samplePractices.flatMap((sample, index) =>
      [0, 1].map((copy) => scoreResponse({ ...sample, practiceId: `regional-${index}-${copy}` })),
    );
    const benchmark = aggregateResults(region, { minGroupSize: 5 });
    const { report, result } = await reportFor(sampleHalfway, { benchmark });
    expect(report.radar.series.map((series) => series.id)).toEqual([
      'practice',
      'benchmark-median',
    ]);
    expect(report.aspects.map((aspect) => aspect.benchmarkPosition)).toEqual(
      Object.values(compareToBenchmark(result, benchmark)),
    );
    const suppressed = await reportFor(sampleHalfway, {
      benchmark: aggregateResults(region.slice(0, 4)),
    });
    expect(suppressed.report.benchmark).toEqual({ n: null, suppressed: true, overall: null });
    expect(suppressed.report.radar.series).toHaveLength(1);
  });
});

describe('properties', () => {
  test.prop([responseArb(questionnaire)], { numRuns: 60 })(
    "deterministic; radar values equal the result's scores; the ladder agrees with the phase; every planned step appears once",
    async (generated) => {
      const response = { ...generated, completedOn: '2026-01-15' };
      const { result, report, recommendations } = await reportFor(response);
      expect(JSON.stringify((await reportFor(response)).report)).toBe(JSON.stringify(report));
      expect(report.radar.series[0]?.values).toEqual(
        report.radar.axes.map((axis) => result.aspects[axis.id].score),
      );
      for (const rung of report.phaseLadder) {
        expect(rung.status === 'current').toBe(rung.phase === result.inkPhase.phase);
        expect(rung.status === 'next').toBe(rung.phase === result.inkPhase.next?.phase);
        if (rung.phase <= result.inkPhase.phase) expect(rung.attained).toBe(true);
      }
      const planned = report.plan.flatMap((phase) =>
        phase.items.map((item) => item.recommendation),
      );
      expect(new Set(planned).size).toBe(planned.length);
      expect(planned.sort()).toEqual(
        recommendations
          .filter((step) => step.quadrant !== 'never-do')
          .map((step) => step.id)
          .sort(),
      );
      expect(
        report.matrix.flatMap((quadrant) => quadrant.recommendations.map((step) => step.id)).sort(),
      ).toEqual(recommendations.map((step) => step.id).sort());
    },
  );

  const resultsArb = fc
    .array(responseArb(questionnaire), { minLength: 0, maxLength: 12 })
    .map((responses) =>
      responses.map((response, index) =>
        scoreResponse({ ...response, practiceId: `practice-${index}` }),
      ),
    );

  test.prop([resultsArb, fc.integer({ min: 1, max: 8 }), fc.array(fc.nat())], { numRuns: 80 })(
    'aggregate percentiles are order-invariant, between min and max, ordered; suppressed below k',
    (results, minGroupSize, order) => {
      const shuffled = [...results].sort(
        (a, b) => (order[results.indexOf(a)] ?? 0) - (order[results.indexOf(b)] ?? 0),
      );
      const aggregate = aggregateResults(results, { minGroupSize });
      expect(aggregateResults(shuffled, { minGroupSize })).toEqual(aggregate);
      if (results.length < minGroupSize) {
        expect(aggregate).toEqual({ suppressed: true, minGroupSize });
        return;
      }
      if (aggregate.suppressed) throw new Error('unexpected suppression');
      for (const [id, figures] of Object.entries(aggregate.aspects)) {
        const scores = results
          .map((result) => result.aspects[id as 'safety'].score)
          .filter((score): score is number => score !== null);
        expect(figures.n).toBe(scores.length);
        if (figures.p25 === null) {
          expect(scores.length).toBeLessThan(minGroupSize);
          continue;
        }
        expect(figures.p25).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(figures.p75).toBeLessThanOrEqual(Math.max(...scores));
        expect(figures.p25).toBeLessThanOrEqual(figures.median as number);
        expect(figures.median).toBeLessThanOrEqual(figures.p75 as number);
        for (const value of [figures.p25, figures.median, figures.p75])
          expect(scores).toContain(value);
      }
      expect(Object.values(aggregate.inkPhases).reduce((sum, count) => sum + count, 0)).toBe(
        results.length,
      );
    },
  );

  it('uses nearest rank: ceil(p/100 * n)', () => {
    const results = [10, 20, 30, 40, 50, 60, 70, 80].map((safety, index) => {
      const base = scoreResponse({ ...sampleHalfway, practiceId: `p-${index}` });
      return { ...base, aspects: { ...base.aspects, safety: { score: safety, coverage: 100 } } };
    });
    const aggregate = aggregateResults(results);
    if (aggregate.suppressed) throw new Error('unexpected suppression');
    expect(aggregate.aspects.safety).toEqual({ n: 8, p25: 20, median: 40, p75: 60 });
  });

  it('streams: an aggregate taken midway equals aggregateResults of the results so far', () => {
    const results = [...samplePractices, ...samplePractices].map((sample, index) =>
      scoreResponse({ ...sample, practiceId: `stream-${index}` }),
    );
    const aggregator = new RegionalAggregator();
    results.forEach((result, index) => {
      aggregator.add(result);
      expect(aggregator.size).toBe(index + 1);
      expect(aggregator.aggregate(3)).toEqual(
        aggregateResults(results.slice(0, index + 1), { minGroupSize: 3 }),
      );
    });
    expect(() => aggregator.aggregate(0)).toThrow(ReportDataError);
  });

  it('compareToBenchmark refuses what is not an aggregate or a result, with a ReportDataError', () => {
    const result = scoreResponse(sampleHalfway);
    expect(() => compareToBenchmark(result, {} as never)).toThrow(ReportDataError);
    expect(() => compareToBenchmark(null as never, aggregateResults([]))).toThrow(ReportDataError);
  });

  it('refuses the same practice twice and mixed questionnaires', () => {
    const one = scoreResponse(sampleHalfway);
    expect(() => aggregateResults([one, one])).toThrow(/more than once/);
    expect(() =>
      aggregateResults([
        one,
        { ...scoreResponse(sampleStarting), questionnaire: { id: 'other', version: '1.0.0' } },
      ]),
    ).toThrow(/different questionnaires/);
  });
});

describe('trends across questionnaire versions', () => {
  it('gives the trend of a 2.0.0 assessment against a 1.0.0 one, flagged, with how comparable it is', async () => {
    const previousResponse = { ...sampleStartingV1, completedOn: '2025-02-12' };
    const previous = scoreResponse(previousResponse);
    const result = scoreResponse(sampleStarting);
    const recommendations = await recommend(result, sampleStarting, { asOf, locale: 'en' });
    for (const locale of ['en', 'nl'] as const) {
      const report = buildReportData({
        response: sampleStarting,
        result,
        recommendations:
          locale === 'en'
            ? recommendations
            : await recommend(result, sampleStarting, { asOf, locale }),
        asOf,
        locale,
        previous,
      });
      // 48 items carried and 2 merged (docs/domain.md, "What changed from 1.0.0 and why").
      expect(report.trend).toMatchObject({
        previousCompletedOn: '2025-02-12',
        previousVersion: '1.0.0',
        acrossVersions: true,
        sharedItems: 50,
      });
      expect(report.trend?.comparability).toContain('50');
      expect(report.trend?.comparability).toContain('60');
    }
  });

  it('flags a trend on the same version as comparable, without a count', async () => {
    const result = scoreResponse(sampleStarting);
    const recommendations = await recommend(result, sampleStarting, { asOf, locale: 'en' });
    const report = buildReportData({
      response: sampleStarting,
      result,
      recommendations,
      asOf,
      locale: 'en',
      previous: { ...result, completedOn: '2025-02-12' },
    });
    expect(report.trend).toMatchObject({
      previousVersion: '2.0.0',
      acrossVersions: false,
      sharedItems: null,
    });
    expect(report.trend?.comparability).toContain('comparable');
  });
});
