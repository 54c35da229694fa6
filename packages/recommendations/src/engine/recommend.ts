import {
  findQuestionnaireStructure,
  isParsedResponse,
  type Locale,
  migrateResponse,
  type PracticeResponse,
  parseResponse,
  type QuestionnaireStructure,
} from '@praktijkscan/model';
import {
  addWeeksToDate,
  daysBetween,
  isCalendarDate,
  isResultOf,
  orderByMatrix,
  quadrantOf,
  type ScoreResult,
  scoreResponse,
} from '@praktijkscan/scoring';
import { Engine, type EngineResult, Fact } from 'json-rules-engine';
import {
  recommendationIds as catalogIds,
  type RecommendationId,
  type RecommendationStructure,
  recommendationStructure,
} from '../catalog/structure';
import { type FactValue, forEachFact } from '../facts/build';
import { factNames } from '../facts/names';
import { en } from '../languages/en';
import { nl } from '../languages/nl';
import type { AnyRecommendLanguage, RecommendLanguage } from '../languages/types';
import { builtinRules } from '../rules/builtin';
import type { RecommendationRule, RuleOperator, RuleValue } from '../rules/types';
import { ruleLeaves, validateRules } from '../rules/validate';
import { builtinSentencesOf, describeBuiltinReason, describeReason } from './describe';
import { RecommendOptionsError } from './errors';
import type { RatingOverride, Reason, RecommendedStep, RecommendOptions } from './types';

// The catalog's structure, without its texts: those come from the language a call is told in.
const catalogById: ReadonlyMap<string, RecommendationStructure> = new Map(
  catalogIds.map((id) => [id, recommendationStructure[id]]),
);
/** The questionnaire version whose items the built-in rules name. */
const rulesVersion = '2.0.0';
const builtinNames: ReadonlySet<string> = new Set(builtinRules.map((rule) => rule.name));
const factNamesByQuestionnaire = new WeakMap<QuestionnaireStructure, ReadonlySet<string>>();

/** The facts some rule compares, each once, in the order the rules name them. */
function factsOfRules(rules: readonly RecommendationRule[]): string[] {
  const names = new Set<string>();
  for (const rule of rules) for (const leaf of ruleLeaves(rule.conditions)) names.add(leaf.fact);
  return [...names];
}

let builtinFacts: ReadonlySet<string> | undefined;
let recommendationIds: ReadonlySet<string> | undefined;

/** The ids of the catalog, for checking extra rules: made once. */
function recommendationIdSet(): ReadonlySet<string> {
  recommendationIds ??= new Set(catalogById.keys());
  return recommendationIds;
}

/**
 * Engines holding exactly the built-in rules, each free to run: one is taken for a run and given
 * back after it, so that no two runs share an engine at once (an engine's status is shared by its
 * runs) while repeated calls skip building 58 rules' conditions again. A run keeps nothing in its
 * engine: facts, results and events live in the run's own almanac.
 */
const idleBuiltinEngines: Engine[] = [];
const maxIdleEngines = 8;

function newEngine(rules: readonly RecommendationRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: refusePath });
  // json-rules-engine builds its own Rule and Condition objects from these frozen definitions.
  for (const rule of rules) engine.addRule(rule as never);
  return engine;
}

/** Runs the rules on the facts, with an engine of the built-in rules from the pool where it can. */
async function runRules(
  rules: readonly RecommendationRule[],
  facts: Record<string, Fact<FactValue>>,
): Promise<EngineResult> {
  if (rules !== builtinRules) return newEngine(rules).run(facts);
  const engine = idleBuiltinEngines.pop() ?? newEngine(builtinRules);
  const outcome = await engine.run(facts);
  // Only an engine whose run finished goes back. After a run that failed (a fact a rule names is
  // missing), json-rules-engine goes on evaluating the rest of it and then marks the engine
  // finished, which would stop a later run on the same engine halfway: that engine is dropped.
  if (idleBuiltinEngines.length < maxIdleEngines) idleBuiltinEngines.push(engine);
  return outcome;
}

function factVocabulary(questionnaire: QuestionnaireStructure): ReadonlySet<string> {
  let names = factNamesByQuestionnaire.get(questionnaire);
  if (!names) {
    names = new Set(factNames(questionnaire));
    factNamesByQuestionnaire.set(questionnaire, names);
  }
  return names;
}

// JSONPath is never evaluated: rules cannot carry a `path`, and should one reach the engine
// anyway, this resolver refuses instead of handing it to jsonpath-plus.
function refusePath(): never {
  throw new Error('praktijkscan rules do not evaluate JSONPath');
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
    if (!catalogById.has(id))
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
        ? `expected ${known[0]}, got ${JSON.stringify(locale)}: this edition of recommend has ${known[0]} texts only; recommend of @praktijkscan/recommendations has both languages`
        : `expected ${known.join(' or ')}, got ${JSON.stringify(locale)}`,
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
      `expected a date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`,
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

// Steps share a few start and evaluation dates, and calls share their `asOf`: each date is worked
// out once (a pure function of its inputs), in a cache that starts again when it grows large.
const datesLater = new Map<string, Map<number, string>>();

function weeksLater(date: string, weeks: number): string {
  let byWeeks = datesLater.get(date);
  if (byWeeks === undefined) {
    if (datesLater.size >= 1024) datesLater.clear();
    byWeeks = new Map();
    datesLater.set(date, byWeeks);
  }
  let later = byWeeks.get(weeks);
  if (later === undefined) {
    later = addWeeksToDate(date, weeks);
    byWeeks.set(weeks, later);
  }
  return later;
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
 * steps[0]?.title; // the first next step
 * steps[0]?.reasons.map((reason) => reason.text);
 * ```
 */
export function recommend(
  result: ScoreResult,
  response: unknown,
  options: RecommendOptions,
): Promise<RecommendedStep[]> {
  return recommendIn(bothLanguages, result, response, options);
}

const bothLanguages: RecommendLanguages = { byLocale: { nl, en }, fallback: 'nl' };

/**
 * `recommend` speaking the languages given: both for `recommend` itself, one for an edition of one
 * language (`src/editions/nl.ts`), whose bundle so carries that language's texts only.
 */
export async function recommendIn(
  languages: RecommendLanguages,
  given: ScoreResult,
  response: unknown,
  options: RecommendOptions,
): Promise<RecommendedStep[]> {
  const {
    result: scored,
    response: parsed,
    questionnaire,
    language,
  } = resolveInputs(given, response, options, languages);
  // Reasons name items and sections in the language: of the questionnaire passed in, or of the
  // published one in that language.
  const textsOf =
    options.questionnaire ??
    language.findQuestionnaire(questionnaire.id, questionnaire.version) ??
    questionnaire;
  const ratings = checkRatings(options.ratings);
  const extra =
    options.extraRules === undefined
      ? []
      : validateRules(options.extraRules, {
          facts: factVocabulary(questionnaire),
          recommendations: recommendationIdSet(),
          takenNames: builtinNames,
        });
  const rules: readonly RecommendationRule[] =
    extra.length === 0 ? builtinRules : [...builtinRules, ...extra];
  // The engine gets the facts the rules compare, not all of buildFacts: it adds every fact it is
  // given to the run's almanac. A fact a rule names but buildFacts lacks stays missing, so the engine still
  // rejects it (allowUndefinedFacts: false).
  builtinFacts ??= new Set(factsOfRules(builtinRules));
  const ruleFacts = rules === builtinRules ? builtinFacts : new Set(factsOfRules(rules));
  // Each fact is handed over as a Fact without a cache: json-rules-engine would otherwise hash it
  // (hash-it) into a cache key when it is added and again each time a rule reads it, to cache a
  // value that is already there.
  const runtimeFacts: Record<string, Fact<FactValue>> = {};
  forEachFact(scored, parsed, questionnaire, options.asOf, (fact, value) => {
    if (ruleFacts.has(fact)) runtimeFacts[fact] = new Fact(fact, value, { cache: false });
  });
  const outcome = await runRules(rules, runtimeFacts);

  const reasonsById = new Map<string, Reason[]>();
  const sentences = builtinSentencesOf(textsOf, language);
  const fired = [...outcome.results].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const ruleResult of fired) {
    const id = (ruleResult.event?.params as { recommendation?: string } | undefined)
      ?.recommendation;
    if (id === undefined || !catalogById.has(id)) continue;
    // The rule's evaluated condition tree (json-rules-engine's own Condition objects, with
    // `result` and `factResult` on each leaf it evaluated), read as it is: `toJSON(false)` would
    // copy the same fields into a new tree first.
    const tree = ruleResult.conditions as unknown as ConditionNode;
    const reasons = reasonsById.get(id) ?? [];
    const rule = String(ruleResult.name);
    const builtin = builtinNames.has(rule);
    forEachHeldComparison(tree, (comparison, place) => {
      const reason = {
        rule,
        fact: comparison.fact as string,
        operator: comparison.operator as RuleOperator,
        expected: comparison.value as RuleValue,
        actual: (comparison.factResult ?? null) as FactValue,
        text: '',
      };
      reason.text = builtin
        ? describeBuiltinReason(sentences, place, reason, textsOf, language)
        : describeReason(reason, textsOf, language);
      reasons.push(reason);
    });
    reasonsById.set(id, reasons);
  }

  const chosen = [...reasonsById.keys()].map((id) => {
    const entry = catalogById.get(id) as RecommendationStructure;
    const rating = ratings.get(id);
    return {
      entry,
      id: id as RecommendationId,
      effect: rating?.effect ?? entry.effect,
      energy: rating?.energy ?? entry.energy,
      aspects: entry.aspects,
      rated: rating !== undefined,
    };
  });

  return orderByMatrix(chosen, scored.aspects).map(
    ({ entry, id, effect, energy, rated }): RecommendedStep => {
      const startBy = weeksLater(options.asOf, entry.startWithinWeeks);
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
        rated,
        quadrant: quadrantOf(effect, energy),
        startBy,
        evaluateOn: weeksLater(startBy, entry.evaluateAfterWeeks),
        reasons: reasonsById.get(id) ?? [],
      };
    },
  );
}
