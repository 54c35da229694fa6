import {
  boundedText,
  calendarDateRange,
  findQuestionnaireStructure,
  isDeepFrozen,
  isParsedResponse,
  type Locale,
  type MatrixQuadrantId,
  migrateResponse,
  type PracticeResponse,
  type PracticeResponseInput,
  parseResponse,
  type QuestionnaireStructure,
  ResponseValidationError,
} from '@praktijkscan/model';
import {
  addWeeksToDate,
  daysBetween,
  isCalendarDate,
  isResultOf,
  isTeamCombination,
  orderByMatrix,
  quadrantOf,
  type ScoreResult,
  scoreResponse,
} from '@praktijkscan/scoring';
import { Engine, type EngineResult, Fact } from 'json-rules-engine';
import {
  recommendationIds as catalogIds,
  type RecommendationId,
  recommendationStructure,
} from '../catalog/structure';
import {
  answerReaderFor,
  type FactValue,
  forEachFact,
  readAnswers,
  readScoreFacts,
  scoreFactSlotsFor,
} from '../facts/build';
import { factNames } from '../facts/names';
import { en } from '../languages/en';
import { nl } from '../languages/nl';
import type { AnyRecommendLanguage, RecommendLanguage } from '../languages/types';
import { builtinRules } from '../rules/builtin';
import type { RecommendationRule, RuleOperator, RuleValue } from '../rules/types';
import { RuleValidationError } from '../rules/validate';
import { catalogIndexById, orderCatalogIndexes } from './catalog-order';
import { type CompiledRule, compileRules } from './compile';
import {
  builtinSentencesOf,
  describeBuiltinReason,
  describeReason,
  hasReasonAbout,
} from './describe';
import { RecommendOptionsError } from './errors';
import { type RuleSet, type RuleStep, ruleSetFor } from './rule-sets';
import type { RatingOverride, Reason, RecommendedStep, RecommendOptions } from './types';

/** The quadrant of each catalog step (by place) with its own effect and energy. */
const catalogQuadrants: readonly MatrixQuadrantId[] = catalogIds.map((id) =>
  quadrantOf(recommendationStructure[id].effect, recommendationStructure[id].energy),
);
/** The questionnaire version whose items the built-in rules name. */
const rulesVersion = '2.0.0';
const builtinNames: ReadonlySet<string> = new Set(builtinRules.map((rule) => rule.name));
const factNamesByQuestionnaire = new WeakMap<QuestionnaireStructure, ReadonlySet<string>>();

let recommendationIds: ReadonlySet<string> | undefined;

/** The ids of the catalog, for checking extra rules: made once. */
function recommendationIdSet(): ReadonlySet<string> {
  recommendationIds ??= new Set(catalogIds);
  return recommendationIds;
}

/**
 * A rule set's engines are each free to run: one is taken for a run and given back after it, so
 * that no two runs share an engine at once (an engine's status is shared by its runs) while
 * repeated calls skip building the rules' conditions again. A run keeps nothing in its engine:
 * facts, results and events live in the run's own almanac.
 */
const maxIdleEngines = 8;

function newEngine(rules: readonly RecommendationRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: refusePath });
  // json-rules-engine builds its own Rule and Condition objects from these frozen definitions.
  for (const rule of rules) engine.addRule(rule as never);
  return engine;
}

/** Runs the rules on the facts, with an idle engine of the rule set where there is one. */
async function runRules(
  set: RuleSet,
  facts: Record<string, Fact<FactValue>>,
): Promise<EngineResult> {
  const engine = (set.idleEngines.pop() as Engine | undefined) ?? newEngine(set.rules);
  const outcome = await engine.run(facts);
  // Only an engine whose run finished goes back. After a run that failed (a fact a rule names is
  // missing), json-rules-engine goes on evaluating the rest of it and then marks the engine
  // finished, which would stop a later run on the same engine halfway: that engine is dropped.
  if (set.idleEngines.length < maxIdleEngines) set.idleEngines.push(engine);
  return outcome;
}

export function factVocabulary(questionnaire: QuestionnaireStructure): ReadonlySet<string> {
  let names = factNamesByQuestionnaire.get(questionnaire);
  if (!names) {
    names = new Set(factNames(questionnaire));
    // Only a questionnaire that cannot change keeps its fact names.
    if (isDeepFrozen(questionnaire)) factNamesByQuestionnaire.set(questionnaire, names);
  }
  return names;
}

// JSONPath is never evaluated: rules cannot carry a `path`, and should one reach the engine
// anyway, this resolver refuses instead of handing it to jsonpath-plus.
function refusePath(): never {
  throw new Error('praktijkscan rules do not evaluate JSONPath');
}

/** The number of scored items the team disagrees on, or `null` where no team is given. */
function checkTeam(team: unknown, response: PracticeResponse): number | null {
  if (team === undefined) return null;
  if (!isTeamCombination(team))
    throw new RecommendOptionsError('team', 'expected the result of combineResponses');
  if (team.response !== response && JSON.stringify(team.response) !== JSON.stringify(response))
    throw new RecommendOptionsError('team', "the response is not this team's combined response");
  return team.agreement.filter((entry) => entry.toDiscuss && entry.scored).length;
}

function checkRatings(ratings: unknown): ReadonlyMap<string, RatingOverride> {
  const checked = new Map<string, RatingOverride>();
  if (ratings === undefined) return checked;
  if (ratings === null || typeof ratings !== 'object' || Array.isArray(ratings)) {
    throw new RecommendOptionsError(
      'ratings',
      'expected an object of { effect, energy } by recommendation id',
    );
  }
  for (const [id, rating] of Object.entries(ratings)) {
    if (!catalogIndexById.has(id))
      throw new RecommendOptionsError(`ratings.${id}`, 'unknown recommendation');
    const { effect, energy } = (rating ?? {}) as Partial<RatingOverride>;
    for (const [name, value] of [
      ['effect', effect],
      ['energy', energy],
    ] as const) {
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 5) {
        throw new RecommendOptionsError(`ratings.${id}.${name}`, 'expected an integer from 1 to 5');
      }
    }
    checked.set(id, { effect: effect as number, energy: energy as number });
  }
  return checked;
}

/** The languages a `recommend` can speak, and the one it speaks when not told. */
export interface RecommendLanguages {
  readonly byLocale: { readonly [L in Locale]?: RecommendLanguage<L> };
  readonly fallback: Locale;
}

/** A value for a message: a text quoted (at most 100 characters of it), anything else named. */
export function quoted(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(boundedText(value));
  return value === null ? 'null' : typeof value;
}

/**
 * Reads the input with `read`; a value that throws when read (a getter, a revoked Proxy) is bad
 * input like any other, answered with `RecommendOptionsError`, while the typed errors pass.
 */
export function readingInput<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (
      error instanceof RecommendOptionsError ||
      error instanceof ResponseValidationError ||
      error instanceof RuleValidationError
    )
      throw error;
    throw new RecommendOptionsError(
      'input',
      'a value cannot be read (a getter that throws, a revoked Proxy)',
    );
  }
}

function resolveLanguage(languages: RecommendLanguages, locale: unknown): AnyRecommendLanguage {
  const chosen = locale ?? languages.fallback;
  const language =
    typeof chosen === 'string' && Object.hasOwn(languages.byLocale, chosen)
      ? languages.byLocale[chosen as Locale]
      : undefined;
  if (language === undefined) {
    const known = Object.keys(languages.byLocale).map((name) => `"${name}"`);
    throw new RecommendOptionsError(
      'locale',
      known.length === 1
        ? `expected ${known[0]}, got ${quoted(locale)}: this edition of recommend has ${known[0]} texts only; recommend of @praktijkscan/recommendations has both languages`
        : `expected ${known.join(' or ')}, got ${quoted(locale)}`,
    );
  }
  return language;
}

function resolveInputs(
  result: ScoreResult,
  input: unknown,
  options: RecommendOptions,
  languages: RecommendLanguages,
): {
  result: ScoreResult;
  response: PracticeResponse;
  questionnaire: QuestionnaireStructure;
  language: AnyRecommendLanguage;
} {
  if (options === null || typeof options !== 'object')
    throw new RecommendOptionsError('options', 'expected an object with asOf');
  if (!isCalendarDate(options.asOf))
    throw new RecommendOptionsError(
      'asOf',
      `expected a date YYYY-MM-DD from ${calendarDateRange.earliest} to ${calendarDateRange.latest}, got ${quoted(options.asOf)}`,
    );
  const language = resolveLanguage(languages, options.locale);
  const response = isParsedResponse(input)
    ? input
    : parseResponse(input, {
        locale: language.locale,
        ...(options.questionnaire ? { questionnaire: options.questionnaire } : {}),
      });
  const questionnaire =
    options.questionnaire ??
    findQuestionnaireStructure(response.questionnaire.id, response.questionnaire.version);
  if (!questionnaire)
    throw new RecommendOptionsError(
      'questionnaire',
      'the response answers no published questionnaire; pass it',
    );
  if (!isResultOf(result, response)) {
    throw new RecommendOptionsError(
      'result',
      'the score result is not the result of this response (scoreResponse(response))',
    );
  }
  if (daysBetween(response.completedOn, options.asOf) < 0) {
    throw new RecommendOptionsError(
      'asOf',
      `${options.asOf} is before the completion date ${response.completedOn}`,
    );
  }
  // The built-in rules name the items of the current questionnaire (rulesVersion). A response to
  // an earlier published version is migrated to it first and scored again, so that the same rules
  // serve every version: carried and merged answers count, split and new items stay missing
  // (docs/recommendations.md, "Responses to earlier versions").
  if (!options.questionnaire && response.questionnaire.version !== rulesVersion) {
    const migrated = migrateResponse(response, { to: rulesVersion }).response;
    const current = findQuestionnaireStructure(migrated.questionnaire.id, rulesVersion);
    if (current)
      return {
        result: scoreResponse(migrated),
        response: migrated,
        questionnaire: current,
        language,
      };
  }
  return { result, response, questionnaire, language };
}

interface ConditionNode {
  readonly all?: readonly ConditionNode[];
  readonly any?: readonly ConditionNode[];
  readonly fact?: string;
  readonly operator?: string;
  readonly value?: RuleValue;
  readonly factResult?: FactValue;
  readonly result?: boolean;
}

/**
 * Calls `each` with every comparison that held, in the order of the rule, from json-rules-engine's
 * result tree, and its place among all the rule's comparisons; returns the number of comparisons.
 */
function forEachHeldComparison(
  node: ConditionNode,
  each: (comparison: ConditionNode, place: number) => void,
  place = 0,
): number {
  const children = node.all ?? node.any;
  if (children === undefined) {
    if (node.result === true && node.fact !== undefined) each(node, place);
    return place + 1;
  }
  let next = place;
  for (const child of children) next = forEachHeldComparison(child, each, next);
  return next;
}

/**
 * Chooses a practice's next steps with the rules (built-in and `extraRules`), in the order of
 * SCORING.md (quadrant, effect, energy, weakest aspect served, id), each with its start and
 * evaluation dates and the reasons: the rule conditions that held, with the fact's actual value.
 *
 * Deterministic whatever json-rules-engine does inside: no two calls run on one engine at the same
 * time, and the output order is ours. Nothing reads the clock: `asOf` is "now".
 *
 * `response` is the response that was scored, typed as `PracticeResponseInput` (what
 * `parseResponse` returns, or its JSON form with the lists left out) so that a type-check catches a
 * wrong argument; it is validated here all the same, so a plain JavaScript caller gets the same
 * typed error as `parseResponse` gives.
 *
 * @throws {RecommendOptionsError} for bad options or a result that does not belong to the response.
 * @throws {RuleValidationError} for `extraRules` that are not admissible.
 * @throws {ResponseValidationError} for an invalid raw response.
 * @example
 * ```ts
 * import { sampleStarting } from '@praktijkscan/model/samples';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * import { recommend } from '@praktijkscan/recommendations';
 *
 * const steps = await recommend(scoreResponse(sampleStarting), sampleStarting, { asOf: '2026-11-22', locale: 'en' });
 * steps[0]?.title; // 'Formulate a concrete practice goal'
 * steps[0]?.reasons.length; // 1
 * ```
 */
export function recommend(
  result: ScoreResult,
  response: PracticeResponseInput,
  options: RecommendOptions,
): Promise<RecommendedStep[]> {
  return recommendIn(bothLanguages, result, response, options);
}

const bothLanguages: RecommendLanguages = { byLocale: { nl, en }, fallback: 'nl' };

/**
 * Chooses a practice's next steps exactly as {@link recommend} does (the same options, the same
 * output, the same errors), without a Promise: the rules are compiled once into plain functions
 * (no `eval`, so a strict Content Security Policy holds) and run directly, rather than through
 * json-rules-engine. Extra rules are compiled once per content and kept, so repeated calls with
 * the same rules rebuild nothing. For live updates, e.g. on every answer in a form. json-rules-engine
 * stays the reference: the tests require byte-identical output from both.
 *
 * @throws {RecommendOptionsError} for bad options or a result that does not belong to the response.
 * @throws {RuleValidationError} for `extraRules` that are not admissible.
 * @throws {ResponseValidationError} for an invalid raw response.
 * @example
 * ```ts
 * import { sampleStarting } from '@praktijkscan/model/samples';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * import { recommendSync } from '@praktijkscan/recommendations';
 *
 * const steps = recommendSync(scoreResponse(sampleStarting), sampleStarting, { asOf: '2026-11-22', locale: 'en' });
 * steps[0]?.title; // 'Formulate a concrete practice goal'
 * ```
 */
export function recommendSync(
  result: ScoreResult,
  response: PracticeResponseInput,
  options: RecommendOptions,
): RecommendedStep[] {
  return recommendSyncIn(bothLanguages, result, response, options);
}

/** Everything a call has worked out before the rules run. */
interface PreparedCall {
  readonly result: ScoreResult;
  readonly response: PracticeResponse;
  readonly questionnaire: QuestionnaireStructure;
  readonly language: AnyRecommendLanguage;
  /** The questionnaire whose texts the reasons quote. */
  readonly textsOf: QuestionnaireStructure;
  readonly ratings: ReadonlyMap<string, RatingOverride>;
  readonly rules: RuleSet;
  readonly asOf: string;
  /** For a team scan, the number of scored items the team disagrees on; otherwise `null`. */
  readonly teamItemsToDiscuss: number | null;
}

function prepare(
  languages: RecommendLanguages,
  result: ScoreResult,
  response: PracticeResponseInput,
  options: RecommendOptions,
): PreparedCall {
  const {
    result: scored,
    response: parsed,
    questionnaire,
    language,
  } = readingInput(() => resolveInputs(result, response, options, languages));
  // Reasons name items and sections in the language: of the questionnaire passed in, or of the
  // published one in that language.
  const textsOf =
    options.questionnaire ??
    language.findQuestionnaire(questionnaire.id, questionnaire.version) ??
    questionnaire;
  const ratings = readingInput(() => checkRatings(options.ratings));
  const extraRules = readingInput(() => options.extraRules);
  const rules = ruleSetFor(extraRules, factVocabulary(questionnaire), recommendationIdSet());
  const teamItemsToDiscuss = readingInput(() => checkTeam(options.team, parsed));
  return {
    result: scored,
    response: parsed,
    questionnaire,
    language,
    textsOf,
    ratings,
    rules,
    asOf: options.asOf,
    teamItemsToDiscuss,
  };
}

/**
 * A comparison of a rule that held: a reason, before it is put in words (its text is filled in
 * once the step is known to keep it, so that the reason a step returns is this same object).
 */
type HeldComparison = { -readonly [Key in keyof Reason]: Reason[Key] };

/** A rule that fired, with the comparisons that held. Fired rules come in name order. */
interface FiredRule {
  readonly name: string;
  readonly step: RuleStep;
  readonly held: readonly HeldComparison[];
  /** The place of each held comparison among all the rule's comparisons. */
  readonly places: readonly number[];
}

function ruleStepOf(name: string, recommendation: string | undefined): RuleStep {
  return {
    at: recommendation === undefined ? undefined : catalogIndexById.get(recommendation),
    builtin: builtinNames.has(name),
  };
}

/**
 * The steps of the rules that fired, whichever path ran them: reasons put in words, the order of
 * SCORING.md, the dates.
 */
function stepsOf(call: PreparedCall, fired: readonly FiredRule[]): RecommendedStep[] {
  const { language, textsOf, ratings, asOf, result } = call;
  const sentences = builtinSentencesOf(textsOf, language);
  // Each fired step's reasons by its place in the catalog, and those places in the order the
  // steps first fired: lists by place rather than a map by id.
  const reasonsAt: (Reason[] | undefined)[] = new Array(catalogIds.length);
  const firedPlaces: number[] = [];
  for (const rule of fired) {
    const { at, builtin } = rule.step;
    if (at === undefined) continue;
    let reasons = reasonsAt[at];
    if (reasons === undefined) {
      reasons = [];
      reasonsAt[at] = reasons;
      firedPlaces.push(at);
    }
    const { held, places } = rule;
    for (let index = 0; index < held.length; index += 1) {
      const reason = held[index] as HeldComparison;
      // One reason per fact, the first in rule order: a later one is not put in words at all.
      if (hasReasonAbout(reasons, reason.fact)) continue;
      reason.text = builtin
        ? describeBuiltinReason(sentences, places[index] as number, reason, textsOf, language)
        : describeReason(reason, textsOf, language);
      reasons.push(reason);
    }
  }

  // Without ratings every step has its catalog effect and energy: ordered by catalog index alone.
  // A practice's own ratings are ordered as they are by orderByMatrix.
  const order =
    (ratings.size === 0 ? orderCatalogIndexes(firedPlaces, result.aspects) : undefined) ??
    orderByMatrix(
      firedPlaces.map((at) => {
        const id = catalogIds[at] as RecommendationId;
        const entry = recommendationStructure[id];
        const rating = ratings.get(id);
        return {
          at,
          id,
          effect: rating?.effect ?? entry.effect,
          energy: rating?.energy ?? entry.energy,
          aspects: entry.aspects,
        };
      }),
      result.aspects,
    ).map((step) => step.at);

  const dates = stepDatesFrom(asOf);
  return order.map((at): RecommendedStep => {
    const id = catalogIds[at] as RecommendationId;
    const entry = recommendationStructure[id];
    const rating = ratings.size === 0 ? undefined : ratings.get(id);
    const effect = rating?.effect ?? entry.effect;
    const energy = rating?.energy ?? entry.energy;
    let startBy = dates.startBy[at];
    if (startBy === undefined) {
      startBy = addWeeksToDate(asOf, entry.startWithinWeeks);
      dates.startBy[at] = startBy;
    }
    let evaluateOn = dates.evaluateOn[at];
    if (evaluateOn === undefined) {
      evaluateOn = addWeeksToDate(startBy, entry.evaluateAfterWeeks);
      dates.evaluateOn[at] = evaluateOn;
    }
    const texts = language.steps[id];
    return {
      id,
      title: texts.title,
      description: texts.description,
      rationale: texts.rationale,
      source: entry.source,
      pdcaPhase: entry.pdcaPhase,
      nivelStep: entry.nivelStep,
      toolboxStep: entry.toolboxStep,
      igjTheme: entry.igjTheme,
      aspects: entry.aspects,
      roles: entry.roles,
      bottlenecks: entry.bottlenecks,
      digitisationDomains: entry.digitisationDomains,
      inkPhases: entry.inkPhases,
      maintenance: entry.maintenance,
      effect,
      energy,
      rated: rating !== undefined,
      quadrant:
        rating === undefined
          ? (catalogQuadrants[at] as MatrixQuadrantId)
          : quadrantOf(effect, energy),
      startBy,
      evaluateOn,
      reasons: reasonsAt[at] as Reason[],
    };
  });
}

/** The start and evaluation dates of the catalog's steps (by place) for one `asOf`, each worked out when first asked for. */
interface StepDates {
  readonly startBy: (string | undefined)[];
  readonly evaluateOn: (string | undefined)[];
}

// Calls share their `asOf` (a batch, a web page's live updates): its steps' dates are looked up
// with it once per call rather than twice per step. A cache that starts again when it grows large.
const stepDatesByAsOf = new Map<string, StepDates>();

function stepDatesFrom(asOf: string): StepDates {
  let dates = stepDatesByAsOf.get(asOf);
  if (dates === undefined) {
    if (stepDatesByAsOf.size >= 1024) stepDatesByAsOf.clear();
    dates = { startBy: new Array(catalogIds.length), evaluateOn: new Array(catalogIds.length) };
    stepDatesByAsOf.set(asOf, dates);
  }
  return dates;
}

/**
 * `recommend` speaking the languages given: both for `recommend` itself, one for an edition of one
 * language (`src/editions/nl.ts`), whose bundle so carries that language's texts only.
 */
export async function recommendIn(
  languages: RecommendLanguages,
  result: ScoreResult,
  response: PracticeResponseInput,
  options: RecommendOptions,
): Promise<RecommendedStep[]> {
  const call = prepare(languages, result, response, options);
  // The engine gets the facts the rules compare, not all of buildFacts: it adds every fact it is
  // given to the run's almanac. A fact a rule names but buildFacts lacks stays missing, so the
  // engine still rejects it (allowUndefinedFacts: false).
  const ruleFacts = call.rules.facts;
  // Each fact is handed over as a Fact without a cache: json-rules-engine would otherwise hash it
  // (hash-it) into a cache key when it is added and again each time a rule reads it, to cache a
  // value that is already there.
  const runtimeFacts: Record<string, Fact<FactValue>> = {};
  // isResultOf checked the result's structure; a getter that answers once and throws after is
  // still bad input.
  readingInput(() =>
    forEachFact(
      call.result,
      call.response,
      call.questionnaire,
      call.asOf,
      (fact, value) => {
        if (ruleFacts.has(fact)) runtimeFacts[fact] = new Fact(fact, value, { cache: false });
      },
      call.teamItemsToDiscuss,
      ruleFacts,
    ),
  );
  const outcome = await runRules(call.rules, runtimeFacts);
  const fired = [...outcome.results]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((ruleResult): FiredRule => {
      const name = String(ruleResult.name);
      const held: HeldComparison[] = [];
      const places: number[] = [];
      // The rule's evaluated condition tree (json-rules-engine's own Condition objects, with
      // `result` and `factResult` on each leaf it evaluated), read as it is: `toJSON(false)` would
      // copy the same fields into a new tree first.
      forEachHeldComparison(ruleResult.conditions as unknown as ConditionNode, (leaf, place) => {
        held.push({
          rule: name,
          fact: leaf.fact as string,
          operator: leaf.operator as RuleOperator,
          expected: leaf.value as RuleValue,
          actual: (leaf.factResult ?? null) as FactValue,
          text: '',
        });
        places.push(place);
      });
      const recommendation = (ruleResult.event?.params as { recommendation?: string } | undefined)
        ?.recommendation;
      return { name, step: ruleStepOf(name, recommendation), held, places };
    });
  // The result is read again for the order (its aspects): a getter that answered before may throw.
  return readingInput(() => stepsOf(call, fired));
}

/** `recommendSync` speaking the languages given, as {@link recommendIn}. */
export function recommendSyncIn(
  languages: RecommendLanguages,
  result: ScoreResult,
  response: PracticeResponseInput,
  options: RecommendOptions,
): RecommendedStep[] {
  const call = prepare(languages, result, response, options);
  call.rules.compiled ??= compileRules(call.rules.rules);
  const { slotByFact, facts, rules } = call.rules.compiled;
  const values: FactValue[] = new Array(facts.length);
  const given: boolean[] = new Array(facts.length).fill(false);
  // The facts of forEachFact, the answers read with a reader made once per rules and
  // questionnaire (test/fast-paths.test.ts holds it to forEachFact).
  const reader = answerReaderFor(call.questionnaire, slotByFact);
  readingInput(() => {
    readAnswers(reader, call.response.answers, values, given);
    readScoreFacts(
      scoreFactSlotsFor(slotByFact),
      call.result,
      call.response,
      call.asOf,
      call.teamItemsToDiscuss,
      values,
      given,
    );
  });
  // As the engine (allowUndefinedFacts: false), which evaluates every rule: a fact some rule
  // compares but the practice lacks is an error, whichever rules would fire.
  const missing = given.indexOf(false);
  if (missing !== -1) throw new Error(`Undefined fact: ${facts[missing]}`);
  const fired: FiredRule[] = [];
  call.rules.compiledSteps ??= rules.map((rule) => ruleStepOf(rule.name, rule.recommendation));
  const steps = call.rules.compiledSteps;
  for (let index = 0; index < rules.length; index += 1) {
    const rule = rules[index] as CompiledRule;
    if (!rule.fires(values)) continue;
    const held: HeldComparison[] = [];
    const places: number[] = [];
    for (const comparison of rule.comparisons) {
      if (!comparison.holds(values)) continue;
      const expected = comparison.value;
      held.push({
        rule: rule.name,
        fact: comparison.fact,
        operator: comparison.operator,
        // A list is the caller's own, as the engine's result gives one: the rule's stays intact.
        expected: Array.isArray(expected) ? [...expected] : expected,
        actual: values[comparison.slot] ?? null,
        text: '',
      });
      places.push(comparison.place);
    }
    fired.push({ name: rule.name, step: steps[index] as RuleStep, held, places });
  }
  // The result is read again for the order (its aspects): a getter that answered before may throw.
  return readingInput(() => stepsOf(call, fired));
}
