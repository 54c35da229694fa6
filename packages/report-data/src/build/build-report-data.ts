import {
  answerScales,
  applicationTypes,
  boundedText,
  calendarDateRange,
  digitisationDomains,
  findQuestionnaire,
  findQuestionnaireStructure,
  igjThemes,
  inkPhases,
  isDeepFrozen,
  isLocale,
  isParsedResponse,
  type Locale,
  matrixQuadrants,
  type PracticeResponse,
  parseResponse,
  pdcaPhases,
  type QualityAspectId,
  type Questionnaire,
  type QuestionnaireItem,
  qualityAspects,
  ResponseValidationError,
  type RoleId,
  roles,
} from '@praktijkscan/model';
import {
  getCatalogStep,
  planRoadmap,
  type RecommendedStep,
  RecommendOptionsError,
  type Roadmap,
} from '@praktijkscan/recommendations';
import {
  adoptionProfile,
  daysBetween,
  isCalendarDate,
  isResultOf,
  isTeamCombination,
  type ScoreResult,
} from '@praktijkscan/scoring';
import { compareToBenchmark, type RegionalAggregate } from '../benchmark/aggregate';
import { ReportDataError } from '../errors';
import { en } from '../locales/en';
import { nl } from '../locales/nl';
import type { ReportTexts } from '../locales/types';
import { type ReportData, reportDataSchema } from '../schema/report-data';
import { buildTeamPart, type ReportTeamInput } from '../team/build-team';
import { checkPrevious } from '../trend/check-previous';
import { sharedItemCount } from '../trend/comparability';
import { packageVersion } from '../version';

/** What `buildReportData` takes. */
export interface BuildReportDataInput {
  /** The practice's response (parsed, or raw: then it is validated first). */
  readonly response: unknown;
  /** `scoreResponse(response)`. */
  readonly result: ScoreResult;
  /** `recommend(result, response, { asOf, locale })`, in the same locale. */
  readonly recommendations: readonly RecommendedStep[];
  /** "Now", `YYYY-MM-DD`: the reference for the plan and the monitoring dates. */
  readonly asOf: string;
  readonly locale: Locale;
  /** An earlier score result of the same practice, for the trend. */
  readonly previous?: ScoreResult;
  /** A regional aggregate from `aggregateResults`, for the benchmark. */
  readonly benchmark?: RegionalAggregate;
  /** The questionnaire, where the response answers a custom one. */
  readonly questionnaire?: Questionnaire;
  /**
   * A team scan: `combineResponses` of the members' responses and `scoreTeam` of it. The
   * `response` is then the combination's team response and `result` the team's scores; the
   * report gets a `team` part.
   */
  readonly team?: ReportTeamInput;
  /**
   * Checks the built structure against `reportDataSchema` before returning it (off by default: the
   * structure is valid by construction, and the tests check that for generated responses).
   */
  readonly validate?: boolean;
  /** At most this many new steps start in a quarter of the roadmap: 1 to 10, 3 by default. */
  readonly capacity?: number;
}

const textsByLocale = { en, nl } as const;

const change = (now: number | null, before: number | null | undefined) =>
  now === null || before === null || before === undefined
    ? null
    : Math.round((now - before) * 10) / 10;

function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((2000 * part + whole) / (2 * whole)) / 10;
}

/** A value for a message: a text quoted (at most 100 characters of it), anything else named. */
function quoted(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(boundedText(value));
  return value === null ? 'null' : typeof value;
}

function resolve(input: BuildReportDataInput): {
  response: PracticeResponse;
  questionnaire: Questionnaire;
} {
  if (input === null || typeof input !== 'object')
    throw new ReportDataError(
      'invalid-option',
      'expected { response, result, recommendations, asOf, locale }',
    );
  if (!isCalendarDate(input.asOf))
    throw new ReportDataError(
      'invalid-option',
      `asOf must be a date YYYY-MM-DD from ${calendarDateRange.earliest} to ${calendarDateRange.latest}, got ${quoted(input.asOf)}`,
    );
  if (!isLocale(input.locale))
    throw new ReportDataError(
      'invalid-option',
      `locale must be "nl" or "en", got ${quoted(input.locale)}`,
    );
  if (!Array.isArray(input.recommendations))
    throw new ReportDataError(
      'invalid-option',
      'recommendations must be the list recommend() returned',
    );
  const response = isParsedResponse(input.response)
    ? input.response
    : parseResponse(input.response, {
        locale: input.locale,
        ...(input.questionnaire ? { questionnaire: input.questionnaire } : {}),
      });
  const questionnaire =
    input.questionnaire ??
    findQuestionnaire(response.questionnaire.id, response.questionnaire.version);
  if (!questionnaire)
    throw new ReportDataError(
      'invalid-option',
      'the response answers no published questionnaire; pass it',
    );
  const { result } = input;
  if (!isResultOf(result, response)) {
    throw new ReportDataError(
      'result-mismatch',
      'result is not scoreResponse(response) of this response',
    );
  }
  if (daysBetween(response.completedOn, input.asOf) < 0) {
    throw new ReportDataError(
      'invalid-option',
      `asOf ${input.asOf} is before the completion date ${response.completedOn}`,
    );
  }
  for (const step of input.recommendations) {
    const entry = getCatalogStep(step?.id);
    if (!entry)
      throw new ReportDataError('invalid-option', `unknown recommendation ${quoted(step?.id)}`);
    if (entry.title[input.locale] !== step.title) {
      throw new ReportDataError(
        'invalid-option',
        `recommendation "${step.id}" is not in locale "${input.locale}"; call recommend with the same locale`,
      );
    }
  }
  if (input.previous !== undefined) checkPrevious(input.previous, result);
  if (
    input.benchmark !== undefined &&
    (input.benchmark === null ||
      typeof input.benchmark !== 'object' ||
      typeof input.benchmark.suppressed !== 'boolean')
  ) {
    throw new ReportDataError(
      'invalid-benchmark',
      'benchmark must be the result of aggregateResults',
    );
  }
  if (input.team !== undefined) checkTeam(input.team, response, result);
  return { response, questionnaire };
}

function checkTeam(team: ReportTeamInput, response: PracticeResponse, result: ScoreResult): void {
  if (team === null || typeof team !== 'object' || !isTeamCombination(team.combination))
    throw new ReportDataError(
      'invalid-team',
      'team must be { combination: combineResponses(…), scores: scoreTeam(combination) }',
    );
  const { combination, scores } = team;
  if (
    (combination.response !== response &&
      JSON.stringify(combination.response) !== JSON.stringify(response)) ||
    !isResultOf(result, combination.response)
  )
    throw new ReportDataError(
      'invalid-team',
      "response and result must be the team's: combination.response and scores.team",
    );
  if (
    scores === null ||
    typeof scores !== 'object' ||
    !isResultOf(scores.team, combination.response) ||
    !Array.isArray(scores.respondents) ||
    scores.respondents.length !== combination.respondents.length ||
    scores.respondents.some(
      (entry, index) =>
        entry?.key !== combination.respondents[index]?.key ||
        !isResultOf(entry.result, combination.respondents[index]?.response as PracticeResponse),
    )
  )
    throw new ReportDataError(
      'invalid-team',
      'scores must be scoreTeam(combination) of this combination',
    );
}

/** The roadmap of the fired steps; its bad input is the report's bad input. */
function roadmapOf(input: BuildReportDataInput, response: PracticeResponse): Roadmap {
  try {
    return planRoadmap({
      steps: input.recommendations,
      result: input.result,
      response,
      asOf: input.asOf,
      locale: input.locale,
      ...(input.capacity === undefined ? {} : { capacity: input.capacity }),
    });
  } catch (error) {
    if (error instanceof RecommendOptionsError)
      throw new ReportDataError('invalid-option', `${error.option}: ${error.message}`);
    throw error;
  }
}

/**
 * Builds everything a report generator needs about one practice (summary, aspects, radar series,
 * sections, themes, INK phase ladder, effect/energy matrix, recommendations with reasons, a dated
 * PDCA plan, monitoring dates, data quality, trend and benchmark) as one structure that
 * `reportDataSchema` accepts (checked against it before returning with `validate: true`). Deterministic: the same input gives byte-identical JSON.
 *
 * @throws {ReportDataError} for input a report cannot be built from.
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * import { recommend } from '@praktijkscan/recommendations';
 * import { buildReportData } from '@praktijkscan/report-data';
 *
 * const result = scoreResponse(sampleHalfway);
 * const recommendations = await recommend(result, sampleHalfway, { asOf: '2026-11-22', locale: 'en' });
 * const report = buildReportData({ response: sampleHalfway, result, recommendations, asOf: '2026-11-22', locale: 'en' });
 * report.radar.series[0]?.values; // [64, 54.3, 59, 58.6, 71.8, 58] (the six aspect scores)
 * ```
 */
export function buildReportData(input: BuildReportDataInput): ReportData {
  try {
    return buildChecked(input);
  } catch (error) {
    if (error instanceof ReportDataError || error instanceof ResponseValidationError) throw error;
    // Input that throws when read (a getter, a revoked Proxy) or is not shaped as documented.
    throw new ReportDataError(
      'invalid-option',
      'the input cannot be read as { response, result, recommendations, asOf, locale }',
    );
  }
}

// The labels of a concept list (roles, PDCA phases) by id in one language, the first of an id as
// `find` gives it: made once, not searched for every step's every role.
const labelMaps = new WeakMap<object, Record<Locale, Map<string, string>>>();

function labelsIn(
  concepts: readonly { readonly id: string; readonly label: Readonly<Record<Locale, string>> }[],
  locale: Locale,
): ReadonlyMap<string, string> {
  let byLocale = labelMaps.get(concepts);
  if (byLocale === undefined) {
    const labels = (language: Locale) => {
      const map = new Map<string, string>();
      for (const concept of concepts)
        if (!map.has(concept.id)) map.set(concept.id, concept.label[language]);
      return map;
    };
    byLocale = { nl: labels('nl'), en: labels('en') };
    labelMaps.set(concepts, byLocale);
  }
  return byLocale[locale];
}

// Whether each matrix quadrant is planned, by id (as `matrixQuadrants.find` gives it).
const plannedQuadrants: ReadonlyMap<string, boolean> = new Map(
  [...matrixQuadrants].reverse().map((quadrant) => [quadrant.id, quadrant.planned]),
);

// The items of a questionnaire by id (the first of an id, as `find` gives it), kept for the
// questionnaires that cannot change (the published ones are deep-frozen): a report names every
// missing item, which searched the items once for each.
const itemsByQuestionnaire = new WeakMap<Questionnaire, ReadonlyMap<string, QuestionnaireItem>>();

function itemsById(questionnaire: Questionnaire): ReadonlyMap<string, QuestionnaireItem> {
  let items = itemsByQuestionnaire.get(questionnaire);
  if (items === undefined) {
    const byId = new Map<string, QuestionnaireItem>();
    for (const item of questionnaire.items) if (!byId.has(item.id)) byId.set(item.id, item);
    items = byId;
    if (isDeepFrozen(questionnaire)) itemsByQuestionnaire.set(questionnaire, items);
  }
  return items;
}

function buildChecked(input: BuildReportDataInput): ReportData {
  const { response, questionnaire } = resolve(input);
  const { result, locale, asOf, previous, benchmark } = input;
  const texts = textsByLocale[locale];
  const positions = benchmark ? compareToBenchmark(result, benchmark) : undefined;
  const roleLabels = labelsIn(roles, locale);
  const roleLabel = (id: RoleId) => ({ id, label: roleLabels.get(id) ?? id });
  const aspectLabels = labelsIn(qualityAspects, locale);
  const aspectLabel = (id: QualityAspectId) => ({ id, label: aspectLabels.get(id) ?? id });

  const series: ReportData['radar']['series'] = [
    {
      id: 'practice',
      label: texts.series.practice,
      values: qualityAspects.map((aspect) => result.aspects[aspect.id].score),
    },
  ];
  if (previous) {
    series.push({
      id: 'previous',
      label: texts.series.previous,
      values: qualityAspects.map((aspect) => previous.aspects[aspect.id].score),
    });
  }
  if (benchmark && !benchmark.suppressed) {
    series.push({
      id: 'benchmark-median',
      label: texts.series.benchmarkMedian,
      values: qualityAspects.map((aspect) => benchmark.aspects[aspect.id].median),
    });
  }

  const phase = result.inkPhase.phase;
  const roadmap = roadmapOf(input, response);
  // The roadmap's steps by id (the last of an id, as a map made from the list keeps it).
  const scheduled = new Map<string, Roadmap['focus'][number]>();
  for (const quarter of roadmap.quarters)
    for (const step of quarter.steps) scheduled.set(step.id, step);
  const focus = new Set<string>();
  for (const step of roadmap.focus) focus.add(step.id);
  const later = new Set<string>();
  for (const step of roadmap.later) later.add(step.id);
  const noted = new Set<string>();
  for (const note of roadmap.notes) noted.add(note.id);
  // One pass over the steps, in their order: those the roadmap placed or put off are the report's
  // recommendations, those that are no note the matrix's entries.
  const steps: ReportData['recommendations'] = [];
  const matrixEntries: RecommendedStep[] = [];
  for (const step of input.recommendations) {
    if (!noted.has(step.id)) matrixEntries.push(step);
    const placed = scheduled.get(step.id);
    if (placed === undefined && !later.has(step.id)) continue;
    const roleLabels: { id: RoleId; label: string }[] = [];
    for (const role of step.roles) roleLabels.push(roleLabel(role));
    // The fields of a reason named (a spread copied them several times slower, and would copy a
    // field no reason has).
    const reasons: ReportData['recommendations'][number]['reasons'] = [];
    for (const reason of step.reasons)
      reasons.push({
        rule: reason.rule,
        fact: reason.fact,
        operator: reason.operator,
        expected: Array.isArray(reason.expected)
          ? [...reason.expected]
          : (reason.expected as Exclude<typeof reason.expected, readonly unknown[]>),
        actual: reason.actual,
        text: reason.text,
      });
    steps.push({
      rank: steps.length + 1,
      id: step.id,
      title: step.title,
      description: step.description,
      rationale: step.rationale,
      source: step.source,
      pdcaPhase: step.pdcaPhase,
      igjTheme: step.igjTheme,
      nivelStep: step.nivelStep,
      toolboxStep: step.toolboxStep,
      aspects: [...step.aspects],
      roles: roleLabels,
      bottlenecks: [...step.bottlenecks],
      digitisationDomains: [...step.digitisationDomains],
      maintenance: step.maintenance,
      effect: step.effect,
      energy: step.energy,
      rated: step.rated,
      quadrant: step.quadrant,
      planned: plannedQuadrants.get(step.quadrant) ?? false,
      status: focus.has(step.id)
        ? ('focus' as const)
        : placed !== undefined
          ? ('scheduled' as const)
          : ('later' as const),
      quarter: placed?.quarter ?? null,
      startBy: placed?.startBy ?? null,
      evaluateOn: placed?.evaluateOn ?? null,
      reasons,
    });
  }

  const pdcaLabels = labelsIn(pdcaPhases, locale);
  const pdcaLabel = (id: string) => pdcaLabels.get(id) ?? id;
  const planStep = (step: Roadmap['focus'][number]) => ({
    id: step.id,
    kind: step.kind,
    title: step.title,
    startBy: step.startBy,
    evaluateOn: step.evaluateOn,
    roles: step.roles.map(roleLabel),
    maintenance: step.maintenance,
    ideas: [...step.ideas],
  });
  const items = itemsById(questionnaire);
  const itemText = (id: string) => items.get(id)?.text[locale] ?? id;

  const data: ReportData = {
    meta: {
      questionnaire: { id: result.questionnaire.id, version: result.questionnaire.version },
      packageVersion,
      asOf,
      locale,
      practiceId: response.practiceId,
      practiceName: response.practiceName ?? null,
      completedOn: response.completedOn,
    },
    summary: {
      overall: result.overall,
      selfAssessment: result.selfAssessment?.score ?? null,
      selfAssessmentGap: change(result.selfAssessment?.score ?? null, result.overall),
      inkPhase: {
        phase,
        label: phase === 0 ? null : (inkPhases[phase - 1]?.label[locale] ?? null),
      },
      completeness: {
        answered: result.completeness.answered,
        applicable: result.completeness.applicable,
        percentage: percentage(result.completeness.answered, result.completeness.applicable),
      },
    },
    aspects: qualityAspects.map((aspect) => ({
      id: aspect.id,
      label: aspect.label[locale],
      score: result.aspects[aspect.id].score,
      coverage: result.aspects[aspect.id].coverage,
      change: change(result.aspects[aspect.id].score, previous?.aspects[aspect.id].score),
      benchmarkPosition: positions?.[aspect.id] ?? null,
    })),
    radar: {
      axes: qualityAspects.map((aspect) => aspectLabel(aspect.id)),
      scale: { min: 0, max: 100 },
      series,
    },
    sections: sectionsOf(questionnaire, result, locale),
    themes: igjThemes.map((theme) => ({
      id: theme.id,
      label: theme.label[locale],
      score: result.themes[theme.id].score,
      coverage: result.themes[theme.id].coverage,
    })),
    phaseLadder: inkPhases.map((entry) => {
      const attained = result.inkPhase.attained[`${entry.id}`];
      const isCurrent = entry.id === phase;
      const isNext = result.inkPhase.next?.phase === entry.id;
      return {
        phase: entry.id,
        label: entry.label[locale],
        emphasis: entry.emphasis[locale],
        status: isCurrent ? 'current' : isNext ? 'next' : entry.id < phase ? 'attained' : 'later',
        attained,
        progress: isNext ? (result.inkPhase.next?.progress ?? null) : null,
        earliestDate: isNext ? (result.inkPhase.next?.earliestDate ?? null) : null,
        typicalDate: isNext ? (result.inkPhase.next?.typicalDate ?? null) : null,
      };
    }),
    matrix: matrixQuadrants.map((quadrant) => ({
      quadrant: quadrant.id,
      label: quadrant.label[locale],
      description: quadrant.description[locale],
      planned: quadrant.planned,
      recommendations: matrixEntries
        .filter((step) => step.quadrant === quadrant.id)
        .map((step) => ({
          id: step.id,
          title: step.title,
          effect: step.effect,
          energy: step.energy,
        })),
      ideas: result.ideas
        .filter((idea) => idea.quadrant === quadrant.id)
        .map((idea) => ({
          id: idea.id,
          title: idea.title,
          effect: idea.effect,
          energy: idea.energy,
        })),
    })),
    recommendations: steps,
    plan: {
      capacity: roadmap.capacity,
      horizon: { ...roadmap.horizon },
      focus: roadmap.focus.map(planStep),
      quarters: roadmap.quarters.map((quarter) => ({
        index: quarter.index,
        startsOn: quarter.startsOn,
        endsOn: quarter.endsOn,
        steps: quarter.steps.map(planStep),
      })),
      later: roadmap.later.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        title: entry.title,
        reason: entry.reason.kind,
        text: entry.text,
      })),
      avoid: roadmap.avoid.map((entry) => ({ ...entry })),
    },
    pdca: {
      phases: pdcaPhases.map((pdca) => ({
        phase: pdca.id,
        label: pdca.label[locale],
        activities: pdca.activities.map((activity) => ({
          id: activity.id,
          label: activity.label[locale],
          description: activity.description[locale],
        })),
        roles: pdca.roles.map(roleLabel),
      })),
      // Each step's own cycle, the steps in time order (the roadmap's order).
      steps: cyclesOf(roadmap, pdcaLabel),
    },
    notes: roadmap.notes.map((note) => ({ ...note, reasons: [...note.reasons] })),
    monitoring: { ...roadmap.monitoring },
    dataQuality: {
      answered: result.completeness.answered,
      applicable: result.completeness.applicable,
      percentage: percentage(result.completeness.answered, result.completeness.applicable),
      lowCoverageAspects: qualityAspects
        .filter((aspect) => {
          const coverage = result.aspects[aspect.id].coverage;
          return coverage !== null && coverage < 50;
        })
        .map((aspect) => aspectLabel(aspect.id)),
      missing: result.completeness.missing.map((id) => ({ id, text: itemText(id) })),
    },
    trend: previous
      ? {
          previousCompletedOn: previous.completedOn,
          ...comparabilityOf(previous, result, texts),
          overallChange: change(result.overall, previous.overall),
          inkPhaseChange: phase - previous.inkPhase.phase,
        }
      : null,
    benchmark: benchmark
      ? benchmark.suppressed
        ? { n: null, suppressed: true, overall: null }
        : { n: benchmark.n, suppressed: false, overall: benchmark.overall }
      : null,
    adoption: adoptionOf(response, input.questionnaire, locale, texts),
  };
  const report =
    input.team === undefined
      ? data
      : { ...data, team: buildTeamPart(input.team, questionnaire, locale) };
  // Valid by construction (a property test validates every output against the schema); the check
  // costs most of this function's time, so it runs only when asked for.
  return input.validate === true ? reportDataSchema.parse(report) : report;
}

/** The scored sections in questionnaire order, each read from the result once. */
function sectionsOf(
  questionnaire: Questionnaire,
  result: ScoreResult,
  locale: Locale,
): ReportData['sections'] {
  const sections: ReportData['sections'] = [];
  for (const section of questionnaire.sections) {
    const scores = result.sections[section.id];
    if (scores === undefined) continue;
    sections.push({
      id: section.id,
      label: section.title[locale],
      score: scores.score,
      coverage: scores.coverage,
    });
  }
  return sections;
}

// The usage scale's labels in each language, by level: made once.
let usageLabels: Readonly<Record<Locale, readonly string[]>> | undefined;

function usageLabelsIn(locale: Locale): readonly string[] {
  if (usageLabels === undefined) {
    const values = answerScales.find((scale) => scale.id === 'usage')?.values ?? [];
    usageLabels = {
      nl: values.map((value) => value.label.nl),
      en: values.map((value) => value.label.en),
    };
  }
  return usageLabels[locale];
}

/** Each scheduled step's own PDCA cycle, in the roadmap's order: one list, no list per quarter. */
function cyclesOf(
  roadmap: Roadmap,
  pdcaLabel: (id: string) => string,
): ReportData['pdca']['steps'] {
  const steps: ReportData['pdca']['steps'] = [];
  for (const quarter of roadmap.quarters)
    for (const step of quarter.steps)
      steps.push({
        id: step.id,
        title: step.title,
        cycle: step.cycle.map((activity) => ({
          phase: activity.phase,
          label: pdcaLabel(activity.phase),
          on: activity.on,
        })),
      });
  return steps;
}

/** The adoption profile of the response, with its labels in the report's language. */
function adoptionOf(
  response: PracticeResponse,
  questionnaire: Questionnaire | undefined,
  locale: Locale,
  texts: ReportTexts,
): ReportData['adoption'] {
  const profile = adoptionProfile(response, questionnaire ? { questionnaire } : {});
  const levels = usageLabelsIn(locale);
  const domainLabels = labelsIn(digitisationDomains, locale);
  const typeLabels = labelsIn(applicationTypes, locale);
  const answerLabel = (answer: number | 'na' | null) =>
    answer === null
      ? texts.adoption.missing
      : answer === 'na'
        ? texts.adoption.notApplicable
        : (levels[answer] ?? String(answer));
  const { nivelTypes } = profile;
  return {
    inUseFrom: profile.inUseFrom,
    // The profile's fields named one by one, in its order: no copy of the frozen profile first.
    domains: profile.domains.map((summary) => ({
      id: summary.domain,
      label: domainLabels.get(summary.domain) ?? summary.domain,
      asked: summary.asked,
      answered: summary.answered,
      inUse: summary.inUse,
      notApplicable: summary.notApplicable,
      missing: summary.missing,
      usageLevel: summary.usageLevel,
    })),
    nivelTypes: {
      label: texts.adoption.nivelTypes,
      asked: nivelTypes.asked,
      answered: nivelTypes.answered,
      inUse: nivelTypes.inUse,
      notApplicable: nivelTypes.notApplicable,
      missing: nivelTypes.missing,
      usageLevel: nivelTypes.usageLevel,
    },
    applications: profile.applications.map((application) => ({
      id: application.applicationType,
      label: typeLabels.get(application.applicationType) ?? application.applicationType,
      item: application.item,
      domain: application.domain,
      nivelType: application.nivelType,
      answer: application.answer,
      answerLabel: answerLabel(application.answer),
      inUse: application.inUse,
    })),
  };
}

/** The trend's version fields: whether the previous assessment answered another version, and how comparable it is. */
function comparabilityOf(previous: ScoreResult, result: ScoreResult, texts: ReportTexts) {
  const from = previous.questionnaire.version;
  const to = result.questionnaire.version;
  if (from === to) {
    return {
      previousVersion: from,
      acrossVersions: false,
      sharedItems: null,
      comparability: texts.trend.sameVersion(to),
    };
  }
  const shared = sharedItemCount(result.questionnaire.id, from, to) ?? 0;
  const total =
    findQuestionnaireStructure(result.questionnaire.id, to)?.items.filter((item) => item.scored)
      .length ?? 0;
  return {
    previousVersion: from,
    acrossVersions: true,
    sharedItems: shared,
    comparability: texts.trend.acrossVersions(from, to, shared, total),
  };
}
