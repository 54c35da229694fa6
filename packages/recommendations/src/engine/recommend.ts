import {
  findQuestionnaire,
  isLocale,
  isParsedResponse,
  type Locale,
  type PracticeResponse,
  parseResponse,
  type Questionnaire,
} from '@praktijkscan/model';
import {
  addWeeksToDate,
  daysBetween,
  isCalendarDate,
  orderByMatrix,
  quadrantOf,
  type ScoreResult,
} from '@praktijkscan/scoring';
import { Engine } from 'json-rules-engine';
import { recommendations } from '../catalog';
import type { Recommendation } from '../catalog/types';
import { buildFacts, type FactValue } from '../facts/build';
import { factNames } from '../facts/names';
import { builtinRules } from '../rules/builtin';
import type { RecommendationRule, RuleOperator, RuleValue } from '../rules/types';
import { validateRules } from '../rules/validate';
import { describeReason } from './describe';
import { RecommendOptionsError } from './errors';
import type { RatingOverride, Reason, RecommendedStep, RecommendOptions } from './types';

const catalogById: ReadonlyMap<string, Recommendation> = new Map(
  recommendations.map((entry) => [entry.id, entry]),
);
const builtinNames: ReadonlySet<string> = new Set(builtinRules.map((rule) => rule.name));
const factNamesByQuestionnaire = new WeakMap<Questionnaire, ReadonlySet<string>>();

function factVocabulary(questionnaire: Questionnaire): ReadonlySet<string> {
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

function resolveInputs(
  result: ScoreResult,
  input: unknown,
  options: RecommendOptions,
): { response: PracticeResponse; questionnaire: Questionnaire; locale: Locale } {
  if (options === null || typeof options !== 'object')
    throw new RecommendOptionsError('options', 'expected an object with asOf');
  if (!isCalendarDate(options.asOf))
    throw new RecommendOptionsError(
      'asOf',
      `expected a date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`,
    );
  const locale = options.locale ?? 'nl';
  if (!isLocale(locale))
    throw new RecommendOptionsError(
      'locale',
      `expected "nl" or "en", got ${JSON.stringify(locale)}`,
    );
  const response = isParsedResponse(input)
    ? input
    : parseResponse(input, {
        locale,
        ...(options.questionnaire ? { questionnaire: options.questionnaire } : {}),
      });
  const questionnaire =
    options.questionnaire ??
    findQuestionnaire(response.questionnaire.id, response.questionnaire.version);
  if (!questionnaire)
    throw new RecommendOptionsError(
      'questionnaire',
      'the response answers no published questionnaire; pass it',
    );
  if (
    result === null ||
    typeof result !== 'object' ||
    result.practiceId !== response.practiceId ||
    result.completedOn !== response.completedOn ||
    result.questionnaire?.id !== response.questionnaire.id ||
    result.questionnaire?.version !== response.questionnaire.version
  ) {
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
  return { response, questionnaire, locale };
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

/** The comparisons that held, in the order of the rule, from json-rules-engine's result tree. */
function heldComparisons(node: ConditionNode): ConditionNode[] {
  const children = node.all ?? node.any;
  if (children) return children.flatMap(heldComparisons);
  return node.result === true && node.fact !== undefined ? [node] : [];
}

/**
 * Chooses a practice's next steps with the rules (built-in and `extraRules`), in the order of
 * SCORING.md (quadrant, effect, energy, weakest aspect served, id), each with its start and
 * evaluation dates and the reasons: the rule conditions that held, with the fact's actual value.
 *
 * Deterministic whatever json-rules-engine does inside: every call has its own engine, and the
 * output order is ours. Nothing reads the clock: `asOf` is "now".
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
export async function recommend(
  result: ScoreResult,
  response: unknown,
  options: RecommendOptions,
): Promise<RecommendedStep[]> {
  const { response: parsed, questionnaire, locale } = resolveInputs(result, response, options);
  const ratings = checkRatings(options.ratings);
  const extra =
    options.extraRules === undefined
      ? []
      : validateRules(options.extraRules, {
          facts: factVocabulary(questionnaire),
          recommendations: new Set(catalogById.keys()),
          takenNames: builtinNames,
        });
  const rules: readonly RecommendationRule[] =
    extra.length === 0 ? builtinRules : [...builtinRules, ...extra];
  const facts = buildFacts(result, parsed, questionnaire, options.asOf);

  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: refusePath });
  // json-rules-engine builds its own Rule and Condition objects from these frozen definitions.
  for (const rule of rules) engine.addRule(rule as never);
  const outcome = await engine.run(Object.fromEntries(facts));

  const reasonsById = new Map<string, Reason[]>();
  const fired = [...outcome.results].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const ruleResult of fired) {
    const id = (ruleResult.event?.params as { recommendation?: string } | undefined)
      ?.recommendation;
    if (id === undefined || !catalogById.has(id)) continue;
    const tree = (
      ruleResult.conditions as unknown as { toJSON(stringify: false): ConditionNode }
    ).toJSON(false);
    const reasons = reasonsById.get(id) ?? [];
    for (const comparison of heldComparisons(tree)) {
      const reason = {
        rule: String(ruleResult.name),
        fact: comparison.fact as string,
        operator: comparison.operator as RuleOperator,
        expected: comparison.value as RuleValue,
        actual: (comparison.factResult ?? null) as FactValue,
      };
      reasons.push({ ...reason, text: describeReason(reason, questionnaire, locale) });
    }
    reasonsById.set(id, reasons);
  }

  const chosen = [...reasonsById.keys()].map((id) => {
    const entry = catalogById.get(id) as Recommendation;
    const rating = ratings.get(id);
    return {
      entry,
      id,
      effect: rating?.effect ?? entry.effect,
      energy: rating?.energy ?? entry.energy,
      aspects: entry.aspects,
      rated: rating !== undefined,
    };
  });

  return orderByMatrix(chosen, result.aspects).map(
    ({ entry, effect, energy, rated }): RecommendedStep => {
      const startBy = addWeeksToDate(options.asOf, entry.startWithinWeeks);
      return {
        id: entry.id,
        title: entry.title[locale],
        description: entry.description[locale],
        rationale: entry.rationale[locale],
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
        evaluateOn: addWeeksToDate(startBy, entry.evaluateAfterWeeks),
        reasons: reasonsById.get(entry.id) ?? [],
      };
    },
  );
}
