import {
  answerScaleMax,
  bottleneckIds,
  type PracticeResponse,
  type Questionnaire,
} from '@praktijkscan/model';
import type { RecommendationRule } from '@praktijkscan/recommendations';
import { type AspectScores, compileAspectBaseline } from './baseline-score';

// The plain pipeline: the same work as praktijkscan's, written as plain code would do it, as the
// baseline of the whole pipeline. It does less than ours, never more, so ratios against it are
// on the safe side: it validates the shape and ranges without messages, scores the six aspects
// only (not sections, themes, the INK phase, completeness), and evaluates the rules on facts
// worked out before timing (ours builds them); it writes no texts, no dates, no report.

const date = /^\d{4}-\d{2}-\d{2}$/;
const topKeys = new Set([
  'questionnaire',
  'practiceId',
  'practiceName',
  'completedOn',
  'lastPracticeVisitOn',
  'answers',
  'bottlenecks',
  'ownBottlenecks',
  'ideas',
]);
const knownBottlenecks: ReadonlySet<string> = new Set(bottleneckIds);

/** A hand-written validator: true for a response praktijkscan accepts (checked on the bench set). */
export function compilePlainValidator(questionnaire: Questionnaire) {
  const items = new Map(
    questionnaire.items.map((item) => [
      item.id,
      { max: answerScaleMax(item.scale), na: item.allowsNotApplicable === true },
    ]),
  );
  const isText = (value: unknown, max: number) =>
    typeof value === 'string' && value.length > 0 && value.length <= max && value.trim() !== '';
  return (value: unknown): value is PracticeResponse => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const response = value as Record<string, unknown>;
    for (const key in response) if (!topKeys.has(key)) return false;
    const ref = response.questionnaire as Record<string, unknown> | undefined;
    if (ref?.id !== questionnaire.id || ref.version !== questionnaire.version) return false;
    if (!isText(response.practiceId, 128)) return false;
    if (response.practiceName !== undefined && !isText(response.practiceName, 200)) return false;
    if (typeof response.completedOn !== 'string' || !date.test(response.completedOn)) return false;
    const visit = response.lastPracticeVisitOn;
    if (visit !== undefined && (typeof visit !== 'string' || !date.test(visit))) return false;
    const answers = response.answers as Record<string, unknown> | undefined;
    if (answers === null || typeof answers !== 'object') return false;
    for (const id in answers) {
      const item = items.get(id);
      const answer = answers[id];
      if (item === undefined) return false;
      if (
        answer === 'na'
          ? !item.na
          : !Number.isInteger(answer) || (answer as number) < 0 || (answer as number) > item.max
      )
        return false;
    }
    const bottlenecks = response.bottlenecks ?? [];
    if (!Array.isArray(bottlenecks) || new Set(bottlenecks).size !== bottlenecks.length)
      return false;
    for (const id of bottlenecks) if (!knownBottlenecks.has(id)) return false;
    const own = response.ownBottlenecks ?? [];
    if (!Array.isArray(own) || own.length > 20) return false;
    for (const text of own) if (!isText(text, 300)) return false;
    const ideas = response.ideas ?? [];
    if (!Array.isArray(ideas) || ideas.length > 100) return false;
    const ideaIds = new Set<string>();
    for (const idea of ideas) {
      if (idea === null || typeof idea !== 'object') return false;
      const { id, title, effect, energy } = idea as Record<string, unknown>;
      if (typeof id !== 'string' || ideaIds.has(id) || !isText(title, 200)) return false;
      if (!Number.isInteger(effect) || !Number.isInteger(energy)) return false;
      ideaIds.add(id);
    }
    return true;
  };
}

type Facts = readonly (number | string | boolean | null)[];

/**
 * The rules as plain predicates over an array of fact values: one closure per comparison, typed
 * comparisons, no engine. Returns the rules' fact names (the order of the array) and a function
 * giving the recommendations of the rules that fire.
 */
export function compilePlainRules(rules: readonly RecommendationRule[]) {
  const factIndex = new Map<string, number>();
  const indexOf = (fact: string) => {
    let index = factIndex.get(fact);
    if (index === undefined) {
      index = factIndex.size;
      factIndex.set(fact, index);
    }
    return index;
  };
  type Node = { all?: Node[]; any?: Node[]; fact?: string; operator?: string; value?: unknown };
  const compile = (node: Node): ((facts: Facts) => boolean) => {
    if (node.all) {
      const parts = node.all.map(compile);
      return (facts) => parts.every((part) => part(facts));
    }
    if (node.any) {
      const parts = node.any.map(compile);
      return (facts) => parts.some((part) => part(facts));
    }
    const index = indexOf(node.fact as string);
    const value = node.value as number;
    const list = node.value as readonly unknown[];
    switch (node.operator) {
      case 'equal':
        return (facts) => facts[index] === value;
      case 'notEqual':
        return (facts) => facts[index] !== value;
      case 'lessThan':
        return (facts) => typeof facts[index] === 'number' && (facts[index] as number) < value;
      case 'lessThanInclusive':
        return (facts) => typeof facts[index] === 'number' && (facts[index] as number) <= value;
      case 'greaterThan':
        return (facts) => typeof facts[index] === 'number' && (facts[index] as number) > value;
      case 'greaterThanInclusive':
        return (facts) => typeof facts[index] === 'number' && (facts[index] as number) >= value;
      case 'in':
        return (facts) => list.includes(facts[index]);
      case 'notIn':
        return (facts) => !list.includes(facts[index]);
      default:
        throw new Error(`operator ${node.operator}`);
    }
  };
  const compiled = rules.map((rule) => ({
    fires: compile(rule.conditions as Node),
    recommendation: rule.event.params.recommendation,
  }));
  return {
    facts: [...factIndex.keys()],
    run: (facts: Facts): string[] => {
      const fired: string[] = [];
      for (const rule of compiled) if (rule.fires(facts)) fired.push(rule.recommendation);
      return fired;
    },
  };
}

/** The plain pipeline of one practice: parse, validate, score the aspects, run the rules. */
export function compilePlainPipeline(
  questionnaire: Questionnaire,
  rules: readonly RecommendationRule[],
) {
  const validate = compilePlainValidator(questionnaire);
  const score = compileAspectBaseline(questionnaire);
  const plainRules = compilePlainRules(rules);
  return {
    ruleFacts: plainRules.facts,
    run: (text: string, facts: Facts): { aspects: AspectScores; fired: string[] } => {
      const value: unknown = JSON.parse(text);
      if (!validate(value)) throw new Error('the plain validator refuses a practice');
      return { aspects: score(value), fired: plainRules.run(facts) };
    },
  };
}
