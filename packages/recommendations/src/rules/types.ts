/**
 * The comparison operators a rule may use (json-rules-engine's standard ones, without `contains`).
 *
 * @example
 * ```ts
 * import { ruleOperators } from '@praktijkscan/recommendations';
 * ruleOperators.includes('lessThanInclusive'); // true
 * ```
 */
export const ruleOperators = Object.freeze([
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
] as const);

/** A comparison operator of a rule condition. */
export type RuleOperator = (typeof ruleOperators)[number];

/** A value a condition compares a fact with. */
export type RuleValue =
  | number
  | string
  | boolean
  | null
  | readonly (number | string | boolean | null)[];

/** One comparison: a fact, an operator and a value. */
export interface RuleLeaf {
  readonly fact: string;
  readonly operator: RuleOperator;
  readonly value: RuleValue;
}

/** Conditions: every one (`all`) or at least one (`any`) of nested conditions or comparisons. */
export type RuleConditions =
  | { readonly all: readonly (RuleLeaf | RuleConditions)[] }
  | { readonly any: readonly (RuleLeaf | RuleConditions)[] };

/** A rule in json-rules-engine's format, restricted to what praktijkscan admits. */
export interface RecommendationRule {
  /** Unique kebab-case name; reasons name the rule they come from. */
  readonly name: string;
  /** An integer 1..100; it only decides json-rules-engine's evaluation order, never the output order. */
  readonly priority: number;
  readonly conditions: RuleConditions;
  readonly event: {
    readonly type: 'recommend';
    readonly params: { readonly recommendation: string };
  };
}

/**
 * The limits on rules, built-in and extra alike.
 *
 * @example
 * ```ts
 * import { ruleLimits } from '@praktijkscan/recommendations';
 * ruleLimits.maxDepth; // 4
 * ```
 */
export const ruleLimits = Object.freeze({
  maxExtraRules: 200,
  maxDepth: 4,
  maxLeavesPerRule: 12,
  maxListLength: 50,
  maxNameLength: 80,
  maxStringValueLength: 200,
  /** Most problems one `RuleValidationError` lists: past it, the first 99 and one saying how many. */
  maxIssues: 100,
});
