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
 * What names the score facts: their names (for {@link forEachScoreFact}) or the slots compiled rules
 * read them from (for {@link readScoreFacts}), made once rather than per call (building and
 * hashing the names was a cost of its own).
 */
export interface ScoreFactKeys<K> {
  /** Per aspect of `qualityAspectIds`, the keys of its score and coverage, one after the other. */
  readonly aspects: readonly K[];
  /** The same per theme of `igjThemeIds`. */
  readonly themes: readonly K[];
  /** Per bottleneck of `bottleneckIds`. */
  readonly bottlenecks: readonly K[];
  /** The keys of a section's score and coverage, by section id, found when first asked for. */
  readonly sections: Map<string, readonly [K, K]>;
  readonly overall: K;
  readonly inkPhase: K;
  readonly nextProgress: K;
  readonly ownBottleneckCount: K;
  readonly ideaCount: K;
  readonly completeness: K;
  readonly monthsSinceCompletion: K;
  readonly monthsSinceVisit: K;
  readonly selfAssessmentGap: K;
  readonly teamItemsToDiscuss: K;
  readonly keyOf: (fact: string) => K;
}

function scoreFactKeys<K>(keyOf: (fact: string) => K): ScoreFactKeys<K> {
  return {
    aspects: qualityAspectIds.flatMap((id) => [
      keyOf(`aspect.${id}.score`),
      keyOf(`aspect.${id}.coverage`),
    ]),
    themes: igjThemeIds.flatMap((id) => [
      keyOf(`theme.${id}.score`),
      keyOf(`theme.${id}.coverage`),
    ]),
    bottlenecks: bottleneckIds.map((id) => keyOf(`bottleneck.${id}`)),
    sections: new Map(),
    overall: keyOf('overall'),
    inkPhase: keyOf('inkPhase'),
    nextProgress: keyOf('inkPhase.nextProgress'),
    ownBottleneckCount: keyOf('ownBottleneckCount'),
    ideaCount: keyOf('ideaCount'),
    completeness: keyOf('completeness'),
    monthsSinceCompletion: keyOf('monthsSinceCompletion'),
    monthsSinceVisit: keyOf('monthsSinceVisit'),
    selfAssessmentGap: keyOf('selfAssessmentGap'),
    teamItemsToDiscuss: keyOf('teamItemsToDiscuss'),
    keyOf,
  };
}

/**
 * Hands each score fact to `put` by its key, in the order of {@link forEachFact}: those of the
 * scores, the bottlenecks, the ideas, the dates and the team. The one list of these facts, read by
 * name for the engine and by slot for recommendSync.
 */
function putScoreFacts<K>(
  keys: ScoreFactKeys<K>,
  result: ScoreResult,
  response: PracticeResponse,
  asOf: string,
  teamItemsToDiscuss: number | null,
  put: (key: K, value: FactValue) => void,
): void {
  for (let index = 0; index < qualityAspectIds.length; index += 1) {
    const pair = result.aspects[qualityAspectIds[index] as QualityAspectId];
    put(keys.aspects[2 * index] as K, pair.score);
    put(keys.aspects[2 * index + 1] as K, pair.coverage);
  }
  // The sections' own keys, in their order (as Object.entries gives them), without a list of pairs.
  for (const id in result.sections) {
    if (!Object.hasOwn(result.sections, id)) continue;
    const pair = result.sections[id] as { score: number | null; coverage: number | null };
    let section = keys.sections.get(id);
    if (section === undefined) {
      section = [keys.keyOf(`section.${id}.score`), keys.keyOf(`section.${id}.coverage`)];
      // Section ids come from questionnaires, custom ones included: keep a bounded number.
      if (keys.sections.size < 1024) keys.sections.set(id, section);
    }
    put(section[0], pair.score);
    put(section[1], pair.coverage);
  }
  for (let index = 0; index < igjThemeIds.length; index += 1) {
    const pair = result.themes[igjThemeIds[index] as IgjThemeId];
    put(keys.themes[2 * index] as K, pair.score);
    put(keys.themes[2 * index + 1] as K, pair.coverage);
  }
  put(keys.overall, result.overall);
  put(keys.inkPhase, result.inkPhase.phase);
  put(keys.nextProgress, result.inkPhase.next?.progress ?? null);
  for (let index = 0; index < bottleneckIds.length; index += 1)
    put(
      keys.bottlenecks[index] as K,
      response.bottlenecks.includes(bottleneckIds[index] as BottleneckId),
    );
  put(keys.ownBottleneckCount, response.ownBottlenecks.length);
  put(keys.ideaCount, response.ideas.length);
  put(keys.completeness, percentage(result.completeness.answered, result.completeness.applicable));
  put(keys.monthsSinceCompletion, monthsBetween(response.completedOn, asOf));
  put(
    keys.monthsSinceVisit,
    response.lastPracticeVisitOn === undefined
      ? null
      : monthsBetween(response.lastPracticeVisitOn, asOf),
  );
  const own = result.selfAssessment?.score ?? null;
  put(
    keys.selfAssessmentGap,
    own === null || result.overall === null ? null : Math.round((own - result.overall) * 10) / 10,
  );
  put(keys.teamItemsToDiscuss, teamItemsToDiscuss);
}

let names: ScoreFactKeys<string> | undefined;

/**
 * Hands the facts of {@link forEachFact} that are not answers or usages to `put`, by name, in the
 * same order.
 */
export function forEachScoreFact(
  result: ScoreResult,
  response: PracticeResponse,
  asOf: string,
  put: (fact: string, value: FactValue) => void,
  teamItemsToDiscuss: number | null,
): void {
  names ??= scoreFactKeys((fact) => fact);
  putScoreFacts(names, result, response, asOf, teamItemsToDiscuss, put);
}

/**
 * The slots of the score facts for one set of compiled rules (`-1` where the rules compare no such
 * fact): each fact put in its slot directly, where handing it over by name looked the name up in
 * the map of slots, some forty times a call.
 */
export type ScoreFactSlots = ScoreFactKeys<number>;

const scoreFactSlotsBySlots = new WeakMap<ReadonlyMap<string, number>, ScoreFactSlots>();

/** The score fact slots of rules with these slots: made once per map of slots. */
export function scoreFactSlotsFor(slotByFact: ReadonlyMap<string, number>): ScoreFactSlots {
  let slots = scoreFactSlotsBySlots.get(slotByFact);
  if (slots === undefined) {
    slots = scoreFactKeys((fact) => slotByFact.get(fact) ?? -1);
    scoreFactSlotsBySlots.set(slotByFact, slots);
  }
  return slots;
}

/**
 * Puts the score facts into their slots (and marks them in `given`): the values and order of
 * {@link forEachScoreFact}, which walks the same list.
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
  putScoreFacts(slots, result, response, asOf, teamItemsToDiscuss, (slot, value) => {
    if (slot === -1) return;
    values[slot] = value;
    given[slot] = true;
  });
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
