import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { responseArb } from '../../scoring/test/support/arbitraries';
import {
  bottleneckIds,
  findQuestionnaireStructure,
  isDeepFrozen,
  isParsedResponse,
  parseResponse,
  parseResponseJson,
  questionnaire,
  ResponseValidationError,
  safeParseResponse,
} from '../src';
import { parseValidResponse } from '../src/response/fast-parse';
import { samplePractices } from '../src/samples';

// safeParseResponse checks a response directly (parseValidResponse) and runs zod only when the
// direct checker declines. The two must agree on every input: the direct checker accepts exactly
// what the zod path accepts, with the same parsed response.

const structure = findQuestionnaireStructure(questionnaire.id, questionnaire.version);

/** Both verdicts on one input: the direct checker's and the zod path's. */
function verdicts(input: object) {
  const direct = parseValidResponse(input, undefined);
  // safeParseResponse of an object is the zod path (the direct checker runs in parseResponseJson).
  const zod = safeParseResponse(input);
  return { direct, zod };
}

function expectAgreement(input: object) {
  const { direct, zod } = verdicts(input);
  expect({ accepted: direct !== undefined }).toEqual({ accepted: zod.success });
  if (direct !== undefined && zod.success) {
    expect(direct).toStrictEqual(zod.data);
    // The same keys in the same order: the canonical form is byte for byte the same.
    expect(JSON.stringify(direct)).toBe(JSON.stringify(zod.data));
  }
  // Given an object of its own (as parseResponseJson gives it what JSON.parse made), the checker
  // may keep its parts: the same verdict and the same response.
  const owned = parseValidResponse(structuredClone(input), undefined, true);
  expect({ accepted: owned !== undefined }).toEqual({ accepted: direct !== undefined });
  if (owned !== undefined) {
    expect(owned).toStrictEqual(direct);
    expect(JSON.stringify(owned)).toBe(JSON.stringify(direct));
  }
  return direct !== undefined;
}

const ideaArb = fc.record(
  {
    id: fc.constantFrom('idea-a', 'idea-b', 'online-repeats', 'x'),
    title: fc.constantFrom('Herhaalrecepten online', ' a ', 'T'),
    date: fc.constantFrom('2026-02-28', '2024-02-29', undefined),
    from: fc.constantFrom('Assistente', undefined),
    problem: fc.constantFrom('Te veel telefoon', undefined),
    involve: fc.constantFrom('Team', undefined),
    effect: fc.integer({ min: 1, max: 5 }),
    energy: fc.integer({ min: 1, max: 5 }),
    relatesTo: fc.constantFrom('online-repeat-prescriptions', undefined),
  },
  { requiredKeys: ['id', 'title', 'effect', 'energy'] },
);

/** Valid responses, with the optional parts present, left out or present as `undefined`. */
const validArb = fc
  .record({
    base: responseArb(questionnaire),
    practiceName: fc.constantFrom('De Linde', undefined, 'absent'),
    lastVisit: fc.constantFrom('2022-12-31', undefined, 'absent'),
    respondent: fc.constantFrom(
      { role: 'poh' },
      { id: 'r-7f3a', role: 'other' },
      { role: 'gp', id: undefined },
      undefined,
      'absent',
    ),
    bottlenecks: fc.option(fc.shuffledSubarray([...bottleneckIds]), { nil: undefined }),
    own: fc.option(fc.array(fc.constantFrom('Te weinig tijd', 'Geen budget'), { maxLength: 3 }), {
      nil: undefined,
    }),
    ideas: fc.option(fc.uniqueArray(ideaArb, { maxLength: 4, selector: (idea) => idea.id }), {
      nil: undefined,
    }),
    undefinedAnswers: fc.subarray(questionnaire.items.map((item) => item.id)),
  })
  .map(
    ({ base, practiceName, lastVisit, respondent, bottlenecks, own, ideas, undefinedAnswers }) => {
      const response: Record<string, unknown> = {
        ...base,
        answers: {
          ...base.answers,
          ...Object.fromEntries(undefinedAnswers.map((id) => [id, undefined])),
        },
      };
      if (practiceName !== 'absent') response.practiceName = practiceName;
      if (lastVisit !== 'absent') response.lastPracticeVisitOn = lastVisit;
      if (respondent !== 'absent') response.respondent = respondent;
      for (const [key, value] of [
        ['bottlenecks', bottlenecks],
        ['ownBottlenecks', own],
        ['ideas', ideas],
      ] as const) {
        if (value === undefined) delete response[key];
        else response[key] = value;
      }
      return response;
    },
  );

/** Every place in a JSON value, as a path of keys and indexes. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((entry, index) => pathsOf(entry, [...path, index]))];
  if (value !== null && typeof value === 'object')
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, entry]) => pathsOf(entry, [...path, key])),
    ];
  return here;
}

const awkwardValues = [
  undefined,
  null,
  '',
  ' ',
  'na',
  'x',
  '\u0001text',
  'a'.repeat(301),
  '2026-02-30',
  '2026-2-1',
  '2024-02-29',
  'communication-with-patients',
  'idea-a',
  -1,
  -0,
  0,
  1.5,
  4,
  5,
  6,
  99,
  Number.NaN,
  true,
  [],
  ['na'],
  {},
  { id: 'praktijkscan', version: '1.0.0' },
  '0001-01-01',
  '3000-01-01',
];

// Dates at and past the edges of the calendar range every stage accepts (1900-01-01..2999-12-31).
const calendarEdges = [
  '0001-01-01',
  '1899-12-31',
  '1900-01-01',
  '2000-02-29',
  '2100-02-29',
  '2999-12-31',
  '3000-01-01',
  '9999-12-31',
];

/** A valid response with one change: a value replaced, a key added or a key removed. */
const mutatedArb = fc
  .tuple(
    validArb,
    fc.nat(),
    fc.constantFrom(...awkwardValues),
    fc.constantFrom('replace', 'add', 'remove', 'duplicate'),
    fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'date', 'practiceName'),
  )
  .map(([valid, pick, value, change, key]) => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    const paths = pathsOf(copy);
    const path = paths[pick % paths.length] as (string | number)[];
    const parentPath = path.slice(0, -1);
    let parent: unknown = copy;
    for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
    const last = path[path.length - 1];
    const target = path.length === 0 ? copy : (parent as Record<string | number, unknown>);
    if (change === 'replace' && last !== undefined) target[last] = value;
    if (change === 'remove' && last !== undefined) {
      if (Array.isArray(target)) target.splice(Number(last), 1);
      else delete target[last];
    }
    if (change === 'duplicate' && Array.isArray(target) && last !== undefined)
      target.push(target[Number(last)]);
    if (change === 'add') {
      let holder: unknown = copy;
      for (const step of path) holder = (holder as Record<string | number, unknown>)[step];
      if (holder !== null && typeof holder === 'object' && !Array.isArray(holder))
        Object.defineProperty(holder, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return copy;
  });

// 1,000 runs each in CI, both paths per run.
describe('the direct checker of valid responses', { timeout: 300_000 }, () => {
  it('accepts every sample as the zod path does', () => {
    for (const sample of samplePractices) expect(expectAgreement(sample)).toBe(true);
    expect(structure).toBeDefined();
  });

  it('is what parseResponseJson uses: the same response as parseResponse, frozen, known as parsed', () => {
    for (const sample of samplePractices) {
      const text = JSON.stringify(sample);
      const parsed = parseResponseJson(text);
      expect(JSON.stringify(parsed)).toBe(JSON.stringify(parseResponse(JSON.parse(text))));
      expect(Object.isFrozen(parsed.answers)).toBe(true);
      expect(isParsedResponse(parsed)).toBe(true);
    }
  });

  // Found on merging issues 16 and 20: the checker kept zod's date pattern and accepted
  // 0001-01-01, which the zod path refuses since the calendar range.
  it.each(calendarEdges)(
    'decides a date of %s as the zod path does, in every date field',
    (date) => {
      const [sample] = samplePractices;
      if (!sample) throw new Error('no sample');
      const idea = { id: 'idea-a', title: 'Idee', effect: 3, energy: 2, date };
      for (const input of [
        { ...sample, completedOn: date },
        { ...sample, lastPracticeVisitOn: date },
        { ...sample, ideas: [idea] },
      ])
        expectAgreement(input);
    },
  );

  test.prop([validArb])('accepts every generated valid response, as the zod path does', (input) => {
    expect(expectAgreement(input)).toBe(true);
  });

  // The checker walks the answers of JSON.parse's own object with for...in, which also gives an
  // enumerable key inherited from a polluted Object.prototype. Such a key never becomes an answer:
  // the response comes out as without it, or (as the zod path reads inherited keys too) as a
  // typed validation error.
  it.each([
    ['an item the response leaves unanswered', 3],
    ['an item with an answer out of range', 99],
    ['a key that is no item', 'x'],
  ])('never takes an answer from Object.prototype holding %s', (_, inherited) => {
    const [sample] = samplePractices;
    if (!sample) throw new Error('no sample');
    const unanswered = questionnaire.items.find((item) => !(item.id in sample.answers));
    if (!unanswered) throw new Error('the sample answers every item');
    const key = inherited === 'x' ? 'not-an-item' : unanswered.id;
    const text = JSON.stringify(sample);
    const expected = JSON.stringify(parseResponse(JSON.parse(text)));
    Object.defineProperty(Object.prototype, key, {
      value: inherited,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    let outcome: string;
    try {
      const parsed = parseResponseJson(text);
      outcome = Object.hasOwn(parsed.answers, key) ? 'an answer' : JSON.stringify(parsed);
    } catch (error) {
      outcome = error instanceof ResponseValidationError ? 'refused' : String(error);
    } finally {
      delete (Object.prototype as Record<string, unknown>)[key];
    }
    expect(['refused', expected]).toContain(outcome);
  });

  // for...in is only for JSON.parse's own objects: any other object's answers are read by their
  // own keys, as the zod path reads them, even where its prototype holds an enumerable item.
  it('reads only the own answers of an object it was given, as the zod path does', () => {
    const [sample] = samplePractices;
    if (!sample) throw new Error('no sample');
    const unanswered = questionnaire.items.find((item) => !(item.id in sample.answers));
    if (!unanswered) throw new Error('the sample answers every item');
    for (const inherited of [3, 99]) {
      const answers = Object.assign(Object.create({ [unanswered.id]: inherited }), sample.answers);
      expectAgreement({ ...sample, answers });
    }
  });

  // Both paths freeze the canonical response by its known shape rather than walking it: every
  // part of it, each idea, the respondent and the lists included, must still come out frozen.
  test.prop([validArb])('gives a deep-frozen response on both paths', (input) => {
    const fromText = parseResponseJson(JSON.stringify(input));
    const fromObject = parseResponse(input);
    expect({ fromText: isDeepFrozen(fromText), fromObject: isDeepFrozen(fromObject) }).toEqual({
      fromText: true,
      fromObject: true,
    });
  });

  test.prop([mutatedArb])(
    'accepts and rejects exactly what the zod path does, for responses with one change',
    (input) => {
      expectAgreement(input);
    },
  );

  test.prop([fc.anything({ maxDepth: 3 })])(
    'agrees with the zod path on anything at all',
    (input) => {
      if (input !== null && typeof input === 'object') expectAgreement(input);
    },
  );
});
