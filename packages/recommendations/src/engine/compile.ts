import type { FactValue } from '../facts/build';
import type { RecommendationRule, RuleOperator, RuleValue } from '../rules/types';

/**
 * json-rules-engine's comparison operators, with its semantics exactly: an operator first checks
 * the fact's value with its validator (the numeric ones: `Number.parseFloat(value)` is a number),
 * then compares with plain JavaScript (`===`, `<`, `indexOf`), coercions and all. The compiled
 * path must decide as the engine does, so these are copies of `engine-default-operators.js`, not
 * a stricter reading; the differential tests hold them to the engine. An operator a rule may use
 * (`ruleOperators`) but that is missing here makes compiling throw, and a test checks that every
 * admitted operator has an entry.
 */
const numeric = (value: unknown): boolean =>
  // For a number, parseFloat reads the number's own text back: NaN only for NaN (Infinity reads
  // as Infinity). Deciding that directly spares a number-to-text-to-number round trip per leaf.
  typeof value === 'number'
    ? !Number.isNaN(value)
    : Number.parseFloat(value as string).toString() !== 'NaN';

type Comparison = (fact: FactValue, value: RuleValue) => boolean;
type Listish = { indexOf(entry: unknown): number };

export const compiledComparisons: Readonly<Record<RuleOperator, Comparison>> = Object.freeze({
  equal: (fact, value) => fact === value,
  notEqual: (fact, value) => fact !== value,
  in: (fact, value) => (value as unknown as Listish).indexOf(fact) > -1,
  notIn: (fact, value) => (value as unknown as Listish).indexOf(fact) === -1,
  lessThan: (fact, value) => numeric(fact) && (fact as number) < (value as number),
  lessThanInclusive: (fact, value) => numeric(fact) && (fact as number) <= (value as number),
  greaterThan: (fact, value) => numeric(fact) && (fact as number) > (value as number),
  greaterThanInclusive: (fact, value) => numeric(fact) && (fact as number) >= (value as number),
});

/** One comparison of a compiled rule: its fact's slot, its place among the rule's comparisons. */
export interface CompiledComparison {
  readonly fact: string;
  readonly slot: number;
  readonly operator: RuleOperator;
  readonly value: RuleValue;
  /** Its place among all the rule's comparisons, in the order of the rule. */
  readonly place: number;
  readonly holds: (facts: readonly FactValue[]) => boolean;
}

/** A rule compiled into closures over a table of fact values (one slot per fact). */
export interface CompiledRule {
  readonly name: string;
  readonly recommendation: string;
  /** Whether the rule's conditions hold for the facts. */
  readonly fires: (facts: readonly FactValue[]) => boolean;
  /** Every comparison of the rule, in order: the held ones are the reasons when it fires. */
  readonly comparisons: readonly CompiledComparison[];
}

/** Rules compiled once: each fact a rule compares has a slot, the rules are in name order. */
export interface CompiledRules {
  readonly slotByFact: ReadonlyMap<string, number>;
  readonly facts: readonly string[];
  /** Sorted by name, as `recommend` reads the engine's results. */
  readonly rules: readonly CompiledRule[];
}

type Predicate = (facts: readonly FactValue[]) => boolean;

interface ConditionJson {
  readonly all?: readonly ConditionJson[];
  readonly any?: readonly ConditionJson[];
  readonly fact?: string;
  readonly operator?: string;
  readonly value?: RuleValue;
}

function compileNode(
  node: ConditionJson,
  slotOf: (fact: string) => number,
  comparisons: CompiledComparison[],
): Predicate {
  const keys = Object.keys(node);
  if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any')) {
    const children = (node.all ?? node.any) as readonly ConditionJson[];
    const parts = children.map((child) => compileNode(child, slotOf, comparisons));
    // json-rules-engine treats an empty list as holding, for `all` and `any` alike.
    if (parts.length === 0) return () => true;
    if (parts.length === 1) return parts[0] as Predicate;
    // Short-circuiting is safe: the comparisons are pure, and the reasons are read per comparison
    // afterwards (the engine evaluates every one of them, so each held one is a reason).
    if (keys[0] === 'all')
      return (facts) => {
        for (const part of parts) if (!part(facts)) return false;
        return true;
      };
    return (facts) => {
      for (const part of parts) if (part(facts)) return true;
      return false;
    };
  }
  const { fact, operator, value } = node;
  if (typeof fact !== 'string' || typeof operator !== 'string' || keys.some(notLeafKey))
    throw new Error(`cannot compile the condition ${JSON.stringify(node)}`);
  if (!Object.hasOwn(compiledComparisons, operator))
    throw new Error(`no compiled comparison for the operator "${operator}"`);
  const compare = compiledComparisons[operator as RuleOperator];
  const slot = slotOf(fact);
  const expected = value as RuleValue;
  const holds: Predicate = (facts) => compare(facts[slot] as FactValue, expected);
  comparisons.push({
    fact,
    slot,
    operator: operator as RuleOperator,
    value: expected,
    place: comparisons.length,
    holds,
  });
  return holds;
}

const notLeafKey = (key: string) => key !== 'fact' && key !== 'operator' && key !== 'value';

/**
 * Compiles validated rules (in json-rules-engine's format, as `validateRules` admits them) into
 * plain closures: no `eval`, no `new Function`, so it runs under a strict Content Security Policy.
 * Throws for a condition or operator it does not know, rather than decide differently from the
 * engine.
 */
export function compileRules(rules: readonly RecommendationRule[]): CompiledRules {
  const slotByFact = new Map<string, number>();
  const facts: string[] = [];
  const slotOf = (fact: string) => {
    let slot = slotByFact.get(fact);
    if (slot === undefined) {
      slot = facts.length;
      slotByFact.set(fact, slot);
      facts.push(fact);
    }
    return slot;
  };
  const compiled = rules.map((rule): CompiledRule => {
    const comparisons: CompiledComparison[] = [];
    const fires = compileNode(rule.conditions as ConditionJson, slotOf, comparisons);
    return {
      name: rule.name,
      recommendation: rule.event.params.recommendation,
      fires,
      comparisons,
    };
  });
  compiled.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { slotByFact, facts, rules: compiled };
}
