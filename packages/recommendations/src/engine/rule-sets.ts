import { deepFreeze } from '@praktijkscan/model';
import { builtinRules } from '../rules/builtin';
import { type RecommendationRule, ruleLimits } from '../rules/types';
import { ruleLeaves, validateRules } from '../rules/validate';
import type { CompiledRules } from './compile';

/**
 * The rules one call runs (the built-in ones, plus a vendor's extra rules once validated), with
 * what is made of them once and kept: the facts they compare, idle json-rules-engine engines
 * holding them, and their compiled form. The built-in set is one; a set with extra rules is kept by
 * the extra rules' content (their JSON text), so repeated calls with the same rules validate,
 * build and compile nothing again.
 */
export interface RuleSet {
  readonly rules: readonly RecommendationRule[];
  /** The facts some rule compares, each once, in the order the rules name them. */
  readonly facts: ReadonlySet<string>;
  /** Engines (of whichever engine runs them) holding exactly these rules, each free to run. */
  readonly idleEngines: unknown[];
  compiled?: CompiledRules;
}

function ruleSetOf(rules: readonly RecommendationRule[]): RuleSet {
  const facts = new Set<string>();
  for (const rule of rules) for (const leaf of ruleLeaves(rule.conditions)) facts.add(leaf.fact);
  return { rules, facts, idleEngines: [] };
}

let builtinSet: RuleSet | undefined;

/** The built-in rules' set, made once. */
export function builtinRuleSet(): RuleSet {
  builtinSet ??= ruleSetOf(builtinRules);
  return builtinSet;
}

let builtinNames: ReadonlySet<string> | undefined;

/** Rule sets with extra rules, by the facts admitted (one set per questionnaire) and the rules' text. */
const setsByVocabulary = new WeakMap<ReadonlySet<string>, Map<string, RuleSet>>();
const maxKeptSets = 32;

/** How many rule sets with extra rules are kept for a vocabulary of facts (for the tests). */
export function keptRuleSets(facts: ReadonlySet<string>): number {
  return setsByVocabulary.get(facts)?.size ?? 0;
}

/**
 * The JSON text of a list of at most `maxExtraRules` rules, or `undefined`: for anything else, and
 * for a value that cannot be read (a Proxy or getter that throws), which `validateRules` then
 * reports with its typed error.
 */
function listText(extraRules: unknown): string | undefined {
  try {
    if (!Array.isArray(extraRules) || extraRules.length > ruleLimits.maxExtraRules)
      return undefined;
    const text = JSON.stringify(extraRules);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The rule set for a call: the built-in one without extra rules, else the built-in rules followed
 * by the extra rules as `validateRules` admits them, kept by their JSON text. `validateRules` copies
 * the rules through that same text, so equal texts give equal rules; rules that are not admissible
 * are never kept, and throw `RuleValidationError` on every call.
 */
export function ruleSetFor(
  extraRules: unknown,
  facts: ReadonlySet<string>,
  recommendations: ReadonlySet<string>,
): RuleSet {
  if (extraRules === undefined) return builtinRuleSet();
  builtinNames ??= new Set(builtinRules.map((rule) => rule.name));
  const vocabulary = { facts, recommendations, takenNames: builtinNames };
  const text = listText(extraRules);
  if (text === undefined) {
    // Not a list, or not JSON: validateRules says what is wrong (or, for no rules, admits them).
    const extra = validateRules(extraRules, vocabulary);
    return extra.length === 0 ? builtinRuleSet() : ruleSetOf([...builtinRules, ...extra]);
  }
  let kept = setsByVocabulary.get(facts);
  const known = kept?.get(text);
  if (known) return known;
  // The rules validated are those of the text, so a set is exactly what its key says, whatever
  // the value given does when read twice.
  const extra = validateRules(JSON.parse(text), vocabulary);
  const set =
    extra.length === 0 ? builtinRuleSet() : ruleSetOf(deepFreeze([...builtinRules, ...extra]));
  if (!kept) {
    kept = new Map();
    setsByVocabulary.set(facts, kept);
  }
  // A bounded number of sets: a service given ever new rules starts again rather than grow.
  if (kept.size >= maxKeptSets) kept.clear();
  kept.set(text, set);
  return set;
}
