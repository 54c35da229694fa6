import {
  type Answer,
  answerScaleMax,
  findQuestionnaireStructure,
  type ImprovementIdea,
  type PracticeResponse,
  parseResponse,
  type QuestionnaireStructure,
  respondentRoleIds,
  responseLimits,
  safeParseResponse,
  toJsonPointer,
} from '@praktijkscan/model';
import { ScoreOptionsError } from '../options/options';
import { TeamInputError, type TeamIssue, type TeamIssueCode } from './errors';
import { en } from './messages/en';
import { nl } from './messages/nl';
import type {
  CombineOptions,
  ItemAgreement,
  RespondentAnswer,
  TeamCombination,
  TeamRespondent,
} from './types';

/**
 * The defaults of the discussion thresholds: an item with a 0..4 scale is to discuss where the
 * answers lie 2 points or more apart; a yes/no item where anyone disagrees.
 *
 * @example
 * ```ts
 * import { defaultDiscussThresholds } from '@praktijkscan/scoring';
 * defaultDiscussThresholds.spreadToDiscuss; // 2
 * ```
 */
export const defaultDiscussThresholds = /* @__PURE__ */ Object.freeze({
  spreadToDiscuss: 2,
  yesNoSpreadToDiscuss: 1,
});

/**
 * The most responses one team scan combines: more than any practice team has members, and a
 * bound on the work one call does.
 *
 * @example
 * ```ts
 * import { maxTeamResponses } from '@praktijkscan/scoring';
 * maxTeamResponses; // 50
 * ```
 */
export const maxTeamResponses = 50;

const knownOptions = /* @__PURE__ */ new Set([
  'spreadToDiscuss',
  'yesNoSpreadToDiscuss',
  'questionnaire',
  'locale',
]);
const combinations = /* @__PURE__ */ new WeakSet<object>();

function resolveOptions(options: CombineOptions) {
  if (options === null || typeof options !== 'object')
    throw new ScoreOptionsError('options', 'expected an object');
  for (const key of Object.keys(options))
    if (!knownOptions.has(key)) throw new ScoreOptionsError(key, 'unknown option');
  const threshold = (name: keyof typeof defaultDiscussThresholds) => {
    const value = options[name] ?? defaultDiscussThresholds[name];
    if (!Number.isSafeInteger(value) || value < 1)
      throw new ScoreOptionsError(
        name,
        `expected a whole number of at least 1, got ${String(value)}`,
      );
    return value;
  };
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'nl')
    throw new ScoreOptionsError('locale', `expected "nl" or "en", got ${JSON.stringify(locale)}`);
  return {
    thresholds: {
      spreadToDiscuss: threshold('spreadToDiscuss'),
      yesNoSpreadToDiscuss: threshold('yesNoSpreadToDiscuss'),
    },
    locale,
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The fixed order of the members: role as the model lists them, then id, then the response itself. */
function canonicalOrder(responses: readonly PracticeResponse[]): PracticeResponse[] {
  const keyed = responses.map((response) => ({
    response,
    role: respondentRoleIds.indexOf(response.respondent?.role ?? 'other'),
    id: response.respondent?.id ?? '',
    text: JSON.stringify(response),
  }));
  keyed.sort((a, b) => a.role - b.role || compareText(a.id, b.id) || compareText(a.text, b.text));
  return keyed.map((entry) => entry.response);
}

function respondentsOf(ordered: readonly PracticeResponse[]): TeamRespondent[] {
  const perRole = new Map<string, number>();
  for (const response of ordered) {
    const role = response.respondent?.role ?? 'other';
    perRole.set(role, (perRole.get(role) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return ordered.map((response) => {
    const role = response.respondent?.role ?? 'other';
    const number = (perRole.get(role) ?? 0) > 1 ? (seen.get(role) ?? 0) + 1 : null;
    seen.set(role, number ?? 1);
    return {
      key: number === null ? role : `${role}-${number}`,
      role,
      number,
      id: response.respondent?.id ?? null,
      response,
    };
  });
}

/**
 * The team's answer to one item: missing where nobody answered; "na" where more than half of
 * those who answered said "na"; otherwise the lower median of the values given.
 */
function combineAnswers(answers: readonly (Answer | null)[]): Answer | null {
  const given = answers.filter((answer): answer is Answer => answer !== null);
  if (given.length === 0) return null;
  const values = given.filter((answer): answer is number => answer !== 'na').sort((a, b) => a - b);
  if (2 * (given.length - values.length) > given.length) return 'na';
  return values[Math.floor((values.length - 1) / 2)] as number;
}

function spreadOf(answers: readonly (Answer | null)[], max: number): number | null {
  const given = answers.filter((answer): answer is Answer => answer !== null);
  if (given.length === 0) return null;
  const values = given.filter((answer): answer is number => answer !== 'na');
  if (values.length === 0) return 0;
  if (values.length < given.length) return max;
  return Math.max(...values) - Math.min(...values);
}

function agreementOf(
  questionnaire: QuestionnaireStructure,
  respondents: readonly TeamRespondent[],
  thresholds: TeamCombination['thresholds'],
): ItemAgreement[] {
  return questionnaire.items.map((item) => {
    const max = answerScaleMax(item.scale);
    const answers: RespondentAnswer[] = respondents.map((respondent) => ({
      respondent: respondent.key,
      role: respondent.role,
      answer: respondent.response.answers[item.id] ?? null,
    }));
    const values = answers.map((entry) => entry.answer);
    const spread = spreadOf(values, max);
    const threshold = max === 1 ? thresholds.yesNoSpreadToDiscuss : thresholds.spreadToDiscuss;
    return {
      item: item.id,
      scale: item.scale,
      scored: item.scored,
      combined: combineAnswers(values),
      answered: values.filter((answer) => answer !== null).length,
      notApplicable: values.filter((answer) => answer === 'na').length,
      missing: values.filter((answer) => answer === null).length,
      answers,
      spread,
      toDiscuss: spread !== null && spread >= threshold,
    };
  });
}

/** The most frequent value, ties to the first in code-point order; `undefined` where none is given. */
function mostFrequent(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values)
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) {
    const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== undefined && value < best))
      best = value;
  }
  return best;
}

function latest(values: readonly (string | undefined)[]): string | undefined {
  return values.reduce<string | undefined>(
    (found, value) =>
      value !== undefined && (found === undefined || value > found) ? value : found,
    undefined,
  );
}

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function mergeOwnBottlenecks(ordered: readonly PracticeResponse[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const response of ordered) {
    for (const text of response.ownBottlenecks) {
      const key = normalised(text);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(text);
    }
  }
  return merged;
}

/**
 * The ideas of every member, each once: the same idea (equal in every field) is kept once; a
 * different idea that happens to have an id already taken gets the id with `-2`, `-3`, … added.
 */
function mergeIdeas(ordered: readonly PracticeResponse[]): ImprovementIdea[] {
  const seenIdeas = new Set<string>();
  const usedIds = new Set<string>();
  const merged: ImprovementIdea[] = [];
  for (const response of ordered) {
    for (const idea of response.ideas) {
      const text = JSON.stringify(idea);
      if (seenIdeas.has(text)) continue;
      seenIdeas.add(text);
      let id = idea.id;
      for (let suffix = 2; usedIds.has(id); suffix += 1) {
        const tail = `-${suffix}`;
        id = `${idea.id.slice(0, responseLimits.maxIdLength - tail.length).replace(/-+$/, '')}${tail}`;
      }
      usedIds.add(id);
      merged.push(id === idea.id ? idea : { ...idea, id });
    }
  }
  return merged;
}

function issue(
  code: TeamIssue['code'],
  index: number | null,
  path: readonly (string | number)[],
  message: string,
): TeamIssue {
  return { code, index, path, pointer: toJsonPointer(path), message };
}

function message(
  locale: 'nl' | 'en',
  code: TeamIssueCode,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return (locale === 'nl' ? nl : en)[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Validates the list and each response; every problem, or the parsed responses. */
function parseTeam(
  input: unknown,
  options: CombineOptions,
  locale: 'nl' | 'en',
): { responses: PracticeResponse[]; questionnaire: QuestionnaireStructure } {
  if (!Array.isArray(input))
    throw new TeamInputError([issue('not-a-list', null, [], message(locale, 'not-a-list'))]);
  const count = input.length;
  if (count < 2)
    throw new TeamInputError([
      issue('too-few-responses', null, [], message(locale, 'too-few-responses', { count })),
    ]);
  if (count > maxTeamResponses)
    throw new TeamInputError([
      issue(
        'too-many-responses',
        null,
        [],
        message(locale, 'too-many-responses', { count, maximum: maxTeamResponses }),
      ),
    ]);
  const issues: TeamIssue[] = [];
  const parsed: (PracticeResponse | undefined)[] = input.map((entry: unknown, index) => {
    const result = safeParseResponse(entry, {
      locale,
      ...(options.questionnaire ? { questionnaire: options.questionnaire } : {}),
    });
    if (result.success) return result.data;
    for (const problem of result.error.issues)
      issues.push(issue(problem.code, index, [index, ...problem.path], problem.message));
    return undefined;
  });
  // Compared on the raw input, so that a version no longer published is named as another version too.
  const refOf = (entry: unknown) => {
    const ref = (entry as { questionnaire?: { id?: unknown; version?: unknown } } | null)
      ?.questionnaire;
    return typeof ref?.id === 'string' && typeof ref.version === 'string'
      ? `${ref.id} ${ref.version}`
      : undefined;
  };
  const expected = refOf(input[0]);
  input.forEach((entry: unknown, index) => {
    const actual = refOf(entry);
    if (index === 0 || expected === undefined || actual === undefined || actual === expected)
      return;
    issues.push(
      issue(
        'other-questionnaire',
        index,
        [index, 'questionnaire'],
        message(locale, 'other-questionnaire', { actual, expected }),
      ),
    );
  });
  const first = parsed[0];
  const idsSeen = new Map<string, number>();
  parsed.forEach((response, index) => {
    if (!response) return;
    if (!response.respondent) {
      issues.push(
        issue(
          'missing-respondent',
          index,
          [index, 'respondent'],
          message(locale, 'missing-respondent'),
        ),
      );
    } else if (response.respondent.id !== undefined) {
      const id = response.respondent.id;
      const firstIndex = idsSeen.get(id);
      if (firstIndex === undefined) idsSeen.set(id, index);
      else
        issues.push(
          issue(
            'duplicate-respondent-id',
            index,
            [index, 'respondent', 'id'],
            message(locale, 'duplicate-respondent-id', { id, first: firstIndex }),
          ),
        );
    }
    if (!first || index === 0) return;
    if (response.practiceId !== first.practiceId)
      issues.push(
        issue(
          'other-practice',
          index,
          [index, 'practiceId'],
          message(locale, 'other-practice', {
            actual: response.practiceId,
            expected: first.practiceId,
          }),
        ),
      );
  });
  if (issues.length > 0 || !first) throw new TeamInputError(issues);
  const questionnaire =
    options.questionnaire ??
    findQuestionnaireStructure(first.questionnaire.id, first.questionnaire.version);
  // parseResponse found it for every response, so it is there.
  if (!questionnaire) throw new TeamInputError([]);
  return { responses: parsed as PracticeResponse[], questionnaire };
}

/**
 * Combines the responses of several members of one practice into one team response, and says per
 * item how far they agree. Deterministic and independent of the order of the responses.
 *
 * The team's answer per item: missing where nobody answered; `"na"` where more than half of those
 * who answered said `"na"`; otherwise the **lower median** of the values given (on yes/no: "yes"
 * only where more than half say yes). The header: the practice id (the same in all), the practice
 * name most often given, the latest completion date, the latest known practice visit; bottlenecks,
 * own bottlenecks and ideas of all members, each once. The team response names no respondent.
 *
 * An item is **to discuss** where its spread reaches `spreadToDiscuss` (default 2) on a 0..4 scale,
 * or `yesNoSpreadToDiscuss` (default 1: any disagreement) on a yes/no item.
 *
 * @throws {TeamInputError} for fewer than 2 or more than 50 responses, an invalid response,
 * a response without respondent, a repeated respondent id, or responses of different practices
 * or questionnaire versions: every problem, each with the index of its response and its path.
 * @throws {ScoreOptionsError} for an invalid option.
 * @example
 * ```ts
 * import { sampleTeam } from '@praktijkscan/model/samples';
 * import { combineResponses } from '@praktijkscan/scoring';
 *
 * const team = combineResponses(sampleTeam);
 * team.response.answers['digital-flows-connected']; // 1 (the lower median of 4, 3, 1 and 1)
 * team.agreement.filter((item) => item.toDiscuss).map((item) => item.item);
 * // ['team-knowledge-skills', 'team-tool-agreements', 'digital-flows-connected', 'continuity-plan', 'uses-patient-portal', 'overall-integration']
 * ```
 */
export function combineResponses(
  responses: readonly unknown[],
  options: CombineOptions = {},
): TeamCombination {
  const { thresholds, locale } = resolveOptions(options);
  const { responses: parsed, questionnaire } = parseTeam(responses, options, locale);
  const ordered = canonicalOrder(parsed);
  const respondents = respondentsOf(ordered);
  const agreement = agreementOf(questionnaire, respondents, thresholds);

  const answers: Record<string, Answer> = {};
  for (const entry of agreement) if (entry.combined !== null) answers[entry.item] = entry.combined;
  const ownBottlenecks = mergeOwnBottlenecks(ordered);
  const ideas = mergeIdeas(ordered);
  const tooLarge: TeamIssue[] = [];
  for (const [field, count, maximum] of [
    ['ownBottlenecks', ownBottlenecks.length, responseLimits.maxOwnBottlenecks],
    ['ideas', ideas.length, responseLimits.maxIdeas],
  ] as const) {
    if (count > maximum)
      tooLarge.push(
        issue(
          'combined-too-large',
          null,
          [],
          message(locale, 'combined-too-large', { field, count, maximum }),
        ),
      );
  }
  if (tooLarge.length > 0) throw new TeamInputError(tooLarge);

  const first = ordered[0] as PracticeResponse;
  const practiceName = mostFrequent(ordered.map((response) => response.practiceName));
  const lastPracticeVisitOn = latest(ordered.map((response) => response.lastPracticeVisitOn));
  const response = parseResponse(
    {
      questionnaire: first.questionnaire,
      practiceId: first.practiceId,
      ...(practiceName === undefined ? {} : { practiceName }),
      completedOn: latest(ordered.map((entry) => entry.completedOn)),
      ...(lastPracticeVisitOn === undefined ? {} : { lastPracticeVisitOn }),
      answers,
      bottlenecks: [...new Set(ordered.flatMap((entry) => entry.bottlenecks))],
      ownBottlenecks,
      ideas,
    },
    { ...(options.questionnaire ? { questionnaire: options.questionnaire } : {}) },
  );
  const combination: TeamCombination = Object.freeze({
    response,
    respondents: Object.freeze(respondents.map((entry) => Object.freeze(entry))),
    agreement: Object.freeze(
      agreement.map((entry) =>
        Object.freeze({
          ...entry,
          answers: Object.freeze(entry.answers.map((answer) => Object.freeze(answer))),
        }),
      ),
    ),
    thresholds: Object.freeze(thresholds),
  });
  combinations.add(combination);
  return combination;
}

/**
 * Tells whether a value is a combination that `combineResponses` returned (and so valid).
 *
 * @example
 * ```ts
 * import { sampleTeam } from '@praktijkscan/model/samples';
 * import { combineResponses, isTeamCombination } from '@praktijkscan/scoring';
 * isTeamCombination(combineResponses(sampleTeam)); // true
 * isTeamCombination({}); // false
 * ```
 */
export function isTeamCombination(value: unknown): value is TeamCombination {
  return typeof value === 'object' && value !== null && combinations.has(value);
}
