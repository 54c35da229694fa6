import {
  applicationTypeIds,
  bottleneckIds,
  igjThemeIds,
  type PracticeResponse,
  type Questionnaire,
  qualityAspectIds,
} from '@praktijkscan/model';
import { monthsBetween, type ScoreResult } from '@praktijkscan/scoring';

/** The value of a fact: a number, a text (`"na"`), a boolean, or `null` where there is none. */
export type FactValue = number | string | boolean | null;

/** The round1 of a ratio as SCORING.md computes it, for facts that are shares out of 100. */
function percentage(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((2000 * part + whole) / (2 * whole)) / 10;
}

/**
 * Computes every fact of `factNames(questionnaire)` for one practice. Pure: `asOf` is the only
 * "now".
 *
 * @example
 * ```ts
 * import { buildFacts } from '@praktijkscan/recommendations';
 * const facts = buildFacts(result, response, questionnaire, '2026-11-22');
 * facts.get('inkPhase'); // e.g. 2
 * ```
 */
export function buildFacts(
  result: ScoreResult,
  response: PracticeResponse,
  questionnaire: Questionnaire,
  asOf: string,
): Map<string, FactValue> {
  const facts = new Map<string, FactValue>();
  for (const item of questionnaire.items)
    facts.set(`answer.${item.id}`, response.answers[item.id] ?? null);
  for (const type of applicationTypeIds) {
    const item = questionnaire.items.find((candidate) => candidate.applicationType === type);
    facts.set(`usage.${type}`, item ? (response.answers[item.id] ?? null) : null);
  }
  for (const id of qualityAspectIds) {
    facts.set(`aspect.${id}.score`, result.aspects[id].score);
    facts.set(`aspect.${id}.coverage`, result.aspects[id].coverage);
  }
  for (const [id, pair] of Object.entries(result.sections)) {
    facts.set(`section.${id}.score`, pair.score);
    facts.set(`section.${id}.coverage`, pair.coverage);
  }
  for (const id of igjThemeIds) {
    facts.set(`theme.${id}.score`, result.themes[id].score);
    facts.set(`theme.${id}.coverage`, result.themes[id].coverage);
  }
  facts.set('overall', result.overall);
  facts.set('inkPhase', result.inkPhase.phase);
  facts.set('inkPhase.nextProgress', result.inkPhase.next?.progress ?? null);
  for (const id of bottleneckIds) facts.set(`bottleneck.${id}`, response.bottlenecks.includes(id));
  facts.set('ownBottleneckCount', response.ownBottlenecks.length);
  facts.set('ideaCount', response.ideas.length);
  facts.set(
    'completeness',
    percentage(result.completeness.answered, result.completeness.applicable),
  );
  facts.set('monthsSinceCompletion', monthsBetween(response.completedOn, asOf));
  facts.set(
    'monthsSinceVisit',
    response.lastPracticeVisitOn === undefined
      ? null
      : monthsBetween(response.lastPracticeVisitOn, asOf),
  );
  const own = result.selfAssessment?.score ?? null;
  facts.set(
    'selfAssessmentGap',
    own === null || result.overall === null ? null : Math.round((own - result.overall) * 10) / 10,
  );
  return facts;
}
