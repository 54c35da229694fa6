import { fc, test } from '@fast-check/vitest';
import {
  applicationTypes,
  digitisationDomains,
  migrateResponse,
  type PracticeResponse,
  questionnaire,
} from '@praktijkscan/model';
import {
  sampleAdvanced,
  sampleHalfway,
  samplePractices,
  samplePracticesV1,
  sampleStarting,
  sampleStartingV1,
} from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { adoptionProfile, type ScoreResult, scoreResponse } from '@praktijkscan/scoring';
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
import { buildReportDataBefore } from './support/report-before';

const asOf = '2026-11-22';

async function reportFor(
  response: PracticeResponse,
  extra: {
    previous?: ScoreResult;
    benchmark?: ReturnType<typeof aggregateResults>;
    locale?: 'nl' | 'en';
    asOf?: string;
    capacity?: number;
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
      ...(extra.capacity === undefined ? {} : { capacity: extra.capacity }),
    }),
  };
}

const completedAfter = (response: PracticeResponse, completedOn: string): PracticeResponse => ({
  ...response,
  completedOn,
});

describe('buildReportData', () => {
  it('gives byte for byte what the build before its rewrite gave, for every sample, locale and capacity', async () => {
    for (const sample of samplePractices)
      for (const locale of ['nl', 'en'] as const)
        for (const capacity of [1, 3, 10]) {
          const result = scoreResponse(sample);
          const recommendations = await recommend(result, sample, { asOf, locale });
          const input = { response: sample, result, recommendations, asOf, locale, capacity };
          expect(JSON.stringify(buildReportData(input))).toBe(
            JSON.stringify(buildReportDataBefore(input)),
          );
        }
  });

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

  it('carries the roadmap as plan: focus, quarters, later and avoid; never-do entries and notes are no steps', async () => {
    const { report } = await reportFor(sampleStarting);
    const scheduled = report.plan.quarters.flatMap((quarter) =>
      quarter.steps.map((step) => step.id),
    );
    const avoided = report.plan.avoid.map((entry) => entry.id);
    expect(avoided).toContain('certify-external-quality-mark');
    for (const id of avoided) {
      expect(scheduled).not.toContain(id);
      expect(report.recommendations.map((step) => step.id)).not.toContain(id);
    }
    expect(report.plan.focus.length).toBeLessThanOrEqual(report.plan.capacity);
    expect(report.plan.focus).toEqual(
      report.plan.quarters[0]?.steps.filter((step) => !step.maintenance),
    );
    // Every step in the list is either dated in the roadmap or later, and says which.
    for (const step of report.recommendations) {
      if (step.status === 'later') expect([step.startBy, step.quarter]).toEqual([null, null]);
      else expect(scheduled).toContain(step.id);
    }
    // The PDCA section shows each step's own cycle, in time order.
    const starts = report.pdca.steps.map((step) => step.cycle[0]?.on as string);
    expect(starts).toEqual([...starts].sort());
    for (const step of report.pdca.steps)
      expect(step.cycle.map((activity) => activity.phase)).toEqual(['plan', 'do', 'check', 'act']);
    expect(report.pdca.phases.map((phase) => phase.phase)).toEqual(['plan', 'do', 'check', 'act']);
  });

  it('takes a capacity, and refuses one out of range with its typed error', async () => {
    const { report } = await reportFor(sampleStarting, { capacity: 1 });
    expect(report.plan.capacity).toBe(1);
    expect(report.plan.focus.length).toBe(1);
    await expect(reportFor(sampleStarting, { capacity: 11 })).rejects.toThrow(ReportDataError);
  });

  it('gives monitoring dates from the same source as the steps: unknown visits are unknown, never on time', async () => {
    const { report } = await reportFor(sampleHalfway, { asOf: '2027-06-01' });
    expect(sampleHalfway.lastPracticeVisitOn).toBeUndefined();
    // The halfway practice's region holds no visits ("na"): no visit date and no visit step.
    expect(report.monitoring).toMatchObject({
      lastVisitOn: null,
      nextVisitDue: null,
      visitStatus: 'not-held',
    });
    expect(report.monitoring.questionnaireOverdue).toBe(true);
    expect(report.monitoring.nextQuestionnaireDue).toBe('2027-06-01');
    const starting = await reportFor(sampleStarting);
    expect(starting.report.monitoring.visitStatus).toBe('overdue');
    const steps = starting.report.plan.quarters.flatMap((quarter) => quarter.steps);
    expect(steps.find((step) => step.id === 'plan-yearly-practice-visit')?.startBy).toBe(
      starting.report.monitoring.nextVisitDue,
    );
    expect(steps.find((step) => step.id === 'repeat-scan-yearly')?.startBy).toBe(
      starting.report.monitoring.nextQuestionnaireDue,
    );
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

describe('responses to questionnaire 1.0.0', () => {
  it('the three 1.0.0 samples score, recommend and report: the steps of their migrated 2.0.0 response', async () => {
    expect(samplePracticesV1).toHaveLength(3);
    for (const response of samplePracticesV1) {
      expect(response.questionnaire.version).toBe('1.0.0');
      for (const locale of ['nl', 'en'] as const) {
        const { result, recommendations, report } = await reportFor(response, { locale });
        expect(result.questionnaire.version).toBe('1.0.0');
        // recommend migrates a 1.0.0 response before its rules run: the same steps as the
        // migrated response gets.
        const migrated = migrateResponse(response, { to: '2.0.0' }).response;
        expect(recommendations).toEqual(
          await recommend(scoreResponse(migrated), migrated, { asOf, locale }),
        );
        expect(reportDataSchema.parse(report)).toEqual(report);
        expect(report.meta.questionnaire).toEqual({ id: 'praktijkscan', version: '1.0.0' });
        expect(report.recommendations.length).toBeGreaterThan(0);
        // The region of the halfway practice holds no visits ("na" on 1.0.0's visit item).
        const noVisits = response.answers['practice-visit-feedback'] === 'na';
        expect(report.monitoring.visitStatus === 'not-held').toBe(noVisits);
      }
    }
    expect(
      samplePracticesV1.some((response) => response.answers['practice-visit-feedback'] === 'na'),
    ).toBe(true);
  });
});

describe('the adoption of application types', () => {
  it('carries adoptionProfile with labels in the locale, for a 2.0.0 and a 1.0.0 response', async () => {
    for (const response of [sampleHalfway, sampleStartingV1]) {
      const profile = adoptionProfile(response);
      for (const locale of ['nl', 'en'] as const) {
        const { adoption } = (await reportFor(response, { locale })).report;
        expect(adoption.inUseFrom).toBe(profile.inUseFrom);
        expect(adoption.domains).toEqual(
          profile.domains.map(({ domain, ...counts }) => ({
            id: domain,
            label: digitisationDomains.find((entry) => entry.id === domain)?.label[locale],
            ...counts,
          })),
        );
        expect(adoption.nivelTypes).toMatchObject(profile.nivelTypes);
        expect(adoption.applications.map((entry) => [entry.id, entry.item, entry.answer])).toEqual(
          profile.applications.map((entry) => [entry.applicationType, entry.item, entry.answer]),
        );
        for (const entry of adoption.applications)
          expect(entry.label).toBe(
            applicationTypes.find((type) => type.id === entry.id)?.label[locale],
          );
      }
    }
  });

  it('labels each answer with the usage scale in the locale, "na" and a missing answer in words', async () => {
    const response: PracticeResponse = {
      ...sampleHalfway,
      answers: { ...sampleHalfway.answers, 'uses-ai-support': 'na', 'uses-check-in-kiosk': 1 },
    };
    delete (response.answers as Record<string, unknown>)['uses-password-vault'];
    const label = async (locale: 'nl' | 'en', id: string) =>
      (await reportFor(response, { locale })).report.adoption.applications.find(
        (entry) => entry.id === id,
      )?.answerLabel;
    expect(await label('nl', 'ai-support')).toBe('Past niet bij de praktijk');
    expect(await label('en', 'ai-support')).toBe('Does not fit the practice');
    expect(await label('nl', 'check-in-kiosk')).toBe('Oriëntatie of pilot');
    expect(await label('en', 'check-in-kiosk')).toBe('Orienting or pilot');
    expect(await label('nl', 'password-vault')).toBe('Niet ingevuld');
    const { report } = await reportFor(response, { locale: 'nl' });
    expect(report.adoption.domains.find((entry) => entry.id === 'security-privacy')).toMatchObject({
      asked: 2,
      answered: 1,
      missing: 1,
    });
    expect(report.adoption.nivelTypes.label).toBe(
      'De zeven soorten e-healthtoepassingen van Nivel',
    );
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
      const planned = report.plan.quarters.flatMap((quarter) =>
        quarter.steps.filter((step) => step.kind === 'step').map((step) => step.id),
      );
      expect(new Set(planned).size).toBe(planned.length);
      const placed = [
        ...planned,
        ...report.plan.later.filter((entry) => entry.kind === 'step').map((entry) => entry.id),
        ...report.plan.avoid.filter((entry) => entry.kind === 'step').map((entry) => entry.id),
        ...report.notes.map((note) => note.id),
      ];
      expect(placed.sort()).toEqual(recommendations.map((step) => step.id).sort());
      const notes = new Set(report.notes.map((note) => note.id));
      expect(
        report.matrix.flatMap((quadrant) => quadrant.recommendations.map((step) => step.id)).sort(),
      ).toEqual(
        recommendations
          .map((step) => step.id)
          .filter((id) => !notes.has(id))
          .sort(),
      );
    },
    60_000,
  );

  // buildReportData does not check its own output (it is valid by construction): this property
  // is that check, over generated responses, with and without a trend and a benchmark, in both
  // locales. The schema's strict parse returns exactly what it was given, so the output equals it.
  test.prop([
    responseArb(questionnaire),
    fc.constantFrom('nl' as const, 'en' as const),
    fc.option(responseArb(questionnaire), { nil: undefined }),
    fc.array(responseArb(questionnaire), { maxLength: 4 }),
  ])(
    'every output is valid against reportDataSchema, as is, validate: true returns the same, and so does the build before its rewrite',
    async (generated, locale, earlier, region) => {
      const response = { ...generated, completedOn: '2026-01-15' };
      const previous = earlier
        ? scoreResponse({ ...earlier, practiceId: response.practiceId, completedOn: '2025-06-01' })
        : undefined;
      const benchmark =
        region.length > 0
          ? aggregateResults(
              region.map((other, index) => scoreResponse({ ...other, practiceId: `r-${index}` })),
            )
          : undefined;
      const { result, recommendations, report } = await reportFor(response, {
        locale,
        ...(previous ? { previous } : {}),
        ...(benchmark ? { benchmark } : {}),
      });
      const parsed = reportDataSchema.safeParse(report);
      expect(parsed.error).toBeUndefined();
      expect(parsed.data).toEqual(report);
      const validated = buildReportData({
        response,
        result,
        recommendations,
        asOf,
        locale,
        validate: true,
        ...(previous ? { previous } : {}),
        ...(benchmark ? { benchmark } : {}),
      });
      expect(JSON.stringify(validated)).toBe(JSON.stringify(report));
      // The faster build gives byte for byte what the build before it gave.
      const before = buildReportDataBefore({
        response,
        result,
        recommendations,
        asOf,
        locale,
        ...(previous ? { previous } : {}),
        ...(benchmark ? { benchmark } : {}),
      });
      expect(JSON.stringify(report)).toBe(JSON.stringify(before));
    },
    // 1,000 generated cases in CI, each scored, recommended and built three times.
    600_000,
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
