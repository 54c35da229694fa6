import { describe, expect, it } from 'vitest';
import {
  answerScaleMax,
  bottleneckIds,
  findQuestionnaireStructure,
  questionnaire,
  respondentRoleIds,
  responseLimits,
  safeParseResponse,
} from '../src';
import type { QuestionnaireStructure } from '../src/questionnaire/types';
import { parseValidResponse } from '../src/response/fast-parse';
import { samplePractices, sampleTeam } from '../src/samples';

// The direct checker (`parseValidResponse`) must accept exactly what the zod path accepts, with
// the same response (fast-parse.ts). The differential properties of fast-parse.test.ts see this on
// generated cases; these tables hold it at every limit, for every field and every way a value can
// be wrong, each with the verdict the schema (schema.ts, limits.ts) documents. A checker that
// declines a valid response is as wrong here as one that accepts an invalid one: parseResponseJson
// would still answer right, but through the slow path the checker exists to avoid.

const structure = findQuestionnaireStructure(questionnaire.id, questionnaire.version);
if (!structure) throw new Error('the published questionnaire has no structure');
const published: QuestionnaireStructure = structure;

/** The first item of each kind: scale, and whether it allows "na". */
function itemOf(scale: string, allowsNa: boolean) {
  const item = published.items.find(
    (candidate) =>
      candidate.scale === scale && (candidate.allowsNotApplicable === true) === allowsNa,
  );
  if (!item) throw new Error(`no ${scale} item with na=${allowsNa}`);
  return item;
}
const itemKinds = [
  itemOf('agreement', false),
  itemOf('agreement', true),
  itemOf('yes-no', false),
  itemOf('yes-no', true),
  itemOf('usage', true),
];

const fullIdea = {
  id: 'online-repeats',
  title: 'Herhaalrecepten online',
  date: '2026-02-28',
  from: 'Assistente',
  team: 'Balie',
  problem: 'Te veel telefoon',
  size: 'Elke ochtend',
  idea: 'Herhaalrecepten via de app',
  yield: 'Rust aan de telefoon',
  involve: 'Het hele team',
  effect: 4,
  energy: 2,
  relatesTo: 'online-repeat-prescriptions',
};

/** A valid response with every optional part, in canonical form (answers in questionnaire order). */
function baseResponse(): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of published.items)
    if (itemKinds.includes(item)) answers[item.id] = item.allowsNotApplicable ? 'na' : 1;
  return {
    questionnaire: { id: published.id, version: published.version },
    practiceId: 'praktijk-de-linde',
    practiceName: 'De Linde',
    completedOn: '2026-04-08',
    lastPracticeVisitOn: '2025-12-31',
    respondent: { role: 'poh', id: 'r-7f3a' },
    answers,
    bottlenecks: [bottleneckIds[0]],
    ownBottlenecks: ['Te weinig tijd'],
    ideas: [{ ...fullIdea }],
  };
}

const absent = Symbol('absent');

/** The base response with the value at one path replaced (or removed, for `absent`). */
function withValue(path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const response = baseResponse();
  let parent: Record<string | number, unknown> = response;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === absent) delete parent[last];
  else parent[last] = value;
  return response;
}

/**
 * Both verdicts on one input; they must both be `accepted`, and an accepted response must be the
 * zod path's, with the same keys in the same order.
 */
function expectVerdict(input: unknown, accepted: boolean, given?: QuestionnaireStructure) {
  const direct = parseValidResponse(input, given);
  const zod = safeParseResponse(input, given ? { questionnaire: given } : {});
  expect({ direct: direct !== undefined, zod: zod.success }).toEqual({
    direct: accepted,
    zod: accepted,
  });
  if (direct !== undefined && zod.success) {
    expect(direct).toStrictEqual(zod.data);
    expect(JSON.stringify(direct)).toBe(JSON.stringify(zod.data));
  }
  return direct;
}

type Case = readonly [
  label: string,
  path: readonly (string | number)[],
  value: unknown,
  ok: boolean,
];

/** What every text field must refuse and accept, at its limit and one past it. */
function textCases(path: readonly (string | number)[], maximum: number, optional: boolean): Case[] {
  const name = path.join('.');
  return [
    [`${name} of one character`, path, 'a', true],
    [`${name} at its limit`, path, 'a'.repeat(maximum), true],
    [`${name} one past its limit`, path, 'a'.repeat(maximum + 1), false],
    [`${name} with spaces around words`, path, ' a b ', true],
    [`${name} empty`, path, '', false],
    [`${name} of white space only`, path, ' \t ', false],
    [`${name} with a control character`, path, '\u0001tekst', false],
    [
      `${name} with a control character at its limit`,
      path,
      `\u0007${'a'.repeat(maximum - 1)}`,
      false,
    ],
    [`${name} as a number`, path, 7, false],
    [`${name} as a list of one text`, path, ['a'], false],
    [`${name} as null`, path, null, false],
    [`${name} as undefined`, path, undefined, optional],
    [`${name} left out`, path, absent, optional],
  ];
}

function dateCases(path: readonly (string | number)[], optional: boolean): Case[] {
  const name = path.join('.');
  return [
    [`${name} on a leap day`, path, '2024-02-29', true],
    [`${name} on the first day of the range`, path, '1900-01-01', true],
    [`${name} on the last day of the range`, path, '2999-12-31', true],
    [`${name} before the range`, path, '1899-12-31', false],
    [`${name} after the range`, path, '3000-01-01', false],
    [`${name} on a day that does not exist`, path, '2026-02-30', false],
    [`${name} without leading zeros`, path, '2026-2-1', false],
    [`${name} as a number`, path, 20260208, false],
    [`${name} as null`, path, null, false],
    [`${name} as undefined`, path, undefined, optional],
    [`${name} left out`, path, absent, optional],
  ];
}

function ratingCases(path: readonly (string | number)[]): Case[] {
  const name = path.join('.');
  return [
    [`${name} 1`, path, 1, true],
    [`${name} 5`, path, 5, true],
    [`${name} 0`, path, 0, false],
    [`${name} 6`, path, 6, false],
    [`${name} 2.5`, path, 2.5, false],
    [`${name} as text`, path, '3', false],
    [`${name} as null`, path, null, false],
    [`${name} as undefined`, path, undefined, false],
    [`${name} left out`, path, absent, false],
  ];
}

function idCases(path: readonly (string | number)[]): Case[] {
  const name = path.join('.');
  return [
    [`${name} of one character`, path, 'x', true],
    [`${name} of digits`, path, '5', true],
    [`${name} at its limit`, path, 'a'.repeat(responseLimits.maxIdLength), true],
    [`${name} one past its limit`, path, 'a'.repeat(responseLimits.maxIdLength + 1), false],
    [`${name} not in kebab case`, path, 'Online Repeats', false],
    [`${name} with a trailing hyphen`, path, 'online-', false],
    [`${name} as a number`, path, 5, false],
    [`${name} as a list of one id`, path, ['x'], false],
    [`${name} left out`, path, absent, false],
  ];
}

const ideaTextFields = [
  ['from', responseLimits.maxIdeaTitleLength],
  ['team', responseLimits.maxIdeaTitleLength],
  ['problem', responseLimits.maxIdeaTextLength],
  ['size', responseLimits.maxIdeaTextLength],
  ['idea', responseLimits.maxIdeaTextLength],
  ['yield', responseLimits.maxIdeaTextLength],
  ['involve', responseLimits.maxIdeaTextLength],
] as const;

const fieldCases: Case[] = [
  ...textCases(['practiceId'], responseLimits.maxPracticeIdLength, false),
  ...textCases(['practiceName'], responseLimits.maxPracticeNameLength, true),
  ...dateCases(['completedOn'], false),
  ...dateCases(['lastPracticeVisitOn'], true),
  ...textCases(['ideas', 0, 'title'], responseLimits.maxIdeaTitleLength, false),
  ...ideaTextFields.flatMap(([field, maximum]) => textCases(['ideas', 0, field], maximum, true)),
  ...dateCases(['ideas', 0, 'date'], true),
  ...ratingCases(['ideas', 0, 'effect']),
  ...ratingCases(['ideas', 0, 'energy']),
  ...idCases(['ideas', 0, 'id']),
  ...idCases(['ideas', 0, 'relatesTo']).map(
    ([label, path, value, ok]): Case => [label, path, value, ok || value === absent],
  ),
  ['ideas.0.relatesTo as undefined', ['ideas', 0, 'relatesTo'], undefined, true],
  ...respondentRoleIds.map(
    (role): Case => [`a respondent in the role ${role}`, ['respondent'], { role }, true],
  ),
  ...idCases(['respondent', 'id']).map(
    ([label, path, value, ok]): Case => [label, path, value, ok || value === absent],
  ),
  ['respondent.id as undefined', ['respondent', 'id'], undefined, true],
  ['a respondent id before the role', ['respondent'], { id: 'r-7f3a', role: 'poh' }, true],
  ['a respondent in a role the model does not know', ['respondent', 'role'], 'receptionist', false],
  ['a respondent role as a number', ['respondent', 'role'], 1, false],
  ['a respondent without a role', ['respondent', 'role'], absent, false],
  ['a respondent with a name', ['respondent', 'name'], 'Jan de Vries', false],
  ['a respondent that is null', ['respondent'], null, false],
  ['a respondent that is text', ['respondent'], 'poh', false],
  ['a respondent that is a list', ['respondent'], [], false],
  ['a respondent that is undefined', ['respondent'], undefined, true],
  ['no respondent', ['respondent'], absent, true],
  ...textCases(['ownBottlenecks', 0], responseLimits.maxOwnBottleneckLength, false).filter(
    // A list entry left out is a shorter list, which is valid.
    ([, , value]) => value !== absent,
  ),
  ['an idea with a field the schema does not know', ['ideas', 0, 'extra'], 'x', false],
  ['an idea with a field it does not know, as undefined', ['ideas', 0, 'extra'], undefined, false],
  ['an idea that is null', ['ideas', 0], null, false],
  ['an idea that is a number', ['ideas', 0], 3, false],
  ['an idea that is text', ['ideas', 0], 'idee', false],
  ['an idea that is a list', ['ideas', 0], [], false],
  ['ideas as text', ['ideas'], 'ab', false],
  ['ideas as an object', ['ideas'], {}, false],
  ['ideas as null', ['ideas'], null, false],
  ['no ideas', ['ideas'], absent, true],
  ['ideas as undefined', ['ideas'], undefined, true],
  ['own bottlenecks as text', ['ownBottlenecks'], 'ab', false],
  ['own bottlenecks as an object', ['ownBottlenecks'], {}, false],
  ['no own bottlenecks', ['ownBottlenecks'], absent, true],
  ['every bottleneck, last first', ['bottlenecks'], [...bottleneckIds].reverse(), true],
  ['a bottleneck twice', ['bottlenecks'], [bottleneckIds[1], bottleneckIds[1]], false],
  ['a bottleneck that is not one', ['bottlenecks'], ['no-time'], false],
  ['a bottleneck as a number', ['bottlenecks'], [1], false],
  ['bottlenecks as text', ['bottlenecks'], 'ab', false],
  ['bottlenecks as an object', ['bottlenecks'], {}, false],
  ['no bottlenecks', ['bottlenecks'], absent, true],
  ['answers as a number', ['answers'], 5, false],
  ['answers as text', ['answers'], 'ab', false],
  ['answers as null', ['answers'], null, false],
  ['answers as a list', ['answers'], [], false],
  ['no answers', ['answers'], absent, false],
  ['no answer at all', ['answers'], {}, true],
  ['an answer to an item the questionnaire lacks', ['answers', 'no-such-item'], 1, false],
  ['a field the schema does not know', ['extra'], 'x', false],
  ['a questionnaire reference that is null', ['questionnaire'], null, false],
  ['a questionnaire reference as text', ['questionnaire'], 'praktijkscan', false],
  [
    'a questionnaire reference with a field it does not know',
    ['questionnaire', 'extra'],
    'x',
    false,
  ],
  ['a questionnaire reference without a version', ['questionnaire', 'version'], absent, false],
  ['a questionnaire reference without an id', ['questionnaire', 'id'], absent, false],
  ['a questionnaire version as a number', ['questionnaire', 'version'], 2, false],
  ['a questionnaire id as a number', ['questionnaire', 'id'], 5, false],
  ['an unknown questionnaire', ['questionnaire', 'id'], 'praktijkscan-x', false],
  ['an unknown questionnaire version', ['questionnaire', 'version'], '9.9.9', false],
];

/** Every answer a value can be for each kind of item: the scale's ends, past them, "na", wrong types. */
const answerCases: Case[] = itemKinds.flatMap((item) => {
  const max = answerScaleMax(item.scale);
  const na = item.allowsNotApplicable === true;
  const path = ['answers', item.id];
  const name = `${item.scale} item ${item.id} (na ${na ? 'allowed' : 'not allowed'})`;
  return [
    [`${name}: 0`, path, 0, true],
    [`${name}: ${max}`, path, max, true],
    [`${name}: ${max + 1}`, path, max + 1, false],
    [`${name}: -1`, path, -1, false],
    [`${name}: 0.5`, path, 0.5, false],
    [`${name}: "1"`, path, '1', false],
    [`${name}: "na"`, path, 'na', na],
    [`${name}: null`, path, null, false],
    [`${name}: true`, path, true, false],
    [`${name}: undefined`, path, undefined, true],
  ] satisfies Case[];
});

describe('the direct checker decides every field as the zod path does', () => {
  it('accepts every sample, with the zod path’s response', () => {
    for (const sample of samplePractices) expect(expectVerdict(sample, true)).toBeDefined();
  });

  // Found by these tables: the checker predated the respondent (and an idea's relatesTo) and
  // declined every response that named one, so each team response took the slow path.
  it('accepts every response of the team sample, which name their respondent', () => {
    for (const sample of sampleTeam) expect(expectVerdict(sample, true)?.respondent).toBeDefined();
  });

  it('accepts the base response of these tables', () => {
    expectVerdict(baseResponse(), true);
  });

  it.each(fieldCases)('%s', (_label, path, value, ok) => {
    expectVerdict(withValue(path, value), ok);
  });

  it.each(answerCases)('an answer of a %s', (_label, path, value, ok) => {
    expectVerdict(withValue(path, value), ok);
    // The same against a copy that can still change, whose answer plan is made afresh.
    expectVerdict(withValue(path, value), ok, { ...published, items: [...published.items] });
  });

  it.each([
    ['id', false],
    ['title', false],
    ['effect', false],
    ['energy', false],
    ...ideaTextFields.map(([field]) => [field, true] as const),
    ['date', true],
  ] as const)('an idea without its %s: accepted %s', (field, ok) => {
    expectVerdict(withValue(['ideas', 0, field], absent), ok);
  });

  it('accepts the most ideas and own bottlenecks allowed, and refuses one more', () => {
    const ideas = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ ...fullIdea, id: `idea-${index}` }));
    const own = (count: number) => Array.from({ length: count }, (_, index) => `Knelpunt ${index}`);
    expectVerdict(withValue(['ideas'], ideas(responseLimits.maxIdeas)), true);
    expectVerdict(withValue(['ideas'], ideas(responseLimits.maxIdeas + 1)), false);
    expectVerdict(withValue(['ownBottlenecks'], own(responseLimits.maxOwnBottlenecks)), true);
    expectVerdict(withValue(['ownBottlenecks'], own(responseLimits.maxOwnBottlenecks + 1)), false);
  });

  it('refuses two ideas with the same id', () => {
    expectVerdict(withValue(['ideas'], [{ ...fullIdea }, { ...fullIdea, title: 'Anders' }]), false);
  });

  it('gives the bottlenecks in the model’s order, whatever order they came in', () => {
    const direct = expectVerdict(withValue(['bottlenecks'], [...bottleneckIds].reverse()), true);
    expect(direct?.bottlenecks).toEqual([...bottleneckIds]);
  });

  it('gives the left-out lists as empty lists and keeps no left-out optional field', () => {
    const response = baseResponse();
    for (const key of ['bottlenecks', 'ownBottlenecks', 'ideas', 'practiceName'])
      delete response[key];
    const direct = expectVerdict(response, true);
    expect(direct).toMatchObject({ bottlenecks: [], ownBottlenecks: [], ideas: [] });
    expect(Object.keys(direct ?? {})).not.toContain('practiceName');
  });

  it('refuses input that is no object, without throwing', () => {
    for (const input of [null, undefined, 5, 'response', [], [baseResponse()]])
      expect(parseValidResponse(input, undefined)).toBeUndefined();
  });

  it('refuses a key the sanitising copy refuses, wherever it is', () => {
    const own = (target: object, key: string) =>
      Object.defineProperty(target, key, {
        value: 1,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    const top = own(baseResponse(), '__proto__');
    const inAnswers = baseResponse();
    own(inAnswers.answers as object, 'constructor');
    const inIdea = baseResponse();
    own((inIdea.ideas as object[])[0] as object, '__proto__');
    for (const input of [top, inAnswers, inIdea]) expectVerdict(input, false);
  });
});

describe('the direct checker against a questionnaire given', () => {
  /** The published structure, copied so that it can be changed. */
  function customStructure(changes: Partial<QuestionnaireStructure>): QuestionnaireStructure {
    return { ...published, items: [...published.items], ...changes };
  }
  function responseTo(given: QuestionnaireStructure, answers: Record<string, unknown> = {}) {
    return {
      ...baseResponse(),
      questionnaire: { id: given.id, version: given.version },
      answers,
    };
  }

  it.each([
    ['an id at its limit', { id: 'q'.repeat(responseLimits.maxIdLength) }, true],
    ['an id one past its limit', { id: 'q'.repeat(responseLimits.maxIdLength + 1) }, false],
    ['an id not in kebab case', { id: 'Praktijk_Scan' }, false],
    ['a version at its limit', { version: '1'.repeat(responseLimits.maxIdLength) }, true],
    [
      'a version one past its limit',
      { version: '1'.repeat(responseLimits.maxIdLength + 1) },
      false,
    ],
  ] as const)(
    'decides a response to a questionnaire with %s as the zod path does',
    (_label, changes, ok) => {
      const given = customStructure(changes);
      expectVerdict(responseTo(given), ok, given);
    },
  );

  it('refuses a response that names another questionnaire or version than the one given', () => {
    const given = customStructure({ id: 'eigen-scan' });
    expectVerdict(
      { ...responseTo(given), questionnaire: { id: 'praktijkscan', version: given.version } },
      false,
      given,
    );
    expectVerdict(
      { ...responseTo(given), questionnaire: { id: given.id, version: '0.0.1' } },
      false,
      given,
    );
  });

  it('refuses an answer keyed "constructor", even where the questionnaire has such an item', () => {
    const [first] = published.items;
    if (!first) throw new Error('no items');
    const given = customStructure({ items: [...published.items, { ...first, id: 'constructor' }] });
    expectVerdict(responseTo(given, { constructor: 1 }), false, given);
  });

  it('reads a questionnaire that can still change afresh on every call', () => {
    const last = published.items[published.items.length - 1];
    if (!last) throw new Error('no items');
    const items = [...published.items];
    // Unfrozen, and frozen with its items still open to change: either can change.
    for (const given of [customStructure({ items }), Object.freeze(customStructure({ items }))]) {
      items.splice(0, items.length, ...published.items);
      const response = responseTo(given, { [last.id]: 0 });
      expectVerdict(response, true, given);
      items.pop();
      expectVerdict(response, false, given);
    }
  });
});

describe('the direct checker’s output, and what it keeps of its input', () => {
  const inOrder = () => baseResponse();
  const firstKind = itemKinds[0];
  const lastKind = itemKinds[itemKinds.length - 1];
  if (!firstKind || !lastKind) throw new Error('no items');

  it('never keeps the caller’s answers unless the input is its own', () => {
    const input = inOrder();
    const direct = parseValidResponse(input, undefined);
    expect(direct?.answers).toStrictEqual(input.answers);
    expect(direct?.answers).not.toBe(input.answers);
  });

  it('keeps answers of its own that are already in canonical form (what parseResponseJson relies on)', () => {
    const input = JSON.parse(JSON.stringify(inOrder()));
    expect(parseValidResponse(input, undefined, true)?.answers).toBe(input.answers);
  });

  it('puts answers of its own in questionnaire order and drops undefined ones', () => {
    const reversed = inOrder();
    const answers = reversed.answers as Record<string, unknown>;
    reversed.answers = Object.fromEntries(Object.entries(answers).reverse());
    const withUndefined = inOrder();
    (withUndefined.answers as Record<string, unknown>)[firstKind.id] = undefined;
    for (const input of [reversed, withUndefined]) {
      const expected = safeParseResponse(input);
      if (!expected.success) throw expected.error;
      const direct = parseValidResponse(input, undefined, true);
      expect(direct?.answers).toStrictEqual(expected.data.answers);
      expect(Object.keys(direct?.answers ?? {})).toEqual(Object.keys(expected.data.answers));
    }
  });

  it('gives answers of a null-prototype object as a plain object, and reads no inherited answer', () => {
    const input = inOrder();
    const plain = input.answers as Record<string, unknown>;
    const bare = Object.assign(Object.create(null), plain);
    for (const owned of [false, true]) {
      const direct = parseValidResponse({ ...input, answers: bare }, undefined, owned);
      expect(direct?.answers).toEqual(plain);
      expect(Object.getPrototypeOf(direct?.answers)).toBe(Object.prototype);
    }
    const inherited = Object.create({ [lastKind.id]: 0 });
    const direct = expectVerdict({ ...input, answers: inherited }, true);
    expect(direct?.answers).toStrictEqual({});
  });
});
