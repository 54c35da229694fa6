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
  forEachScoreFact(result, response, asOf, put, teamItemsToDiscuss);
}

/**
 * Hands the facts of {@link forEachFact} that are not answers or usages to `put`, in the same
 * order: those of the scores, the bottlenecks, the ideas, the dates and the team.
 * {@link readScoreFacts} puts the same facts into slots for recommendSync: a fact added here is
 * added there (test/fast-paths.test.ts compares the two over every fact).
 */
export function forEachScoreFact(
  result: ScoreResult,
  response: PracticeResponse,
  asOf: string,
  put: (fact: string, value: FactValue) => void,
  teamItemsToDiscuss: number | null,
): void {
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

/**
 * The slots of the facts {@link forEachScoreFact} hands over, for one set of compiled rules (`-1`
 * where the rules compare no such fact): each fact put in its slot directly, where handing it to a
 * callback looked its name up in the map of slots, some forty times a call.
 */
export interface ScoreFactSlots {
  /** Per aspect of `qualityAspectIds`, the slots of its score and coverage, one after the other. */
  readonly aspects: readonly number[];
  /** The same per theme of `igjThemeIds`. */
  readonly themes: readonly number[];
  /** Per bottleneck of `bottleneckIds`. */
  readonly bottlenecks: readonly number[];
  /** The slots of a section's score and coverage, by section id, found when first asked for. */
  readonly sections: Map<string, readonly [number, number]>;
  readonly overall: number;
  readonly inkPhase: number;
  readonly nextProgress: number;
  readonly ownBottleneckCount: number;
  readonly ideaCount: number;
  readonly completeness: number;
  readonly monthsSinceCompletion: number;
  readonly monthsSinceVisit: number;
  readonly selfAssessmentGap: number;
  readonly teamItemsToDiscuss: number;
  readonly slotOf: (fact: string) => number;
}

const scoreFactSlotsBySlots = new WeakMap<ReadonlyMap<string, number>, ScoreFactSlots>();

/** The score fact slots of rules with these slots: made once per map of slots. */
export function scoreFactSlotsFor(slotByFact: ReadonlyMap<string, number>): ScoreFactSlots {
  let slots = scoreFactSlotsBySlots.get(slotByFact);
  if (slots === undefined) {
    const slotOf = (fact: string) => slotByFact.get(fact) ?? -1;
    slots = {
      aspects: qualityAspectIds.flatMap((id) => [
        slotOf(`aspect.${id}.score`),
        slotOf(`aspect.${id}.coverage`),
      ]),
      themes: igjThemeIds.flatMap((id) => [
        slotOf(`theme.${id}.score`),
        slotOf(`theme.${id}.coverage`),
      ]),
      bottlenecks: bottleneckIds.map((id) => slotOf(`bottleneck.${id}`)),
      sections: new Map(),
      overall: slotOf('overall'),
      inkPhase: slotOf('inkPhase'),
      nextProgress: slotOf('inkPhase.nextProgress'),
      ownBottleneckCount: slotOf('ownBottleneckCount'),
      ideaCount: slotOf('ideaCount'),
      completeness: slotOf('completeness'),
      monthsSinceCompletion: slotOf('monthsSinceCompletion'),
      monthsSinceVisit: slotOf('monthsSinceVisit'),
      selfAssessmentGap: slotOf('selfAssessmentGap'),
      teamItemsToDiscuss: slotOf('teamItemsToDiscuss'),
      slotOf,
    };
    scoreFactSlotsBySlots.set(slotByFact, slots);
  }
  return slots;
}

/**
 * Puts the facts of {@link forEachScoreFact} into their slots (and marks them in `given`): the same
 * values, in the same order (test/fast-paths.test.ts holds it to buildFacts).
 */
export function readScoreFacts(
  slots: ScoreFactSlots,
  result: ScoreResult,
  response: PracticeResponse,
  asOf: string,
  teamItemsToDiscuss: number | null,
  values: FactValue[],
  given: boolean[],
): void {
  const put = (slot: number, value: FactValue) => {
    if (slot === -1) return;
    values[slot] = value;
    given[slot] = true;
  };
  for (let index = 0; index < qualityAspectIds.length; index += 1) {
    const pair = result.aspects[qualityAspectIds[index] as QualityAspectId];
    put(slots.aspects[2 * index] as number, pair.score);
    put(slots.aspects[2 * index + 1] as number, pair.coverage);
  }
  for (const id in result.sections) {
    if (!Object.hasOwn(result.sections, id)) continue;
    const pair = result.sections[id] as { score: number | null; coverage: number | null };
    let section = slots.sections.get(id);
    if (section === undefined) {
      section = [slots.slotOf(`section.${id}.score`), slots.slotOf(`section.${id}.coverage`)];
      // Section ids come from questionnaires, custom ones included: keep a bounded number.
      if (slots.sections.size < 1024) slots.sections.set(id, section);
    }
    put(section[0], pair.score);
    put(section[1], pair.coverage);
  }
  for (let index = 0; index < igjThemeIds.length; index += 1) {
    const pair = result.themes[igjThemeIds[index] as IgjThemeId];
    put(slots.themes[2 * index] as number, pair.score);
    put(slots.themes[2 * index + 1] as number, pair.coverage);
  }
  put(slots.overall, result.overall);
  put(slots.inkPhase, result.inkPhase.phase);
  put(slots.nextProgress, result.inkPhase.next?.progress ?? null);
  for (let index = 0; index < bottleneckIds.length; index += 1)
    put(
      slots.bottlenecks[index] as number,
      response.bottlenecks.includes(bottleneckIds[index] as BottleneckId),
    );
  put(slots.ownBottleneckCount, response.ownBottlenecks.length);
  put(slots.ideaCount, response.ideas.length);
  put(slots.completeness, percentage(result.completeness.answered, result.completeness.applicable));
  put(slots.monthsSinceCompletion, monthsBetween(response.completedOn, asOf));
  put(
    slots.monthsSinceVisit,
    response.lastPracticeVisitOn === undefined
      ? null
      : monthsBetween(response.lastPracticeVisitOn, asOf),
  );
  const own = result.selfAssessment?.score ?? null;
  put(
    slots.selfAssessmentGap,
    own === null || result.overall === null ? null : Math.round((own - result.overall) * 10) / 10,
  );
  put(slots.teamItemsToDiscuss, teamItemsToDiscuss);
}

/**
 * Reads the answer and usage facts of a set of compiled rules into their slots, as
 * {@link forEachFact} hands them over (`answers[item] ?? null`, `null` for a usage no item asks),
 * made once per rules and questionnaire. A response's answers object has a shape of its own (the
 * items each practice answered), so reading fifty items from it by name missed V8's caches every
 * time; walking its own keys once, each looked up among the items the rules read, is the same
 * values for a fraction of the time.
 */
export interface AnswerReader {
  /** Every slot of an answer or usage fact the rules compare: each is given, `null` unless answered. */
  readonly slots: readonly number[];
  /** The slots each item's answer goes to. */
  readonly slotsByItem: ReadonlyMap<string, readonly number[]>;
  /** The questionnaire's item ids in its order (each once), and the slots of each, where any. */
  readonly itemOrder: readonly string[];
  readonly slotsInOrder: readonly (readonly number[] | undefined)[];
  /**
   * Whether an item read is also the name of a property every object inherits (`constructor`,
   * `toString`): an unanswered one then reads that property, as `answers[item]` does, so these
   * rules read each item by name.
   */
  readonly byName: boolean;
}

const readers = new WeakMap<
  QuestionnaireLookup,
  WeakMap<ReadonlyMap<string, number>, AnswerReader>
>();

/** The answer reader of rules with these slots, for a questionnaire: made once per pair. */
export function answerReaderFor(
  questionnaire: QuestionnaireStructure,
  slotByFact: ReadonlyMap<string, number>,
): AnswerReader {
  const lookup = questionnaireLookup(questionnaire);
  let bySlots = readers.get(lookup);
  if (bySlots === undefined) {
    bySlots = new WeakMap();
    readers.set(lookup, bySlots);
  }
  let reader = bySlots.get(slotByFact);
  if (reader === undefined) {
    const slots: number[] = [];
    const slotsByItem = new Map<string, number[]>();
    const add = (fact: string, itemId: string | undefined) => {
      const slot = slotByFact.get(fact);
      if (slot === undefined) return;
      slots.push(slot);
      if (itemId === undefined) return;
      const known = slotsByItem.get(itemId);
      if (known === undefined) slotsByItem.set(itemId, [slot]);
      else known.push(slot);
    };
    for (const [fact, itemId] of lookup.answerFacts) add(fact, itemId);
    for (const [fact, itemId] of lookup.usageFacts) add(fact, itemId);
    const byName = [...slotsByItem.keys()].some((itemId) => itemId in Object.prototype);
    const itemOrder = [...new Set(questionnaire.items.map((item) => item.id))];
    const slotsInOrder = itemOrder.map((itemId) => slotsByItem.get(itemId));
    reader = { slots, slotsByItem, byName, itemOrder, slotsInOrder };
    bySlots.set(slotByFact, reader);
  }
  return reader;
}

/** Reads the answers into `values` (and marks their slots in `given`) with a reader. */
export function readAnswers(
  reader: AnswerReader,
  answers: PracticeResponse['answers'],
  values: FactValue[],
  given: boolean[],
): void {
  for (const slot of reader.slots) {
    values[slot] = null;
    given[slot] = true;
  }
  if (reader.byName) {
    for (const [itemId, slots] of reader.slotsByItem) {
      const value = answers[itemId] ?? null;
      for (const slot of slots) values[slot] = value;
    }
    return;
  }
  // Every key for...in gives (own, or inherited and enumerable) reads as `answers[key]` does; an
  // item it does not give is unanswered: `null`. A parsed response's answers come in questionnaire
  // order (its canonical form), so each key is found by walking on through the items from the one
  // found before it, a comparison or two where a map lookup hashed the key; from the first key out
  // of that order (or no item's), the keys are looked up.
  const { itemOrder, slotsInOrder, slotsByItem } = reader;
  let next = 0;
  let inOrder = true;
  for (const key in answers) {
    let slots: readonly number[] | undefined;
    let place = next;
    if (inOrder) while (place < itemOrder.length && itemOrder[place] !== key) place += 1;
    if (inOrder && place < itemOrder.length) {
      slots = slotsInOrder[place];
      next = place + 1;
    } else {
      inOrder = false;
      slots = slotsByItem.get(key);
    }
    if (slots === undefined) continue;
    const value = answers[key] ?? null;
    for (const slot of slots) values[slot] = value;
  }
}
