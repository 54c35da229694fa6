import {
  type BottleneckId,
  bottleneckIds,
  type IgjThemeId,
  igjThemeIds,
  type PracticeResponse,
  type QualityAspectId,
  type QuestionnaireStructure,
  qualityAspectIds,
} from '@praktijkscan/model';
import { monthsBetween, type ScoreResult } from '@praktijkscan/scoring';
import { type QuestionnaireLookup, questionnaireLookup } from './lookup';

/** The value of a fact: a number, a text (`"na"`), a boolean, or `null` where there is none. */
export type FactValue = number | string | boolean | null;

/** The round1 of a ratio as SCORING.md computes it, for facts that are shares out of 100. */
function percentage(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((2000 * part + whole) / (2 * whole)) / 10;
}

/** Fact names made once rather than per call (building and hashing them was a cost of its own). */
let names:
  | {
      readonly aspects: readonly (readonly [QualityAspectId, string, string])[];
      readonly themes: readonly (readonly [IgjThemeId, string, string])[];
      readonly bottlenecks: readonly (readonly [BottleneckId, string])[];
      readonly sections: Map<string, readonly [string, string]>;
    }
  | undefined;

/**
 * Computes every fact of `factNames(questionnaire)` for one practice. Pure: `asOf` is the only
 * "now".
 *
 * @example
 * ```ts
 * import { questionnaire } from '@praktijkscan/model';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { buildFacts } from '@praktijkscan/recommendations';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const facts = buildFacts(scoreResponse(sampleHalfway), sampleHalfway, questionnaire, '2026-11-22');
 * facts.get('inkPhase'); // 2
 * facts.get('answer.digital-care-vision'); // 3
 * ```
 */
export function buildFacts(
  result: ScoreResult,
  response: PracticeResponse,
  questionnaire: QuestionnaireStructure,
  asOf: string,
): Map<string, FactValue> {
  const facts = new Map<string, FactValue>();
  forEachFact(result, response, questionnaire, asOf, (fact, value) => {
    facts.set(fact, value);
  });
  return facts;
}

/**
 * Hands every fact of {@link buildFacts} to `put`, in the same order, without making the map:
 * `recommend` keeps only the facts its rules compare. Given `wanted` (the facts the rules compare),
 * it leaves out the answers and usages no rule compares, without reading them: most of a
 * questionnaire's items are no rule's fact.
 */
/** The facts a set of rules compares (a `Set` or a `Map` by fact), kept as long as the rules are. */
export type WantedFacts = { has(fact: string): boolean } & object;

type AnswerAndUsageFacts = Pick<QuestionnaireLookup, 'answerFacts' | 'usageFacts'>;

// The answer and usage facts a set of rules compares, per questionnaire lookup and set: worked out
// once, not filtered on every call.
const wantedByLookup = new WeakMap<
  QuestionnaireLookup,
  WeakMap<WantedFacts, AnswerAndUsageFacts>
>();

function wantedOf(lookup: QuestionnaireLookup, wanted: WantedFacts): AnswerAndUsageFacts {
  let byWanted = wantedByLookup.get(lookup);
  if (byWanted === undefined) {
    byWanted = new WeakMap();
    wantedByLookup.set(lookup, byWanted);
  }
  let facts = byWanted.get(wanted);
  if (facts === undefined) {
    facts = {
      answerFacts: lookup.answerFacts.filter(([fact]) => wanted.has(fact)),
      usageFacts: lookup.usageFacts.filter(([fact]) => wanted.has(fact)),
    };
    byWanted.set(wanted, facts);
  }
  return facts;
}

export function forEachFact(
  result: ScoreResult,
  response: PracticeResponse,
  questionnaire: QuestionnaireStructure,
  asOf: string,
  put: (fact: string, value: FactValue) => void,
  teamItemsToDiscuss: number | null = null,
  wanted?: WantedFacts,
): void {
  const lookup = questionnaireLookup(questionnaire);
  const { answerFacts, usageFacts } = wanted === undefined ? lookup : wantedOf(lookup, wanted);
  const answers = response.answers;
  for (const [fact, itemId] of answerFacts) put(fact, answers[itemId] ?? null);
  for (const [fact, itemId] of usageFacts)
    put(fact, itemId === undefined ? null : (answers[itemId] ?? null));
  names ??= {
    aspects: qualityAspectIds.map((id) => [id, `aspect.${id}.score`, `aspect.${id}.coverage`]),
    themes: igjThemeIds.map((id) => [id, `theme.${id}.score`, `theme.${id}.coverage`]),
    bottlenecks: bottleneckIds.map((id) => [id, `bottleneck.${id}`]),
    sections: new Map(),
  };
  for (const [id, score, coverage] of names.aspects) {
    put(score, result.aspects[id].score);
    put(coverage, result.aspects[id].coverage);
  }
  for (const [id, pair] of Object.entries(result.sections)) {
    let section = names.sections.get(id);
    if (!section) {
      section = [`section.${id}.score`, `section.${id}.coverage`];
      // Section ids come from questionnaires, custom ones included: keep a bounded number.
      if (names.sections.size < 1024) names.sections.set(id, section);
    }
    put(section[0], pair.score);
    put(section[1], pair.coverage);
  }
  for (const [id, score, coverage] of names.themes) {
    put(score, result.themes[id].score);
    put(coverage, result.themes[id].coverage);
  }
  put('overall', result.overall);
  put('inkPhase', result.inkPhase.phase);
  put('inkPhase.nextProgress', result.inkPhase.next?.progress ?? null);
  for (const [id, fact] of names.bottlenecks) put(fact, response.bottlenecks.includes(id));
  put('ownBottleneckCount', response.ownBottlenecks.length);
  put('ideaCount', response.ideas.length);
  put('completeness', percentage(result.completeness.answered, result.completeness.applicable));
  put('monthsSinceCompletion', monthsBetween(response.completedOn, asOf));
  put(
    'monthsSinceVisit',
    response.lastPracticeVisitOn === undefined
      ? null
      : monthsBetween(response.lastPracticeVisitOn, asOf),
  );
  const own = result.selfAssessment?.score ?? null;
  put(
    'selfAssessmentGap',
    own === null || result.overall === null ? null : Math.round((own - result.overall) * 10) / 10,
  );
  put('teamItemsToDiscuss', teamItemsToDiscuss);
}
