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
  /** What a call reads of each compiled rule besides its result, in the order of `compiled.rules`. */
  compiledSteps?: readonly RuleStep[];
}

/** A rule's step as a call reads it: the step's place in the catalog, and whether the rule is built in. */
export interface RuleStep {
  /** Its index in `recommendationIds`; `undefined` for a recommendation the catalog lacks. */
  readonly at: number | undefined;
  readonly builtin: boolean;
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

/** The set found last for a vocabulary, with the JSON value of its rules' text. */
interface LastFound {
  readonly json: unknown;
  readonly set: RuleSet;
}
const lastByVocabulary = new WeakMap<ReadonlySet<string>, LastFound>();
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
 * Whether `JSON.stringify(given)` is certainly the text of `json`, a value `JSON.parse` made: the
 * same structure, keys in the same order, the same texts, numbers and booleans. Decided by walking
 * both, without writing the text: repeated calls with the same extra rules (a new copy each time)
 * then find their set without serialising and hashing them. Anything JSON.stringify would write
 * differently from how it reads here answers `false` (a `toJSON`, a value it leaves out or writes
 * as `null`, an object that is not plain), and the caller then compares the text itself: `false`
 * is always safe, `true` only where the texts are equal. A value that throws when read is `false`.
 */
export function writesAsJson(given: unknown, json: unknown): boolean {
  try {
    return sameAsJson(given, json);
  } catch {
    return false;
  }
}

function sameAsJson(given: unknown, json: unknown): boolean {
  if (json === null || typeof json !== 'object') return given === json;
  if (given === null || typeof given !== 'object' || (given as Plain).toJSON !== undefined)
    return false;
  const list = Array.isArray(json);
  if (list !== Array.isArray(given)) return false;
  if (list ? (given as unknown[]).length !== json.length : !isPlain(given)) return false;
  // Own keys in order, as JSON.stringify writes them (an array's indexes; a hole or a key beside
  // them makes the lists differ).
  const keys = Object.keys(given);
  const expected = Object.keys(json);
  return (
    keys.length === expected.length &&
    expected.every(
      (key, index) =>
        keys[index] === key && sameAsJson((given as Plain)[key], (json as Plain)[key]),
    )
  );
}

type Plain = Record<string, unknown>;

const isPlain = (value: object) => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

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
  // The same rules as the call before (a new copy of them, as a caller may make for every call):
  // that set, without writing and hashing their text. Only writesAsJson reads the value here: it
  // answers false for one that throws when read (a revoked Proxy throws even in Array.isArray).
  const last = lastByVocabulary.get(facts);
  if (last !== undefined && writesAsJson(extraRules, last.json)) return last.set;
  const vocabulary = { facts, recommendations, takenNames: builtinNames };
  const text = listText(extraRules);
  if (text === undefined) {
    // Not a list, or not JSON: validateRules says what is wrong (or, for no rules, admits them).
    const extra = validateRules(extraRules, vocabulary);
    return extra.length === 0 ? builtinRuleSet() : ruleSetOf([...builtinRules, ...extra]);
  }
  let kept = setsByVocabulary.get(facts);
  let set = kept?.get(text);
  if (!set) {
    // The rules validated are those of the text, so a set is exactly what its key says, whatever
    // the value given does when read twice.
    const extra = validateRules(JSON.parse(text), vocabulary);
    set =
      extra.length === 0 ? builtinRuleSet() : ruleSetOf(deepFreeze([...builtinRules, ...extra]));
    if (!kept) {
      kept = new Map();
      setsByVocabulary.set(facts, kept);
    }
    // A bounded number of sets: a service given ever new rules starts again rather than grow.
    if (kept.size >= maxKeptSets) kept.clear();
    kept.set(text, set);
  }
  lastByVocabulary.set(facts, { json: JSON.parse(text), set });
  return set;
}
