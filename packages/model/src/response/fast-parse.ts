import { answerScaleMax } from '../concepts/answer-scales';
import { bottleneckIds } from '../concepts/ids';
import { isDateInCalendarRange } from '../dates/calendar-range';
import { findQuestionnaireStructure } from '../questionnaire/structures';
import type { QuestionnaireStructure } from '../questionnaire/types';
import { responseLimits as limits } from './limits';
import { type Respondent, respondentRoleIds } from './respondent';
import { kebabCase, noControlCharacters } from './schema';
import type { Answer, ImprovementIdea, PracticeResponse } from './types';

// A direct checker of a response against one questionnaire: it accepts exactly the responses that
// the zod schema (`responseSchemaFor`, after the sanitising copy) accepts, and returns what
// `parseResponse` returns for them, in canonical form. It says nothing about an invalid response:
// `parseResponse` then runs the zod path, which finds every problem. A differential property test
// holds the two to the same verdict and the same output.

/** What is not a valid response: the caller falls back to the zod path. */
const invalid = undefined;

const nonSpace = /\S/;
// The zod path's date check, the same function: a date that exists, within the calendar range.
const isDate = isDateInCalendarRange;
const isText = (value: unknown, maximum: number): value is string =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= maximum &&
  noControlCharacters.test(value) &&
  nonSpace.test(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isRating = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= limits.maxIdLength && kebabCase.test(value);

/** Per questionnaire: each item's id, its largest answer and whether it allows "na". */
interface AnswerPlan {
  readonly byId: ReadonlyMap<
    string,
    { readonly max: number; readonly na: boolean; readonly index: number }
  >;
  readonly order: readonly string[];
}

const plans = new WeakMap<QuestionnaireStructure, AnswerPlan>();

function planOf(questionnaire: QuestionnaireStructure): AnswerPlan {
  let plan = plans.get(questionnaire);
  if (!plan) {
    plan = {
      byId: new Map(
        questionnaire.items.map((item, index) => [
          item.id,
          { max: answerScaleMax(item.scale), na: item.allowsNotApplicable === true, index },
        ]),
      ),
      order: questionnaire.items.map((item) => item.id),
    };
    // Only a frozen questionnaire keeps its plan: a custom one may still change.
    if (Object.isFrozen(questionnaire) && Object.isFrozen(questionnaire.items))
      plans.set(questionnaire, plan);
  }
  return plan;
}

// Keys the sanitising copy refuses anywhere, whatever the schema says.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const bottleneckOrder: ReadonlyMap<string, number> = new Map(
  bottleneckIds.map((id, index) => [id, index]),
);

function checkAnswers(
  value: unknown,
  questionnaire: QuestionnaireStructure,
  owned: boolean,
): Record<string, Answer> | undefined {
  if (!isRecord(value)) return invalid;
  const plan = planOf(questionnaire);
  // Whether the answers are already in canonical form: in questionnaire order, none `undefined`.
  let canonical = Object.getPrototypeOf(value) === Object.prototype;
  // Each key with its answer, read in the walk that gives the key. For an object of JSON.parse's
  // own, for...in is that walk: it gives the own keys (and an enumerable key inherited from a
  // polluted Object.prototype, which at worst sends the response to the zod path, or to the copy
  // below by own keys), and V8 reads each answer from where the walk found it, where reading 50
  // answers by name missed its caches for a shape each practice has of its own (about five times
  // slower). Anything else is read by its own keys, as the sanitising copy reads it.
  const keys: string[] = [];
  const given: unknown[] = [];
  if (owned)
    for (const key in value) {
      keys.push(key);
      given.push(value[key]);
    }
  else
    for (const key of Object.keys(value)) {
      keys.push(key);
      given.push(value[key]);
    }
  let last = -1;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const item = plan.byId.get(key);
    if (item === undefined || forbiddenKeys.has(key)) return invalid;
    if (item.index < last) canonical = false;
    last = item.index;
    const answer = given[index];
    if (answer === undefined) {
      canonical = false;
      continue;
    }
    if (answer === 'na') {
      if (!item.na) return invalid;
    } else if (!Number.isInteger(answer) || (answer as number) < 0 || (answer as number) > item.max)
      return invalid;
  }
  // An object of the caller's own that JSON.parse just made is the answers as they are, when
  // canonical: copying a hundred answers into a new object was most of this checker's time.
  if (owned && canonical) return value as Record<string, Answer>;
  // In questionnaire order, as the canonical form has them.
  const answers: Record<string, Answer> = {};
  for (const id of plan.order) {
    if (!Object.hasOwn(value, id)) continue;
    const answer = value[id];
    if (answer !== undefined) answers[id] = answer as Answer;
  }
  return answers;
}

const ideaTexts: Readonly<Record<string, number>> = {
  title: limits.maxIdeaTitleLength,
  from: limits.maxIdeaTitleLength,
  team: limits.maxIdeaTitleLength,
  problem: limits.maxIdeaTextLength,
  size: limits.maxIdeaTextLength,
  idea: limits.maxIdeaTextLength,
  yield: limits.maxIdeaTextLength,
  involve: limits.maxIdeaTextLength,
};
// The order of the schema's fields, which the parsed idea keeps.
const ideaFields = [
  'id',
  'title',
  'date',
  'from',
  'team',
  'problem',
  'size',
  'idea',
  'yield',
  'involve',
  'effect',
  'energy',
  'relatesTo',
] as const;

function checkIdea(value: unknown): ImprovementIdea | undefined {
  if (!isRecord(value)) return invalid;
  const seen: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'id') {
      if (!isId(field)) return invalid;
    } else if (key === 'relatesTo') {
      if (field !== undefined && !isId(field)) return invalid;
    } else if (key === 'effect' || key === 'energy') {
      if (!isRating(field)) return invalid;
    } else if (key === 'date') {
      if (field !== undefined && !isDate(field)) return invalid;
    } else if (Object.hasOwn(ideaTexts, key) && !forbiddenKeys.has(key)) {
      if (
        key === 'title'
          ? !isText(field, ideaTexts.title as number)
          : field !== undefined && !isText(field, ideaTexts[key] as number)
      )
        return invalid;
    } else return invalid;
    seen[key] = field;
  }
  if (!('id' in seen) || !('title' in seen) || !('effect' in seen) || !('energy' in seen))
    return invalid;
  const idea: Record<string, unknown> = {};
  // As zod's output: the schema's order, and an optional field given as `undefined` kept so.
  for (const field of ideaFields) if (Object.hasOwn(seen, field)) idea[field] = seen[field];
  return idea as unknown as ImprovementIdea;
}

function checkList<T>(
  value: unknown,
  maximum: number,
  check: (entry: unknown) => T | undefined,
): T[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > maximum) return invalid;
  const list: T[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const entry = check(value[index]);
    if (entry === undefined) return invalid;
    list.push(entry);
  }
  return list;
}

const respondentRoles: ReadonlySet<string> = new Set(respondentRoleIds);

/** The respondent as zod gives it: role, then an id (kept when given as `undefined`). */
function checkRespondent(value: unknown): Respondent | undefined {
  if (!isRecord(value)) return invalid;
  const keys = Object.keys(value);
  if (keys.some((key) => key !== 'role' && key !== 'id')) return invalid;
  const { role, id } = value;
  if (typeof role !== 'string' || !respondentRoles.has(role)) return invalid;
  if (id !== undefined && !isId(id)) return invalid;
  return (keys.includes('id') ? { role, id } : { role }) as Respondent;
}

const topFields = new Set([
  'questionnaire',
  'practiceId',
  'practiceName',
  'completedOn',
  'lastPracticeVisitOn',
  'respondent',
  'answers',
  'bottlenecks',
  'ownBottlenecks',
  'ideas',
]);

/**
 * The response in canonical form when it is valid against the questionnaire given, or else the
 * published one it names, else `undefined`: then the zod path decides, and says why. Reads own enumerable keys only, as the
 * sanitising copy does, and never changes the input.
 */
export function parseValidResponse(
  input: unknown,
  given: QuestionnaireStructure | undefined,
  owned = false,
): PracticeResponse | undefined {
  if (!isRecord(input)) return invalid;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!topFields.has(key)) return invalid;
    fields[key] = input[key];
  }
  const ref = fields.questionnaire;
  if (!isRecord(ref)) return invalid;
  const refKeys = Object.keys(ref);
  if (refKeys.some((key) => key !== 'id' && key !== 'version')) return invalid;
  const { id, version } = ref;
  if (!isId(id)) return invalid;
  if (typeof version !== 'string' || version.length > limits.maxIdLength) return invalid;
  const questionnaire = given ?? findQuestionnaireStructure(id, version);
  if (!questionnaire || questionnaire.id !== id || questionnaire.version !== version)
    return invalid;
  const { practiceId, practiceName, completedOn, lastPracticeVisitOn } = fields;
  if (!isText(practiceId, limits.maxPracticeIdLength)) return invalid;
  if (practiceName !== undefined && !isText(practiceName, limits.maxPracticeNameLength))
    return invalid;
  if (!isDate(completedOn)) return invalid;
  if (lastPracticeVisitOn !== undefined && !isDate(lastPracticeVisitOn)) return invalid;
  const respondent =
    fields.respondent === undefined ? undefined : checkRespondent(fields.respondent);
  if (fields.respondent !== undefined && !respondent) return invalid;
  const answers = checkAnswers(fields.answers, questionnaire, owned);
  if (!answers) return invalid;
  const seenBottlenecks = new Set<string>();
  const bottlenecks = checkList(fields.bottlenecks, bottleneckIds.length, (entry) => {
    if (typeof entry !== 'string' || !bottleneckOrder.has(entry) || seenBottlenecks.has(entry))
      return invalid;
    seenBottlenecks.add(entry);
    return entry;
  });
  if (!bottlenecks) return invalid;
  const ownBottlenecks = checkList(fields.ownBottlenecks, limits.maxOwnBottlenecks, (entry) =>
    isText(entry, limits.maxOwnBottleneckLength) ? entry : invalid,
  );
  if (!ownBottlenecks) return invalid;
  const ideaIds = new Set<string>();
  const ideas = checkList(fields.ideas, limits.maxIdeas, (entry) => {
    const idea = checkIdea(entry);
    if (!idea || ideaIds.has(idea.id)) return invalid;
    ideaIds.add(idea.id);
    return idea;
  });
  if (!ideas) return invalid;
  bottlenecks.sort(
    (a, b) => (bottleneckOrder.get(a) as number) - (bottleneckOrder.get(b) as number),
  );
  return {
    questionnaire: { id, version },
    practiceId,
    ...(practiceName === undefined ? {} : { practiceName: practiceName as string }),
    completedOn,
    ...(lastPracticeVisitOn === undefined ? {} : { lastPracticeVisitOn }),
    ...(respondent === undefined ? {} : { respondent }),
    answers,
    bottlenecks: bottlenecks as PracticeResponse['bottlenecks'],
    ownBottlenecks,
    ideas,
  };
}
