import {
  applicationTypeIds,
  bottleneckIds,
  digitisationDomainIds,
  igjThemeIds,
  matrixQuadrantIds,
  pdcaPhaseIds,
  qualityAspectIds,
  roleIds,
  seedFiles,
} from '@praktijkscan/model';
import * as z from 'zod/mini';
import { reportTeamSchema } from '../team/schema';

const date = z.iso.date();
const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));
const change = z.nullable(z.number().check(z.gte(-100), z.lte(100)));
const text = z.string();
const aspectId = z.enum(qualityAspectIds);
const quadrantId = z.enum(matrixQuadrantIds);
const inkPhase = z.union([0, 1, 2, 3, 4, 5].map((phase) => z.literal(phase)));
const inkPhaseId = z.union([1, 2, 3, 4, 5].map((phase) => z.literal(phase)));
const scaleValue = z.nullable(z.number());
const factValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const ruleValue = z.union([factValue, z.array(factValue)]);
const labelled = <T extends z.ZodMiniType>(id: T) => z.strictObject({ id, label: text });

const reasonSchema = z.strictObject({
  rule: text,
  fact: text,
  operator: text,
  expected: ruleValue,
  actual: factValue,
  text,
});

/**
 * zod schema of one recommendation as a report shows it.
 *
 * @example
 * ```ts
 * import { buildReportData, reportRecommendationSchema } from '@praktijkscan/report-data';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { recommend } from '@praktijkscan/recommendations';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const result = scoreResponse(sampleHalfway);
 * const recommendations = await recommend(result, sampleHalfway, { asOf: '2026-11-22', locale: 'en' });
 * const report = buildReportData({ response: sampleHalfway, result, recommendations, asOf: '2026-11-22', locale: 'en' });
 * report.recommendations.every((step) => reportRecommendationSchema.safeParse(step).success); // true
 * ```
 */
export const reportRecommendationSchema = z.strictObject({
  rank: z.int().check(z.gte(1)),
  id: text,
  title: text,
  description: text,
  rationale: text,
  source: z.strictObject({ seed: z.enum(seedFiles), heading: text }),
  pdcaPhase: z.enum(pdcaPhaseIds),
  igjTheme: z.enum(igjThemeIds),
  nivelStep: z.int(),
  toolboxStep: z.int(),
  aspects: z.array(aspectId),
  roles: z.array(labelled(z.enum(roleIds))),
  bottlenecks: z.array(z.enum(bottleneckIds)),
  digitisationDomains: z.array(z.enum(digitisationDomainIds)),
  maintenance: z.boolean(),
  effect: z.int().check(z.gte(1), z.lte(5)),
  energy: z.int().check(z.gte(1), z.lte(5)),
  rated: z.boolean(),
  quadrant: quadrantId,
  planned: z.boolean(),
  /** `focus`, `scheduled` (a later quarter of the roadmap) or `later` (see `plan.later`). */
  status: z.enum(['focus', 'scheduled', 'later']),
  /** The quarter of the roadmap it starts in, 0 the first; `null` where it is later. */
  quarter: z.nullable(z.int().check(z.gte(0))),
  startBy: z.nullable(date),
  evaluateOn: z.nullable(date),
  reasons: z.array(reasonSchema),
});

/** A step (or an idea of the practice) in the roadmap, with its dates. */
const planStepSchema = z.strictObject({
  id: text,
  kind: z.enum(['step', 'idea']),
  title: text,
  startBy: date,
  evaluateOn: date,
  roles: z.array(labelled(z.enum(roleIds))),
  maintenance: z.boolean(),
  ideas: z.array(text),
});

const scorePair = { score, coverage: score };

const count = z.int().check(z.gte(0));

/** The counts of `adoptionProfile` over a group of application types. */
const adoptionCounts = {
  asked: count,
  answered: count,
  inUse: count,
  notApplicable: count,
  missing: count,
  /** The mean usage level (not counting "na") as 0..100; `null` where none is answered with a level. */
  usageLevel: score,
};

const aggregateFigures = z.strictObject({
  n: z.int().check(z.gte(0)),
  p25: score,
  median: score,
  p75: score,
});

/**
 * zod schema of `ReportData`: everything a report generator lays out, nothing it must derive.
 *
 * @example
 * ```ts
 * import { buildReportData, reportDataSchema } from '@praktijkscan/report-data';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { recommend } from '@praktijkscan/recommendations';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const result = scoreResponse(sampleHalfway);
 * const recommendations = await recommend(result, sampleHalfway, { asOf: '2026-11-22', locale: 'en' });
 * const report = buildReportData({ response: sampleHalfway, result, recommendations, asOf: '2026-11-22', locale: 'en' });
 * reportDataSchema.safeParse(JSON.parse(JSON.stringify(report))).success; // true
 * reportDataSchema.safeParse({ ...report, meta: {} }).success; // false
 * ```
 */
export const reportDataSchema = z.strictObject({
  meta: z.strictObject({
    questionnaire: z.strictObject({ id: text, version: text }),
    packageVersion: text,
    asOf: date,
    locale: z.enum(['nl', 'en']),
    practiceId: text,
    practiceName: z.nullable(text),
    completedOn: date,
  }),
  summary: z.strictObject({
    overall: score,
    selfAssessment: score,
    /** Own judgement minus computed overall score. */
    selfAssessmentGap: change,
    inkPhase: z.strictObject({ phase: inkPhase, label: z.nullable(text) }),
    completeness: z.strictObject({
      answered: z.int(),
      applicable: z.int(),
      percentage: score,
    }),
  }),
  aspects: z.array(
    z.strictObject({
      id: aspectId,
      label: text,
      ...scorePair,
      change,
      benchmarkPosition: z.nullable(text),
    }),
  ),
  radar: z.strictObject({
    axes: z.array(labelled(aspectId)),
    scale: z.strictObject({ min: z.literal(0), max: z.literal(100) }),
    series: z.array(
      z.strictObject({
        id: z.enum(['practice', 'previous', 'benchmark-median']),
        label: text,
        values: z.array(scaleValue),
      }),
    ),
  }),
  sections: z.array(z.strictObject({ id: text, label: text, ...scorePair })),
  themes: z.array(z.strictObject({ id: z.enum(igjThemeIds), label: text, ...scorePair })),
  phaseLadder: z.array(
    z.strictObject({
      phase: inkPhaseId,
      label: text,
      emphasis: text,
      status: z.enum(['attained', 'current', 'next', 'later']),
      attained: z.boolean(),
      progress: score,
      earliestDate: z.nullable(date),
      typicalDate: z.nullable(date),
    }),
  ),
  matrix: z.array(
    z.strictObject({
      quadrant: quadrantId,
      label: text,
      description: text,
      planned: z.boolean(),
      recommendations: z.array(
        z.strictObject({ id: text, title: text, effect: z.int(), energy: z.int() }),
      ),
      ideas: z.array(z.strictObject({ id: text, title: text, effect: z.int(), energy: z.int() })),
    }),
  ),
  recommendations: z.array(reportRecommendationSchema),
  plan: z.strictObject({
    capacity: z.int().check(z.gte(1), z.lte(10)),
    horizon: z.strictObject({ startsOn: date, endsOn: date }),
    focus: z.array(planStepSchema),
    quarters: z.array(
      z.strictObject({
        index: z.int().check(z.gte(0)),
        startsOn: date,
        endsOn: date,
        steps: z.array(planStepSchema),
      }),
    ),
    later: z.array(
      z.strictObject({
        id: text,
        kind: z.enum(['step', 'idea']),
        title: text,
        reason: z.enum(['phase', 'prerequisite', 'capacity']),
        text,
      }),
    ),
    avoid: z.array(
      z.strictObject({
        id: text,
        kind: z.enum(['step', 'idea']),
        title: text,
        effect: z.int().check(z.gte(1), z.lte(5)),
        energy: z.int().check(z.gte(1), z.lte(5)),
        text,
      }),
    ),
  }),
  pdca: z.strictObject({
    phases: z.array(
      z.strictObject({
        phase: z.enum(pdcaPhaseIds),
        label: text,
        activities: z.array(z.strictObject({ id: text, label: text, description: text })),
        roles: z.array(labelled(z.enum(roleIds))),
      }),
    ),
    steps: z.array(
      z.strictObject({
        id: text,
        title: text,
        cycle: z.array(z.strictObject({ phase: z.enum(pdcaPhaseIds), label: text, on: date })),
      }),
    ),
  }),
  notes: z.array(
    z.strictObject({ id: text, title: text, description: text, reasons: z.array(text) }),
  ),
  monitoring: z.strictObject({
    lastQuestionnaireOn: date,
    nextQuestionnaireDue: date,
    questionnaireOverdue: z.boolean(),
    lastVisitOn: z.nullable(date),
    nextVisitDue: z.nullable(date),
    visitStatus: z.enum(['on-time', 'overdue', 'unknown', 'not-held']),
  }),
  dataQuality: z.strictObject({
    answered: z.int(),
    applicable: z.int(),
    percentage: score,
    lowCoverageAspects: z.array(labelled(aspectId)),
    missing: z.array(z.strictObject({ id: text, text })),
  }),
  trend: z.nullable(
    z.strictObject({
      previousCompletedOn: date,
      /** The questionnaire version the previous assessment answered. */
      previousVersion: z.string(),
      /** Whether it answered another (earlier) version than the current assessment. */
      acrossVersions: z.boolean(),
      /** Scored items of the current version that carry an answer of the previous one; `null` for the same version. */
      sharedItems: z.nullable(z.int()),
      /** How comparable the two are, in one sentence in the report's language. */
      comparability: z.string(),
      overallChange: change,
      inkPhaseChange: z.int(),
    }),
  ),
  benchmark: z.nullable(
    z.strictObject({
      /** Practices in the group; `null` where the aggregate is suppressed. */
      n: z.nullable(z.int()),
      suppressed: z.boolean(),
      overall: z.nullable(aggregateFigures),
    }),
  ),
  /**
   * The adoption of application types (`adoptionProfile` of @praktijkscan/scoring), apart from the
   * quality scores: per digitisation domain, over Nivel's seven types, and per application type.
   */
  adoption: z.strictObject({
    /** The least usage level that counts as in use. */
    inUseFrom: z.int().check(z.gte(0), z.lte(4)),
    domains: z.array(
      z.strictObject({ id: z.enum(digitisationDomainIds), label: text, ...adoptionCounts }),
    ),
    nivelTypes: z.strictObject({ label: text, ...adoptionCounts }),
    applications: z.array(
      z.strictObject({
        id: z.enum(applicationTypeIds),
        label: text,
        /** The inventory item that asks about it. */
        item: text,
        domain: z.enum(digitisationDomainIds),
        nivelType: z.boolean(),
        /** The usage level 0..4, "na" (does not fit the practice), or `null` where unanswered. */
        answer: z.union([z.int().check(z.gte(0), z.lte(4)), z.literal('na'), z.null()]),
        /** The answer's label in the report's language. */
        answerLabel: text,
        inUse: z.boolean(),
      }),
    ),
  }),
  /** A team scan's part (members, radar per member, discussion agenda); absent otherwise. */
  team: z.optional(reportTeamSchema),
});

/** Everything a report needs about one practice, validated by {@link reportDataSchema}. */
export type ReportData = z.infer<typeof reportDataSchema>;
