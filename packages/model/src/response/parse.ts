import { answerScaleMax } from '../concepts/answer-scales';
import { bottleneckIds } from '../concepts/ids';
import { findQuestionnaireStructure, questionnaireStructures } from '../questionnaire/structures';
import type { QuestionnaireItemStructure, QuestionnaireStructure } from '../questionnaire/types';
import { boundedText } from '../shared/bounded-text';
import type { Locale } from '../shared/text';
import type { ValidationCode, ValidationParams } from './codes';
import { ResponseValidationError, toJsonPointer, type ValidationIssue } from './errors';
import { parseValidResponse } from './fast-parse';
import { responseLimits } from './limits';
import { en } from './messages/en';
import { nl } from './messages/nl';
import type { ExpectedKind, ValidationMessages } from './messages/types';
import { respondentRoleIds } from './respondent';
import { findDuplicates, responseSchema, responseSchemaFor } from './schema';
import type { PracticeResponse } from './types';

/** Options of `parseResponse` and its siblings. */
export interface ParseResponseOptions {
  /** The language of the messages; English by default. */
  readonly locale?: Locale;
  /**
   * Read the response against this questionnaire instead of a published one. The response must
   * name the same id and version.
   */
  readonly questionnaire?: QuestionnaireStructure;
}

/** The outcome of `safeParseResponse`: the typed response, or every problem. */
export type SafeParseResponseResult =
  | { readonly success: true; readonly data: PracticeResponse }
  | { readonly success: false; readonly error: ResponseValidationError };

type Path = (string | number)[];
interface RawIssue {
  code: ValidationCode;
  path: Path;
  params: ValidationParams;
  /** The value received, described in words when the message is built. */
  received?: { readonly value: unknown };
  /** What was expected, named in words when the message is built. */
  expected?: ExpectedKind;
}

const messagesByLocale: Readonly<Record<Locale, ValidationMessages>> = { en, nl };
// Keys that could reach an object's prototype when a consumer copies or merges the data.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function describeReceived(value: unknown, texts: ValidationMessages): string {
  // A function as the replacement, so that `$&` and the like in the value stay as they are.
  const fill = (template: string, text: string) =>
    template.replace('{value}', () => boundedText(text, 40));
  if (value === undefined) return texts.received.nothing;
  if (value === null) return texts.received.null;
  if (Array.isArray(value)) return texts.received.list;
  if (typeof value === 'object') return texts.received.object;
  if (typeof value === 'number') return fill(texts.received.number, String(value));
  if (typeof value === 'string') return fill(texts.received.text, value);
  return fill(texts.received.other, String(value));
}

const expectedKinds: Readonly<Record<string, ExpectedKind>> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  array: 'list',
  object: 'object',
  boolean: 'boolean',
};

/**
 * Copies the input without forbidden keys, reporting each, and stops at the size limits so that
 * no later step walks an unbounded structure. Own keys only: nothing on a prototype is read. Any
 * JavaScript value is read safely: every slot of an array counts against the limit (empty ones
 * too), an array is copied by index (never through its `constructor`), and a value that throws
 * when read (a getter, a revoked Proxy) is an `unreadable-value` problem at its path.
 */
function sanitize(input: unknown, issues: RawIssue[]): unknown {
  let nodes = 0;
  let tooLarge = false;
  // The path of the value being copied, one stack for the whole walk: an issue takes a copy of it,
  // so that no path array is made for a value that has no problem.
  const path: Path = [];
  const overLimit = (detail: string, at: Path) => {
    tooLarge = true;
    issues.push({ code: 'input-too-large', path: at, params: { detail } });
  };
  const copyArray = (value: readonly unknown[], depth: number): unknown[] => {
    const length = value.length;
    if (nodes + length > responseLimits.maxNodes) {
      overLimit(`more than ${responseLimits.maxNodes} values`, []);
      return [];
    }
    const result: unknown[] = [];
    for (let index = 0; index < length && !tooLarge; index += 1) {
      path.push(index);
      result.push(copyChild(() => value[index], depth));
      path.pop();
    }
    return result;
  };
  const copyObject = (value: object, depth: number): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    const keys = Object.keys(value);
    if (nodes + keys.length > responseLimits.maxNodes) {
      overLimit(`more than ${responseLimits.maxNodes} values`, []);
      return result;
    }
    for (const key of keys) {
      if (tooLarge) break;
      if (forbiddenKeys.has(key)) {
        issues.push({ code: 'forbidden-key', path: [...path, key], params: { key } });
        continue;
      }
      path.push(key);
      result[key] = copyChild(() => (value as Record<string, unknown>)[key], depth);
      path.pop();
    }
    return result;
  };
  // Reads one value and copies it; a read or a walk that throws is reported where it happened.
  const copyChild = (read: () => unknown, depth: number): unknown => {
    try {
      return copy(read(), depth + 1);
    } catch {
      issues.push({ code: 'unreadable-value', path: [...path], params: {} });
      return undefined;
    }
  };
  const copy = (value: unknown, depth: number): unknown => {
    if (tooLarge) return undefined;
    nodes += 1;
    if (nodes > responseLimits.maxNodes) {
      overLimit(`more than ${responseLimits.maxNodes} values`, []);
      return undefined;
    }
    if (value === null || typeof value !== 'object') return value;
    if (depth >= responseLimits.maxDepth) {
      overLimit(`nested deeper than ${responseLimits.maxDepth} levels`, [...path]);
      return undefined;
    }
    return Array.isArray(value) ? copyArray(value, depth) : copyObject(value, depth);
  };
  let result: unknown;
  try {
    result = copy(input, 0);
  } catch {
    issues.push({ code: 'unreadable-value', path: [], params: {} });
    return undefined;
  }
  return tooLarge ? undefined : result;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const dateFields = new Set(['completedOn', 'lastPracticeVisitOn', 'date']);
const textMaximum: Readonly<Record<string, number>> = {
  practiceId: responseLimits.maxPracticeIdLength,
  practiceName: responseLimits.maxPracticeNameLength,
  ownBottlenecks: responseLimits.maxOwnBottleneckLength,
  title: responseLimits.maxIdeaTitleLength,
  from: responseLimits.maxIdeaTitleLength,
  team: responseLimits.maxIdeaTitleLength,
};

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
  readonly expected?: string;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly params?: Record<string, unknown>;
}

function answerIssue(
  item: QuestionnaireItemStructure | undefined,
  itemId: string,
  value: unknown,
  path: Path,
): RawIssue {
  const params = {
    item: itemId,
    max: item ? answerScaleMax(item.scale) : 4,
    na: item?.allowsNotApplicable ? 1 : 0,
  };
  if (value === 'na') return { code: 'na-not-allowed', path, params };
  if (typeof value === 'number') return { code: 'answer-out-of-range', path, params };
  return { code: 'answer-wrong-type', path, params, received: { value } };
}

function mapZodIssue(
  issue: ZodIssueLike,
  input: unknown,
  questionnaire: QuestionnaireStructure | undefined,
): RawIssue[] {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)) as Path;
  const value = valueAt(input, path);
  const leaf = [...path].reverse().find((key) => typeof key === 'string');
  const questionnaireLabel = questionnaire ? `${questionnaire.id} ${questionnaire.version}` : '';

  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    return [
      { code: issue.params.code as ValidationCode, path, params: issue.params as ValidationParams },
    ];
  }
  if (issue.code === 'unrecognized_keys') {
    const isAnswers = path.length === 1 && path[0] === 'answers';
    return (issue.keys ?? []).map((key) =>
      isAnswers
        ? {
            code: 'unknown-item',
            path: [...path, key],
            params: { item: key, questionnaire: questionnaireLabel },
          }
        : { code: 'unknown-field', path: [...path, key], params: { key } },
    );
  }
  if (issue.code === 'invalid_key' && path[0] === 'answers' && path.length === 2) {
    // A key of the answers that is no item id at all (the questionnaire is unknown, so no list).
    return [{ code: 'invalid-id', path, params: { maximum: responseLimits.maxIdLength } }];
  }
  if (path[0] === 'answers' && path.length >= 2) {
    const itemId = String(path[1]);
    const item = questionnaire?.items.find((candidate) => candidate.id === itemId);
    return [answerIssue(item, itemId, valueAt(input, path.slice(0, 2)), path.slice(0, 2))];
  }
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return [{ code: 'missing-field', path, params: {} }];
  }
  if (leaf !== undefined && dateFields.has(leaf)) {
    return [
      {
        code: typeof value === 'string' ? 'invalid-date' : 'wrong-type',
        path,
        params: {},
        expected: 'date',
        received: { value },
      },
    ];
  }
  if (leaf === 'effect' || leaf === 'energy') {
    return [
      {
        code: 'rating-out-of-range',
        path,
        params: { field: leaf },
      },
    ];
  }
  const role = leaf === 'role'; // only a respondent has a role
  if (typeof value === 'string' && ((path[0] === 'bottlenecks' && path.length === 2) || role)) {
    return [
      {
        code: role ? 'unknown-role' : 'unknown-bottleneck',
        path,
        params: { value, known: (role ? respondentRoleIds : bottleneckIds).join(', ') },
      },
    ];
  }
  if (issue.code === 'too_big') {
    const maximum = Number(issue.maximum ?? 0);
    return [
      { code: issue.origin === 'array' ? 'too-many' : 'too-long', path, params: { maximum } },
    ];
  }
  if (issue.code === 'too_small') return [{ code: 'empty', path, params: {} }];
  if (issue.code === 'invalid_format' && typeof value === 'string' && value.trim() === '') {
    return [{ code: 'empty', path, params: {} }];
  }
  if (issue.code === 'invalid_format') {
    if (leaf === 'id' || (path[0] === 'questionnaire' && leaf === 'id')) {
      return [{ code: 'invalid-id', path, params: { maximum: responseLimits.maxIdLength } }];
    }
    return [{ code: 'invalid-text', path, params: {} }];
  }
  const inBottlenecks = path[0] === 'bottlenecks' && path.length === 2;
  // zod names no expected type for an enum: a bottleneck is an id, and so is a role (text).
  const expected: ExpectedKind = inBottlenecks
    ? 'bottleneck'
    : (expectedKinds[issue.expected ?? ''] ??
      (role || (leaf !== undefined && leaf in textMaximum) ? 'text' : 'object'));
  return [{ code: 'wrong-type', path, params: {}, expected, received: { value } }];
}

function resolveQuestionnaire(
  input: Record<string, unknown>,
  options: ParseResponseOptions,
  issues: RawIssue[],
): QuestionnaireStructure | undefined {
  const ref = input.questionnaire;
  if (ref === null || typeof ref !== 'object' || Array.isArray(ref)) return undefined;
  const { id, version } = ref as Record<string, unknown>;
  if (typeof id !== 'string' || typeof version !== 'string') return undefined;
  if (options.questionnaire) {
    const expected = options.questionnaire;
    if (expected.id !== id || expected.version !== version) {
      issues.push({
        code: 'questionnaire-mismatch',
        path: ['questionnaire'],
        params: { actual: `${id} ${version}`, expected: `${expected.id} ${expected.version}` },
      });
      return undefined;
    }
    return expected;
  }
  const found = findQuestionnaireStructure(id, version);
  if (found) return found;
  const sameId = questionnaireStructures.filter((candidate) => candidate.id === id);
  if (sameId.length === 0) {
    const known = [...new Set(questionnaireStructures.map((candidate) => candidate.id))].join(', ');
    issues.push({
      code: 'unknown-questionnaire',
      path: ['questionnaire', 'id'],
      params: { id, known },
    });
  } else {
    const known = sameId.map((candidate) => candidate.version).join(', ');
    issues.push({
      code: 'unknown-version',
      path: ['questionnaire', 'version'],
      params: { id, version, known },
    });
  }
  return undefined;
}

function resolveLocale(options: ParseResponseOptions): Locale {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('parseResponse options must be an object, e.g. { locale: "nl" }');
  }
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'nl') {
    throw new RangeError(
      // A text quoted in part, anything else named: a sparse array of 1e8 slots would otherwise
      // be written out whole.
      `parseResponse: locale must be "nl" or "en", got ${typeof locale === 'string' ? JSON.stringify(boundedText(locale)) : typeof locale}`,
    );
  }
  return locale;
}

function localizeIssue(issue: RawIssue, locale: Locale): ValidationIssue {
  const texts = messagesByLocale[locale];
  const described: Record<string, string | number> = {};
  if (issue.received) described.received = describeReceived(issue.received.value, texts);
  if (issue.expected) described.expected = texts.expected[issue.expected];
  if (issue.params.field === 'effect' || issue.params.field === 'energy')
    described.field = texts.fields[issue.params.field];
  // Texts taken from the input are quoted in part; `known` lists our own ids and stays whole.
  const bounded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params))
    bounded[name] = typeof value === 'string' && name !== 'known' ? boundedText(value) : value;
  const params: Record<string, string | number> = { ...bounded, ...described };
  if ('na' in params) params.na = params.na === 1 ? texts.notApplicableHint : '';
  const template = texts.messages[issue.code];
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  const { na: _hint, ...publicParams } = { ...bounded, ...described };
  return Object.freeze({
    code: issue.code,
    path: Object.freeze([...issue.path]),
    pointer: toJsonPointer(issue.path),
    message,
    params: Object.freeze(publicParams),
  });
}

/**
 * One issue per problem: where a value has the wrong type, further complaints about the same value
 * add nothing, and the same code at the same place is said once.
 */
function withoutEchoes(issues: RawIssue[]): RawIssue[] {
  const wrongType = new Set(
    issues
      .filter((issue) => issue.code === 'wrong-type' || issue.code === 'unreadable-value')
      .map((issue) => toJsonPointer(issue.path)),
  );
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const pointer = toJsonPointer(issue.path);
    if (issue.code !== 'wrong-type' && issue.code !== 'unreadable-value' && wrongType.has(pointer))
      return false;
    const key = `${issue.code} ${pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * At most `responseLimits.maxIssues` problems: past it, the first ones and an `input-too-large`
 * problem that says how many there were, so that no error grows with its input.
 */
function withinIssueLimit(issues: RawIssue[]): RawIssue[] {
  const limit = responseLimits.maxIssues;
  if (issues.length <= limit) return issues;
  return [
    ...issues.slice(0, limit - 1),
    {
      code: 'input-too-large',
      path: [],
      params: { detail: `${issues.length} problems, of which the first ${limit - 1} are listed` },
    },
  ];
}

/** Puts a parsed response in canonical form: fixed key order, answers in questionnaire order. */
function canonical(
  data: PracticeResponse,
  questionnaire: QuestionnaireStructure,
): PracticeResponse {
  const answers: Record<string, PracticeResponse['answers'][string]> = {};
  for (const item of questionnaire.items) {
    const answer = data.answers[item.id];
    if (answer !== undefined) answers[item.id] = answer;
  }
  const bottlenecks = bottleneckIds.filter((id) => data.bottlenecks.includes(id));
  return {
    questionnaire: { id: data.questionnaire.id, version: data.questionnaire.version },
    practiceId: data.practiceId,
    ...(data.practiceName === undefined ? {} : { practiceName: data.practiceName }),
    completedOn: data.completedOn,
    ...(data.lastPracticeVisitOn === undefined
      ? {}
      : { lastPracticeVisitOn: data.lastPracticeVisitOn }),
    // zod gives the respondent's keys in the schema's order: role, then id.
    ...(data.respondent && { respondent: { ...data.respondent } }),
    answers,
    bottlenecks,
    ownBottlenecks: [...data.ownBottlenecks],
    ideas: data.ideas.map((idea) => ({ ...idea })),
  };
}

/**
 * Freezes a response in canonical form, as `deepFreeze` would, without walking it: its shape is
 * known and every answer is a number or `'na'`. deepFreeze read each answer back by name from an
 * answers object whose shape is the practice's own, a fifth of parseResponseJson's time.
 */
function freezeCanonical(response: PracticeResponse): PracticeResponse {
  Object.freeze(response.questionnaire);
  if (response.respondent !== undefined) Object.freeze(response.respondent);
  Object.freeze(response.answers);
  Object.freeze(response.bottlenecks);
  Object.freeze(response.ownBottlenecks);
  for (const idea of response.ideas) Object.freeze(idea);
  Object.freeze(response.ideas);
  return Object.freeze(response);
}

/**
 * Validates a response and returns it typed and in canonical form, or every problem at once.
 * Never throws for any input. (Options are code, not input: an unknown `locale` throws a
 * `RangeError`.)
 *
 * @example
 * ```ts
 * import { safeParseResponse } from '@praktijkscan/model';
 * const result = safeParseResponse({ questionnaire: { id: 'praktijkscan', version: '1.0.0' } }, { locale: 'nl' });
 * result.success; // false
 * if (!result.success) result.error.issues.map((issue) => issue.pointer);
 * // ['/practiceId', '/completedOn', '/answers']
 * if (!result.success) result.error.issues[0]?.message; // 'Dit veld is verplicht.'
 * ```
 */
export function safeParseResponse(
  input: unknown,
  options: ParseResponseOptions = {},
): SafeParseResponseResult {
  const locale = resolveLocale(options);
  const fail = (issues: RawIssue[]): SafeParseResponseResult => ({
    success: false,
    error: new ResponseValidationError(
      withinIssueLimit(issues).map((issue) => localizeIssue(issue, locale)),
    ),
  });

  if (input === null || typeof input !== 'object') {
    return fail([{ code: 'not-an-object', path: [], params: {}, received: { value: input } }]);
  }
  let isList: boolean;
  try {
    isList = Array.isArray(input);
  } catch {
    // A revoked Proxy throws even when asked whether it is an array.
    return fail([{ code: 'unreadable-value', path: [], params: {} }]);
  }
  if (isList)
    return fail([{ code: 'not-an-object', path: [], params: {}, received: { value: [] } }]);
  const issues: RawIssue[] = [];
  const sanitized = sanitize(input, issues);
  if (sanitized === undefined) return fail(issues);

  const record = sanitized as Record<string, unknown>;
  const questionnaire = resolveQuestionnaire(record, options, issues);
  const schema = questionnaire ? responseSchemaFor(questionnaire) : responseSchema;
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Duplicates are found on the raw input below: zod's partial value misses invalid entries.
      if (issue.code === 'custom' && String(issue.params?.code).startsWith('duplicate-')) continue;
      issues.push(...mapZodIssue(issue as ZodIssueLike, record, questionnaire));
    }
    for (const finding of findDuplicates(record))
      issues.push({ ...finding, params: { ...finding.params } });
  }
  if (issues.length > 0 || !parsed.success || !questionnaire) return fail(withoutEchoes(issues));
  const data = freezeCanonical(canonical(parsed.data as PracticeResponse, questionnaire));
  parsedResponses.add(data);
  return { success: true, data };
}

// Responses this module validated: deep-frozen, so they are still valid when they come back.
const parsedResponses = new WeakSet<object>();

/**
 * Tells whether a value is a response returned by `parseResponse` (or its siblings), and so
 * known to be valid without validating it again. Such responses are deep-frozen.
 *
 * @example
 * ```ts
 * import { isParsedResponse, parseResponse } from '@praktijkscan/model';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * isParsedResponse(parseResponse(sampleHalfway)); // true
 * isParsedResponse({ ...sampleHalfway }); // false
 * ```
 */
export function isParsedResponse(value: unknown): value is PracticeResponse {
  return typeof value === 'object' && value !== null && parsedResponses.has(value);
}

/**
 * Validates a response and returns it typed and in canonical form (fixed key order, answers in
 * questionnaire order, defaults for left-out lists).
 *
 * @throws {ResponseValidationError} with every problem, each with its JSON path, a stable code
 * and a message in the locale asked for.
 * @example
 * ```ts
 * import { parseResponse } from '@praktijkscan/model';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * const response = parseResponse(JSON.parse(JSON.stringify(sampleHalfway)));
 * response.practiceId; // 'sample-rivierzicht'
 * ```
 */
export function parseResponse(
  input: unknown,
  options: ParseResponseOptions = {},
): PracticeResponse {
  const result = safeParseResponse(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Parses JSON text and validates it as a response, with the same errors as `parseResponse`
 * (plus `invalid-json`, and `input-too-large` above {@link responseLimits}`.maxJsonLength`).
 *
 * @throws {ResponseValidationError}
 * @example
 * ```ts
 * import { parseResponseJson } from '@praktijkscan/model';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * const text = JSON.stringify(sampleHalfway); // as read from a file or a request body
 * parseResponseJson(text).completedOn; // '2026-04-08'
 * ```
 */
export function parseResponseJson(
  text: string,
  options: ParseResponseOptions = {},
): PracticeResponse {
  const locale = resolveLocale(options);
  const fail = (code: ValidationCode, detail: string) =>
    new ResponseValidationError([localizeIssue({ code, path: [], params: { detail } }, locale)]);
  if (typeof text !== 'string') throw fail('invalid-json', 'the input is not text');
  if (text.length > responseLimits.maxJsonLength) {
    throw fail('input-too-large', `longer than ${responseLimits.maxJsonLength} characters`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw fail('invalid-json', error instanceof Error ? error.message : String(error));
  }
  // JSON text gives plain data, which the direct checker reads exactly as the zod path would: a
  // valid response is checked directly, without the sanitising copy and zod, which run only to
  // find the problems of an invalid one. Both accept the same responses with the same result
  // (test/fast-parse.test.ts). Only here, not in parseResponse: that keeps the checker out of the
  // browser bundles that parse objects, whose budget has no room for it (docs/performance.md).
  // The value is this call's own (JSON.parse made it), so the checker may keep its parts.
  const valid = parseValidResponse(value, options.questionnaire, true);
  if (valid !== undefined) {
    const data = freezeCanonical(valid);
    parsedResponses.add(data);
    return data;
  }
  return parseResponse(value, options);
}
