import { boundedText } from '@praktijkscan/model';
import {
  type RecommendationRule,
  type RuleConditions,
  type RuleLeaf,
  ruleLimits,
  ruleOperators,
} from './types';

/** One problem in a rule: which rule, where in it, and what. */
export interface RuleIssue {
  /** The rule's name where it has a usable one, else its index in the list. */
  readonly rule: string | number;
  /** The path inside the rule, e.g. `['conditions', 'all', 0, 'fact']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Thrown when rules are not admissible: every problem at once, each naming the rule and the field.
 *
 * @example
 * ```ts
 * import { validateRules, RuleValidationError } from '@praktijkscan/recommendations';
 * try {
 *   validateRules([{ name: 'x' }], { facts: new Set(), recommendations: new Set() });
 * } catch (error) {
 *   if (error instanceof RuleValidationError) error.issues.map((issue) => issue.path.join('.'));
 *   // ['priority', 'conditions', 'event']
 * }
 * ```
 */
export class RuleValidationError extends Error {
  override readonly name = 'RuleValidationError';
  readonly issues: readonly RuleIssue[];
  constructor(issues: readonly RuleIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map(
        (issue) =>
          `rule ${JSON.stringify(issue.rule)} at ${boundedText(issue.path.join('.')) || '(rule)'}: ${issue.message}`,
      )
      .join('\n  ');
    const more = issues.length > 5 ? `\n  … and ${issues.length - 5} more` : '';
    super(
      `Invalid recommendation rules (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n  ${shown}${more}`,
    );
    this.issues = Object.freeze([...issues]);
  }
}

/** What rules may refer to. */
export interface RuleVocabulary {
  /** Fact names rules may use. */
  readonly facts: ReadonlySet<string>;
  /** Recommendation ids rules may name. */
  readonly recommendations: ReadonlySet<string>;
  /** Rule names already taken (the built-in ones, when checking extra rules). */
  readonly takenNames?: ReadonlySet<string>;
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const operators: ReadonlySet<string> = new Set(ruleOperators);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function describeSafely(value: unknown): string {
  try {
    return describe(value);
  } catch {
    return 'a value that cannot be read';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** A value for a message: a text quoted (at most 100 characters of it), anything else named. */
function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(boundedText(value)) : describe(value);
}

/** Most values (objects, arrays and scalars) one call copies; far beyond any admissible rules. */
const maxCopiedValues = 100_000;
/** Deepest nesting copied; admissible conditions nest at most `ruleLimits.maxDepth` levels. */
const maxCopiedDepth = 64;

/**
 * A private copy of the rules as they are, value for value: no JSON round trip, which would turn
 * `NaN` and `Infinity` into `null` (and so into admissible values), drop functions and call
 * `toJSON`. Arrays are copied by index, objects by their own enumerable keys; what cannot be read
 * (a getter that throws, a revoked Proxy) or is too large is refused with one issue.
 */
function copyRules(input: readonly unknown[]): unknown[] {
  let values = 0;
  const refuse = (message: string): never => {
    throw new RuleValidationError([{ rule: 0, path: [], message }]);
  };
  const copy = (value: unknown, depth: number): unknown => {
    values += 1;
    if (values > maxCopiedValues) refuse(`the rules hold more than ${maxCopiedValues} values`);
    if (value === null || typeof value !== 'object') return value;
    if (depth > maxCopiedDepth) refuse(`the rules nest deeper than ${maxCopiedDepth} levels`);
    if (Array.isArray(value)) {
      const length = value.length;
      if (values + length > maxCopiedValues)
        refuse(`the rules hold more than ${maxCopiedValues} values`);
      const result: unknown[] = [];
      for (let index = 0; index < length; index += 1) result.push(copy(value[index], depth + 1));
      return result;
    }
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // Defined as own data, so that a key "__proto__" stays a key and reaches no prototype.
      Object.defineProperty(result, key, {
        value: copy((value as Record<string, unknown>)[key], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  };
  try {
    return copy(input, 0) as unknown[];
  } catch (error) {
    if (error instanceof RuleValidationError) throw error;
    return refuse(
      'rules must be plain data: a value cannot be read (a getter that throws, a revoked Proxy)',
    );
  }
}

function checkKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  report: (path: (string | number)[], message: string) => void,
  path: (string | number)[],
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const why =
        key === 'path' || key === 'params'
          ? `"${key}" is not admitted (no JSONPath, no fact parameters)`
          : `unknown field ${quote(key)}; allowed: ${allowed.join(', ')}`;
      report([...path, key], why);
    }
  }
}

function checkScalar(value: unknown): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length <= ruleLimits.maxStringValueLength;
}

function checkConditions(
  node: unknown,
  path: (string | number)[],
  depth: number,
  vocabulary: RuleVocabulary,
  report: (path: (string | number)[], message: string) => void,
  leaves: { count: number },
): void {
  if (!isPlainObject(node)) {
    report(path, `expected an object with "all" or "any", got ${describe(node)}`);
    return;
  }
  if ('fact' in node || 'operator' in node) {
    leaves.count += 1;
    checkKeys(node, ['fact', 'operator', 'value'], report, path);
    if (typeof node.fact !== 'string' || !vocabulary.facts.has(node.fact)) {
      report([...path, 'fact'], `unknown fact ${quote(node.fact)}`);
    }
    if (typeof node.operator !== 'string' || !operators.has(node.operator)) {
      report(
        [...path, 'operator'],
        `unknown operator ${quote(node.operator)}; allowed: ${ruleOperators.join(', ')}`,
      );
    }
    if (!('value' in node)) report([...path, 'value'], 'a value is required');
    const { value } = node;
    const listOperator = node.operator === 'in' || node.operator === 'notIn';
    if (isPlainObject(value)) {
      report([...path, 'value'], 'a value may not be an object (no fact references)');
    } else if (Array.isArray(value)) {
      if (!listOperator) report([...path, 'value'], `a list is only allowed with "in" and "notIn"`);
      if (value.length > ruleLimits.maxListLength)
        report([...path, 'value'], `at most ${ruleLimits.maxListLength} values`);
      // Past the limit, which is reported, the entries are not checked one by one.
      else
        value.forEach((entry, index) => {
          if (!checkScalar(entry))
            report([...path, 'value', index], 'a list holds numbers, texts, booleans or null only');
        });
    } else if (listOperator) {
      report([...path, 'value'], `"${String(node.operator)}" needs a list`);
    } else if ('value' in node && !checkScalar(value)) {
      report([...path, 'value'], 'expected a number, text, boolean or null');
    }
    return;
  }
  const keys = Object.keys(node);
  const kind = keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any') ? keys[0] : undefined;
  if (!kind) {
    report(
      path,
      `expected exactly one of "all" or "any" (or a comparison), got ${boundedText(keys.map((key) => `"${key}"`).join(', ')) || 'nothing'}`,
    );
    return;
  }
  if (depth > ruleLimits.maxDepth) {
    report(path, `conditions nest deeper than ${ruleLimits.maxDepth} levels`);
    return;
  }
  const children = node[kind];
  if (!Array.isArray(children) || children.length === 0) {
    report([...path, kind], 'expected a non-empty list of conditions');
    return;
  }
  if (children.length > ruleLimits.maxLeavesPerRule) {
    // More entries than a rule may have comparisons: reported once, not entry by entry.
    report(
      [...path, kind],
      `at most ${ruleLimits.maxLeavesPerRule} comparisons per rule, found a list of ${children.length} conditions`,
    );
    return;
  }
  children.forEach((child, index) => {
    checkConditions(child, [...path, kind, index], depth + 1, vocabulary, report, leaves);
  });
}

/**
 * Checks rules against praktijkscan's restricted rule format and returns them typed. Rules from
 * outside are untrusted: only known facts, the standard comparison operators, integer priorities
 * 1..100, bounded depth and size, no `path`, no `params`, no fact references in values or event
 * params. JSONPath is never evaluated.
 *
 * @throws {RuleValidationError} with every problem, each naming the rule and the field.
 * @example
 * ```ts
 * import { validateRules } from '@praktijkscan/recommendations';
 * const rules = validateRules(
 *   [{ name: 'portal-unused', priority: 10, conditions: { all: [{ fact: 'usage.patient-portal', operator: 'lessThanInclusive', value: 1 }] }, event: { type: 'recommend', params: { recommendation: 'inform-patients-about-channels' } } }],
 *   { facts: new Set(['usage.patient-portal']), recommendations: new Set(['inform-patients-about-channels']) },
 * );
 * rules.map((rule) => rule.name); // ['portal-unused']
 * ```
 */
export function validateRules(input: unknown, vocabulary: RuleVocabulary): RecommendationRule[] {
  try {
    return validateReadable(input, vocabulary);
  } catch (error) {
    if (error instanceof RuleValidationError) throw error;
    throw new RuleValidationError([
      {
        rule: 0,
        path: [],
        message: 'the rules cannot be read (a getter that throws, a revoked Proxy)',
      },
    ]);
  }
}

function validateReadable(input: unknown, vocabulary: RuleVocabulary): RecommendationRule[] {
  let isList: boolean;
  try {
    isList = Array.isArray(input);
  } catch {
    isList = false; // a revoked Proxy
  }
  if (!isList) {
    throw new RuleValidationError([
      { rule: 0, path: [], message: `expected a list of rules, got ${describeSafely(input)}` },
    ]);
  }
  const list = input as readonly unknown[];
  if (list.length > ruleLimits.maxExtraRules) {
    throw new RuleValidationError([
      { rule: 0, path: [], message: `at most ${ruleLimits.maxExtraRules} rules` },
    ]);
  }
  // Validate and keep a private copy, so that nothing the caller holds can change it afterwards.
  const rules = copyRules(list);
  const issues: RuleIssue[] = [];
  let problems = 0;
  const names = new Set<string>(vocabulary.takenNames ?? []);
  rules.forEach((rule, index) => {
    const label: string | number =
      isPlainObject(rule) &&
      typeof rule.name === 'string' &&
      rule.name.length <= ruleLimits.maxNameLength
        ? rule.name
        : index;
    // At most ruleLimits.maxIssues problems are listed; the last says how many there were.
    const report = (path: (string | number)[], message: string) => {
      problems += 1;
      if (issues.length < ruleLimits.maxIssues - 1) issues.push({ rule: label, path, message });
    };
    if (!isPlainObject(rule)) {
      report([], `expected a rule object, got ${describe(rule)}`);
      return;
    }
    checkKeys(rule, ['name', 'priority', 'conditions', 'event'], report, []);
    if (
      typeof rule.name !== 'string' ||
      !kebabCase.test(rule.name) ||
      rule.name.length > ruleLimits.maxNameLength
    ) {
      report(
        ['name'],
        `a rule needs a kebab-case name of at most ${ruleLimits.maxNameLength} characters`,
      );
    } else if (names.has(rule.name)) {
      report(['name'], `the name ${quote(rule.name)} is already taken`);
    } else {
      names.add(rule.name);
    }
    if (
      !Number.isInteger(rule.priority) ||
      (rule.priority as number) < 1 ||
      (rule.priority as number) > 100
    ) {
      report(['priority'], 'the priority must be an integer from 1 to 100');
    }
    const leaves = { count: 0 };
    checkConditions(rule.conditions, ['conditions'], 1, vocabulary, report, leaves);
    if (leaves.count > ruleLimits.maxLeavesPerRule) {
      report(
        ['conditions'],
        `at most ${ruleLimits.maxLeavesPerRule} comparisons per rule, found ${leaves.count}`,
      );
    }
    const { event } = rule;
    if (!isPlainObject(event)) {
      report(['event'], 'expected { "type": "recommend", "params": { "recommendation": "<id>" } }');
      return;
    }
    checkKeys(event, ['type', 'params'], report, ['event']);
    if (event.type !== 'recommend') report(['event', 'type'], 'the event type must be "recommend"');
    if (!isPlainObject(event.params)) {
      report(['event', 'params'], 'expected { "recommendation": "<id>" }');
      return;
    }
    checkKeys(event.params, ['recommendation'], report, ['event', 'params']);
    const id = event.params.recommendation;
    if (typeof id !== 'string' || !vocabulary.recommendations.has(id)) {
      report(['event', 'params', 'recommendation'], `unknown recommendation ${quote(id)}`);
    }
  });
  if (problems > issues.length)
    issues.push({
      rule: 0,
      path: [],
      message: `${problems} problems, of which the first ${issues.length} are listed`,
    });
  if (issues.length > 0) throw new RuleValidationError(issues);
  return rules as RecommendationRule[];
}

/**
 * Every comparison of a rule's conditions, in order.
 *
 * @example
 * ```ts
 * import { builtinRules, ruleLeaves } from '@praktijkscan/recommendations';
 * builtinRules[3]!.name; // 'weigh-added-value-first-when-weak'
 * ruleLeaves(builtinRules[3]!.conditions).map((leaf) => leaf.fact);
 * // ['answer.added-value-proven', 'answer.professional-control']
 * ```
 */
export function ruleLeaves(conditions: RuleConditions): RuleLeaf[] {
  const children = 'all' in conditions ? conditions.all : conditions.any;
  return children.flatMap((child) => ('fact' in child ? [child] : ruleLeaves(child)));
}
