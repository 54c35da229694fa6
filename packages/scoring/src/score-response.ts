import {
  answerScaleMax,
  igjThemeIds,
  inkPhaseIds,
  isDeepFrozen,
  type PracticeResponse,
  type QualityAspectId,
  type QuestionnaireStructure,
  qualityAspectIds,
  ResponseValidationError,
} from '@praktijkscan/model';
import { meanOfScores, round1Tenths } from './arithmetic/round';
import { addYearsToDate } from './dates/dates';
import { answersByPlace } from './input/answers-by-place';
import { resolveResponse } from './input/resolve';
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

/**
 * The options and the response, checked. Options that throw when read (a getter, a revoked
 * Proxy) are a `ScoreOptionsError` like any other bad option; the typed errors pass as they are.
 */
function readInput(
  response: unknown,
  options: ScoreOptions,
): {
  thresholds: PhaseThresholdTenths;
  parsed: PracticeResponse;
  questionnaire: QuestionnaireStructure;
} {
  try {
    const thresholds = resolvePhaseThresholds(options);
    const { response: parsed, questionnaire } = resolveResponse(response, options);
    return { thresholds, parsed, questionnaire };
  } catch (error) {
    if (error instanceof ScoreOptionsError || error instanceof ResponseValidationError) throw error;
    throw new ScoreOptionsError(
      'options',
      'a value cannot be read (a getter that throws, a revoked Proxy)',
    );
  }
}

/** One scored item, read once from the questionnaire. */
interface PlannedItem {
  readonly id: string;
  readonly max: number;
  /** The item's weight per quality aspect, in the order of `qualityAspectIds`. */
  readonly weights: readonly number[];
  /** Indexes into the plan's section, theme and phase tallies; -1 where there is none. */
  readonly section: number;
  readonly theme: number;
  readonly phase: number;
}

/**
 * What scoring needs of a questionnaire, in arrays: worked out once per (deep-frozen)
 * questionnaire instead of once per response.
 */
interface ScoringPlan {
  readonly items: readonly PlannedItem[];
  /**
   * Each scored item's place in `items`, by its id (the ids are unique), and the self-assessment
   * item's, one past the last scored item.
   */
  readonly placeById: ReadonlyMap<string, number>;
  readonly sectionCount: number;
  /** The sections that have scored items, in questionnaire order, with their tally index. */
  readonly scoredSections: readonly { readonly id: string; readonly tally: number }[];
  readonly selfItem: { readonly id: string; readonly max: number } | undefined;
}

function planScoring(questionnaire: QuestionnaireStructure): ScoringPlan {
  // A section id that occurs twice shares one tally, the last, as a Map keyed by id would.
  const sectionIndex = new Map<string, number>();
  questionnaire.sections.forEach((section, index) => {
    sectionIndex.set(section.id, index);
  });
  const themeIndex = new Map<string, number>(igjThemeIds.map((id, index) => [id, index]));
  const phaseIndex = new Map<number, number>(inkPhaseIds.map((id, index) => [id, index]));
  const items: PlannedItem[] = [];
  const scoredSectionIds = new Set<string>();
  for (const item of questionnaire.items) {
    if (!item.scored) continue;
    scoredSectionIds.add(item.section);
    items.push({
      id: item.id,
      max: answerScaleMax(item.scale),
      weights: qualityAspectIds.map((aspect) => item.weights[aspect]),
      section: sectionIndex.get(item.section) ?? -1,
      theme: themeIndex.get(item.theme) ?? -1,
      phase: item.inkPhase === undefined ? -1 : (phaseIndex.get(item.inkPhase) ?? -1),
    });
  }
  const self = questionnaire.items.find((item) => !item.scored);
  const placeById = new Map(items.map((item, place) => [item.id, place]));
  if (self) placeById.set(self.id, items.length);
  return {
    items,
    placeById,
    sectionCount: questionnaire.sections.length,
    scoredSections: questionnaire.sections
      .filter((section) => scoredSectionIds.has(section.id))
      .map((section) => ({ id: section.id, tally: sectionIndex.get(section.id) as number })),
    selfItem: self && { id: self.id, max: answerScaleMax(self.scale) },
  };
}

// Plans of deep-frozen questionnaires only (the published ones are): they cannot change, so the
// plan cannot go stale. A custom questionnaire that is not frozen is planned on every call.
const plans = new WeakMap<QuestionnaireStructure, ScoringPlan>();

function scoringPlan(questionnaire: QuestionnaireStructure): ScoringPlan {
  const known = plans.get(questionnaire);
  if (known) return known;
  const plan = planScoring(questionnaire);
  if (isDeepFrozen(questionnaire)) plans.set(questionnaire, plan);
  return plan;
}

function inkPhaseOf(
  phaseTallies: readonly Tally[],
  thresholds: PhaseThresholdTenths,
  completedOn: string,
): InkPhaseResult {
  const attainedList = phaseTallies.map((tally) => isPhaseAttained(tally, thresholds));
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
  const tally = phaseTallies[phase] ?? newTally();
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
 * result.overall; // 61
 * result.aspects.safety; // { score: 64, coverage: 100 }
 * result.inkPhase.phase; // 2
 * result.inkPhase.next?.earliestDate; // '2027-04-08' (completed on 2026-04-08, plus one year)
 * ```
 */
export function scoreResponse(response: unknown, options: ScoreOptions = {}): ScoreResult {
  const { thresholds, parsed, questionnaire } = readInput(response, options);
  const plan = scoringPlan(questionnaire);

  const aspectCount = qualityAspectIds.length;
  const aspectTallies = qualityAspectIds.map(newTally);
  // A loop, not Array.from of an array-like: that walked `{ length }` generically, a tenth of
  // this function's own time.
  const sectionTallies: Tally[] = [];
  for (let section = 0; section < plan.sectionCount; section += 1) sectionTallies.push(newTally());
  const themeTallies = igjThemeIds.map(newTally);
  const phaseTallies = inkPhaseIds.map(newTally);
  const missing: string[] = [];
  let answered = 0;
  let applicable = 0;
  const answers = parsed.answers;
  const given = answersByPlace(answers, plan.placeById);

  for (let place = 0; place < plan.items.length; place += 1) {
    const item = plan.items[place] as PlannedItem;
    const answer = given[place];
    if (answer === 'na') continue;
    const { max, weights } = item;
    const section = item.section === -1 ? undefined : sectionTallies[item.section];
    const theme = item.theme === -1 ? undefined : themeTallies[item.theme];
    const phase = item.phase === -1 ? undefined : phaseTallies[item.phase];
    applicable += 1;
    for (let aspect = 0; aspect < aspectCount; aspect += 1) {
      const weight = weights[aspect] as number;
      if (weight > 0) (aspectTallies[aspect] as Tally).applicable += weight * max;
    }
    if (section) section.applicable += max;
    if (theme) theme.applicable += max;
    if (phase) phase.applicable += max;
    if (answer === undefined) {
      missing.push(item.id);
      continue;
    }
    answered += 1;
    for (let aspect = 0; aspect < aspectCount; aspect += 1) {
      const weight = weights[aspect] as number;
      if (weight === 0) continue;
      const tally = aspectTallies[aspect] as Tally;
      tally.num += weight * answer;
      tally.den += weight * max;
    }
    if (section) {
      section.num += answer;
      section.den += max;
    }
    if (theme) {
      theme.num += answer;
      theme.den += max;
    }
    if (phase) {
      phase.num += answer;
      phase.den += max;
    }
  }

  const aspects = {} as Record<QualityAspectId, ScoreWithCoverage>;
  const aspectScores: (number | null)[] = [];
  qualityAspectIds.forEach((id, index) => {
    const score = toScore(aspectTallies[index] as Tally);
    aspects[id] = score;
    aspectScores.push(score.score);
  });
  const sections: Record<string, ScoreWithCoverage> = {};
  for (const section of plan.scoredSections)
    sections[section.id] = toScore(sectionTallies[section.tally] as Tally);
  const themes = {} as Record<(typeof igjThemeIds)[number], ScoreWithCoverage>;
  igjThemeIds.forEach((id, index) => {
    themes[id] = toScore(themeTallies[index] as Tally);
  });

  const selfItem = plan.selfItem;
  let selfAssessment: ScoreResult['selfAssessment'] = null;
  if (selfItem) {
    const answer = given[plan.items.length];
    const max = selfItem.max;
    const value = typeof answer === 'number' ? answer : null;
    selfAssessment = {
      item: selfItem.id,
      value,
      max,
      score: value === null ? null : round1Tenths(value, max) / 10,
    };
  }

  const ideas: ScoredIdea[] =
    parsed.ideas.length === 0
      ? []
      : orderByMatrix(parsed.ideas).map((idea) => ({
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
    overall: meanOfScores(aspectScores),
    aspects,
    sections,
    themes,
    inkPhase: inkPhaseOf(phaseTallies, thresholds, parsed.completedOn),
    completeness: { answered, applicable, missing },
    selfAssessment,
    ideas,
  };
}
