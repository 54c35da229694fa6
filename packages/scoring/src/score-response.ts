import {
  answerScaleMax,
  findQuestionnaire,
  igjThemeIds,
  inkPhaseIds,
  isParsedResponse,
  type PracticeResponse,
  parseResponse,
  type QualityAspectId,
  type Questionnaire,
  qualityAspectIds,
  questionnaireSchema,
  questionnaires,
  ResponseValidationError,
  toJsonPointer,
} from '@praktijkscan/model';
import { meanOfScores, round1Tenths } from './arithmetic/round';
import { addYearsToDate } from './dates/dates';
import { orderByMatrix } from './matrix/order';
import { quadrantOf } from './matrix/quadrant';
import {
  type PhaseThresholdTenths,
  resolvePhaseThresholds,
  type ScoreOptions,
  ScoreOptionsError,
} from './options/options';
import type { InkPhaseResult, ScoredIdea, ScoreResult, ScoreWithCoverage } from './types';

/** Running sums for one score: answered points, answered maximum, applicable maximum. */
interface Tally {
  num: number;
  den: number;
  applicable: number;
}

const newTally = (): Tally => ({ num: 0, den: 0, applicable: 0 });

function tenthsOrNull(num: number, den: number): number | null {
  return den === 0 ? null : round1Tenths(num, den);
}

function toScore(tally: Tally): ScoreWithCoverage {
  const score = tenthsOrNull(tally.num, tally.den);
  const coverage = tenthsOrNull(tally.den, tally.applicable);
  return {
    score: score === null ? null : score / 10,
    coverage: coverage === null ? null : coverage / 10,
  };
}

function isPhaseAttained(tally: Tally, thresholds: PhaseThresholdTenths): boolean {
  // Exact fractions: score >= T  <=>  1000 * num >= T_tenths * den (likewise for coverage).
  return (
    tally.den > 0 &&
    tally.applicable > 0 &&
    1000 * tally.num >= thresholds.score * tally.den &&
    1000 * tally.den >= thresholds.coverage * tally.applicable
  );
}

// Custom questionnaires already checked against the schema; published ones are checked by tests.
const checkedQuestionnaires = new WeakSet<Questionnaire>(questionnaires);

function checkQuestionnaire(questionnaire: Questionnaire): void {
  if (checkedQuestionnaires.has(questionnaire)) return;
  const result = questionnaireSchema.safeParse(questionnaire);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map(
        (issue) =>
          `${toJsonPointer(issue.path as (string | number)[]) || '(root)'}: ${issue.message}`,
      )
      .join('; ');
    throw new ScoreOptionsError('questionnaire', `not a valid questionnaire: ${problems}`);
  }
  checkedQuestionnaires.add(questionnaire);
}

function resolveResponse(
  input: unknown,
  options: ScoreOptions,
): { response: PracticeResponse; questionnaire: Questionnaire } {
  if (options.questionnaire !== undefined) checkQuestionnaire(options.questionnaire);
  const parseOptions = {
    ...(options.questionnaire ? { questionnaire: options.questionnaire } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const response = isParsedResponse(input) ? input : parseResponse(input, parseOptions);
  const { id, version } = response.questionnaire;
  const questionnaire = options.questionnaire ?? findQuestionnaire(id, version);
  if (!questionnaire || questionnaire.id !== id || questionnaire.version !== version) {
    // A response parsed against one questionnaire, scored against another.
    const expected = questionnaire ? `${questionnaire.id} ${questionnaire.version}` : 'none';
    throw new ResponseValidationError([
      {
        code: 'questionnaire-mismatch',
        path: ['questionnaire'],
        pointer: toJsonPointer(['questionnaire']),
        message: `The response answers ${id} ${version}, but it is being read against ${expected}.`,
        params: { actual: `${id} ${version}`, expected },
      },
    ]);
  }
  return { response, questionnaire };
}

function inkPhaseOf(
  phaseTallies: ReadonlyMap<number, Tally>,
  thresholds: PhaseThresholdTenths,
  completedOn: string,
): InkPhaseResult {
  const attainedList = inkPhaseIds.map((phase) =>
    isPhaseAttained(phaseTallies.get(phase) ?? newTally(), thresholds),
  );
  let phase = 0;
  while (phase < inkPhaseIds.length && attainedList[phase]) phase += 1;
  const attained = {
    '1': attainedList[0] === true,
    '2': attainedList[1] === true,
    '3': attainedList[2] === true,
    '4': attainedList[3] === true,
    '5': attainedList[4] === true,
  };
  const nextPhase = inkPhaseIds[phase];
  if (nextPhase === undefined) return { phase: 5, attained, next: null };
  const tally = phaseTallies.get(nextPhase) ?? newTally();
  const progress = tenthsOrNull(tally.num, tally.den);
  return {
    phase: phase as InkPhaseResult['phase'],
    attained,
    next: {
      phase: nextPhase,
      progress: progress === null ? null : progress / 10,
      earliestDate: addYearsToDate(completedOn, 1),
      typicalDate: addYearsToDate(completedOn, 2),
    },
  };
}

/**
 * Scores a practice's response exactly as SCORING.md says: aspect, section and theme scores with
 * coverage, the overall score, completeness, the INK phase and the way to the next one, the
 * practice's own judgement beside the computed score, and its ideas placed in the effect/energy
 * matrix. Pure and synchronous; nothing reads the clock.
 *
 * A response from `parseResponse` is used as it is; anything else is validated first.
 *
 * @throws {ResponseValidationError} for an invalid response (every problem, with its path).
 * @throws {ScoreOptionsError} for an invalid option.
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { scoreResponse } from '@praktijkscan/scoring';
 *
 * const result = scoreResponse(sampleHalfway);
 * result.overall; // e.g. 54.3
 * result.aspects.safety; // { score: …, coverage: … }
 * result.inkPhase.next?.earliestDate; // completion date plus one year
 * ```
 */
export function scoreResponse(response: unknown, options: ScoreOptions = {}): ScoreResult {
  const thresholds = resolvePhaseThresholds(options);
  const { response: parsed, questionnaire } = resolveResponse(response, options);

  const aspectTallies = new Map<QualityAspectId, Tally>(
    qualityAspectIds.map((id) => [id, newTally()]),
  );
  const sectionTallies = new Map<string, Tally>(
    questionnaire.sections.map((section) => [section.id, newTally()]),
  );
  const themeTallies = new Map<string, Tally>(igjThemeIds.map((id) => [id, newTally()]));
  const phaseTallies = new Map<number, Tally>(inkPhaseIds.map((id) => [id, newTally()]));
  // A section of unscored items only (the practice's own judgement) has no score to report.
  const scoredSectionIds = new Set(
    questionnaire.items.filter((item) => item.scored).map((item) => item.section),
  );
  const missing: string[] = [];
  let answered = 0;
  let applicable = 0;

  for (const item of questionnaire.items) {
    if (!item.scored) continue;
    const answer = parsed.answers[item.id];
    if (answer === 'na') continue;
    const max = answerScaleMax(item.scale);
    const groups = [sectionTallies.get(item.section), themeTallies.get(item.theme)];
    if (item.inkPhase !== undefined) groups.push(phaseTallies.get(item.inkPhase));
    applicable += 1;
    for (const aspect of qualityAspectIds) {
      const weight = item.weights[aspect];
      if (weight > 0) (aspectTallies.get(aspect) as Tally).applicable += weight * max;
    }
    for (const group of groups) if (group) group.applicable += max;
    if (answer === undefined) {
      missing.push(item.id);
      continue;
    }
    answered += 1;
    for (const aspect of qualityAspectIds) {
      const weight = item.weights[aspect];
      if (weight === 0) continue;
      const tally = aspectTallies.get(aspect) as Tally;
      tally.num += weight * answer;
      tally.den += weight * max;
    }
    for (const group of groups) {
      if (!group) continue;
      group.num += answer;
      group.den += max;
    }
  }

  const aspects = Object.fromEntries(
    qualityAspectIds.map((id) => [id, toScore(aspectTallies.get(id) as Tally)]),
  ) as Record<QualityAspectId, ScoreWithCoverage>;
  const sections = Object.fromEntries(
    questionnaire.sections
      .filter((section) => scoredSectionIds.has(section.id))
      .map((section) => [section.id, toScore(sectionTallies.get(section.id) as Tally)]),
  );
  const themes = Object.fromEntries(
    igjThemeIds.map((id) => [id, toScore(themeTallies.get(id) as Tally)]),
  ) as ScoreResult['themes'];

  const selfItem = questionnaire.items.find((item) => !item.scored);
  let selfAssessment: ScoreResult['selfAssessment'] = null;
  if (selfItem) {
    const answer = parsed.answers[selfItem.id];
    const max = answerScaleMax(selfItem.scale);
    const value = typeof answer === 'number' ? answer : null;
    selfAssessment = {
      item: selfItem.id,
      value,
      max,
      score: value === null ? null : round1Tenths(value, max) / 10,
    };
  }

  const ideas: ScoredIdea[] = orderByMatrix(parsed.ideas).map((idea) => ({
    id: idea.id,
    title: idea.title,
    effect: idea.effect,
    energy: idea.energy,
    quadrant: quadrantOf(idea.effect, idea.energy),
  }));

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    practiceId: parsed.practiceId,
    completedOn: parsed.completedOn,
    overall: meanOfScores(qualityAspectIds.map((id) => aspects[id].score)),
    aspects,
    sections,
    themes,
    inkPhase: inkPhaseOf(phaseTallies, thresholds, parsed.completedOn),
    completeness: { answered, applicable, missing },
    selfAssessment,
    ideas,
  };
}
