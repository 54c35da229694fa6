// Every documented problem of a response (codes.ts), compared whole: code, path, pointer, params and
// the message in English and in Dutch (messages/en.ts, messages/nl.ts), each from a specific bad
// input; and the bounds around them (limits.ts), at exactly the limit and one past it (issue 16).
import { describe, expect, it } from 'vitest';
import {
  isParsedResponse,
  parseResponse,
  parseResponseJson,
  questionnaire,
  questionnaireStructures,
  ResponseValidationError,
  responseLimits,
  safeParseResponse,
  type ValidationIssue,
} from '../src';

const base = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  questionnaire: { id: 'praktijkscan', version: questionnaire.version },
  practiceId: 'practice-1',
  completedOn: '2026-05-01',
  answers: {},
  ...overrides,
});
const pointerOf = (path: readonly (string | number)[]) => path.map((key) => `/${key}`).join('');
const itemOf = (id: string) => {
  const item = questionnaire.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`the questionnaire has no item ${id}`);
  return item;
};

interface Expected {
  readonly code: ValidationIssue['code'];
  readonly path: readonly (string | number)[];
  /** Params in English; `nlParams` where the Dutch ones differ (described values). */
  readonly params: Record<string, string | number>;
  readonly nlParams?: Record<string, string | number>;
  readonly en: string;
  readonly nl: string;
}

function issuesIn(locale: 'en' | 'nl', input: unknown, options = {}): ValidationIssue[] {
  const result = safeParseResponse(input, { ...options, locale });
  if (result.success) throw new Error('expected a failure');
  return [...result.error.issues];
}

/** Compares every issue whole, in both languages. */
function expectIssues(input: unknown, expected: readonly Expected[], options = {}) {
  for (const locale of ['en', 'nl'] as const) {
    expect(issuesIn(locale, input, options)).toStrictEqual(
      expected.map((issue) => ({
        code: issue.code,
        path: issue.path,
        pointer: pointerOf(issue.path),
        params: locale === 'nl' ? (issue.nlParams ?? issue.params) : issue.params,
        message: issue[locale],
      })),
    );
  }
}

const required = (path: string): Expected => ({
  code: 'missing-field',
  path: [path],
  params: {},
  en: 'This field is required.',
  nl: 'Dit veld is verplicht.',
});
const invalidId: Omit<Expected, 'path'> = {
  code: 'invalid-id',
  params: { maximum: 80 },
  en: 'Not a valid id: use lowercase letters, digits and single hyphens (kebab-case), at most 80 characters.',
  nl: 'Geen geldige id: gebruik kleine letters, cijfers en enkele koppeltekens (kebab-case), hoogstens 80 tekens.',
};

describe('not an object at all', () => {
  it.each([
    [42, 'the number 42', 'het getal 42'],
    ['scan', 'the text "scan"', 'de tekst "scan"'],
    [true, 'the value true', 'de waarde true'],
    [null, 'null', 'null'],
    [undefined, 'nothing', 'niets'],
    [[1, 2], 'a list', 'een lijst'],
  ])('%j is not-an-object, received described', (input, en, nl) => {
    expectIssues(input, [
      {
        code: 'not-an-object',
        path: [],
        params: { received: en },
        nlParams: { received: nl },
        en: `A response must be a JSON object, not ${en}.`,
        nl: `Een ingevulde scan moet een JSON-object zijn, geen ${nl}.`,
      },
    ]);
  });

  it('a revoked Proxy at the root is one unreadable-value, and nothing else', () => {
    const root = Proxy.revocable({}, {});
    root.revoke();
    expectIssues(root.proxy, [
      {
        code: 'unreadable-value',
        path: [],
        params: {},
        en: 'This value cannot be read as data: a property that throws when read, or a revoked Proxy.',
        nl: 'Deze waarde is niet te lezen als gegevens: een eigenschap die bij het lezen een fout geeft, of een ingetrokken Proxy.',
      },
    ]);
  });

  it('a Proxy whose keys cannot be listed is one unreadable-value at the root', () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(issuesIn('en', proxy).map((issue) => [issue.code, issue.pointer, issue.params])).toEqual(
      [['unreadable-value', '', {}]],
    );
  });
});

describe('missing fields', () => {
  it('an empty object misses every required field, each named at its path', () => {
    expectIssues({}, [
      required('questionnaire'),
      required('practiceId'),
      required('completedOn'),
      required('answers'),
    ]);
  });
});

describe('wrong types, with what was expected and what was received', () => {
  it.each([
    [null, 'null', 'null'],
    [[], 'a list', 'een lijst'],
    [{}, 'an object', 'een object'],
    [true, 'the value true', 'de waarde true'],
    [5, 'the number 5', 'het getal 5'],
    [Symbol('s'), 'the value Symbol(s)', 'de waarde Symbol(s)'],
  ])('practiceName %s is wrong-type, expected text', (value, en, nl) => {
    expectIssues(base({ practiceName: value }), [
      {
        code: 'wrong-type',
        path: ['practiceName'],
        params: { received: en, expected: 'text' },
        nlParams: { received: nl, expected: 'tekst' },
        en: `Expected text, received ${en}.`,
        nl: `Verwacht: tekst; ontvangen: ${nl}.`,
      },
    ]);
  });

  it('names the kind of every field by its schema', () => {
    expectIssues(
      base({
        questionnaire: { id: 'praktijkscan', version: 2 },
        ownBottlenecks: 5,
        bottlenecks: 5,
        ideas: [7],
        respondent: ' ',
      }),
      [
        {
          code: 'wrong-type',
          path: ['questionnaire', 'version'],
          params: { received: 'the number 2', expected: 'text' },
          nlParams: { received: 'het getal 2', expected: 'tekst' },
          en: 'Expected text, received the number 2.',
          nl: 'Verwacht: tekst; ontvangen: het getal 2.',
        },
        {
          code: 'wrong-type',
          path: ['respondent'],
          params: { received: 'the text " "', expected: 'an object' },
          nlParams: { received: 'de tekst " "', expected: 'een object' },
          en: 'Expected an object, received the text " ".',
          nl: 'Verwacht: een object; ontvangen: de tekst " ".',
        },
        {
          code: 'wrong-type',
          path: ['bottlenecks'],
          params: { received: 'the number 5', expected: 'a list' },
          nlParams: { received: 'het getal 5', expected: 'een lijst' },
          en: 'Expected a list, received the number 5.',
          nl: 'Verwacht: een lijst; ontvangen: het getal 5.',
        },
        {
          code: 'wrong-type',
          path: ['ownBottlenecks'],
          params: { received: 'the number 5', expected: 'a list' },
          nlParams: { received: 'het getal 5', expected: 'een lijst' },
          en: 'Expected a list, received the number 5.',
          nl: 'Verwacht: een lijst; ontvangen: het getal 5.',
        },
        {
          code: 'wrong-type',
          path: ['ideas', 0],
          params: { received: 'the number 7', expected: 'an object' },
          nlParams: { received: 'het getal 7', expected: 'een object' },
          en: 'Expected an object, received the number 7.',
          nl: 'Verwacht: een object; ontvangen: het getal 7.',
        },
      ],
    );
  });

  it('a questionnaire reference with an id or a version that is no text is one problem, not also an unknown questionnaire', () => {
    for (const ref of [
      { id: 5, version: questionnaire.version },
      { id: 'praktijkscan', version: 2 },
    ]) {
      const found = issuesIn('en', base({ questionnaire: ref }));
      expect(found.map((issue) => [issue.pointer, issue.code])).toEqual([
        [typeof ref.id === 'string' ? '/questionnaire/version' : '/questionnaire/id', 'wrong-type'],
      ]);
    }
    expect(issuesIn('en', base({ questionnaire: null })).map((issue) => issue.message)).toEqual([
      'Expected an object, received null.',
    ]);
  });

  it('quotes at most 40 characters of a received text, with an ellipsis', () => {
    const text = 'a'.repeat(41);
    expectIssues(base({ respondent: text }), [
      {
        code: 'wrong-type',
        path: ['respondent'],
        params: { received: `the text "${'a'.repeat(40)}…"`, expected: 'an object' },
        nlParams: { received: `de tekst "${'a'.repeat(40)}…"`, expected: 'een object' },
        en: `Expected an object, received the text "${'a'.repeat(40)}…".`,
        nl: `Verwacht: een object; ontvangen: de tekst "${'a'.repeat(40)}…".`,
      },
    ]);
    const exactly40 = issuesIn('en', base({ respondent: 'b'.repeat(40) }))[0];
    expect(exactly40?.params.received).toBe(`the text "${'b'.repeat(40)}"`);
  });
});

describe('texts, ids and lists', () => {
  it('empty, whitespace-only, control characters, too long', () => {
    expectIssues(
      base({
        practiceId: 'x'.repeat(responseLimits.maxPracticeIdLength + 1),
        practiceName: '   ',
        ownBottlenecks: ['', 'a\u0001b'],
      }),
      [
        {
          code: 'too-long',
          path: ['practiceId'],
          params: { maximum: 128 },
          en: 'Too long: at most 128 characters.',
          nl: 'Te lang: hoogstens 128 tekens.',
        },
        {
          code: 'empty',
          path: ['practiceName'],
          params: {},
          en: 'This text must not be empty.',
          nl: 'Deze tekst mag niet leeg zijn.',
        },
        {
          code: 'empty',
          path: ['ownBottlenecks', 0],
          params: {},
          en: 'This text must not be empty.',
          nl: 'Deze tekst mag niet leeg zijn.',
        },
        {
          code: 'invalid-text',
          path: ['ownBottlenecks', 1],
          params: {},
          en: 'This text may not contain control characters.',
          nl: 'Deze tekst mag geen stuurtekens bevatten.',
        },
      ],
    );
  });

  it('accepts texts at exactly their limit', () => {
    const parsed = parseResponse(
      base({
        practiceId: 'x'.repeat(responseLimits.maxPracticeIdLength),
        practiceName: 'y'.repeat(responseLimits.maxPracticeNameLength),
      }),
    );
    expect(parsed.practiceId).toHaveLength(128);
  });

  it('too many own bottlenecks and ideas, at one past the limit', () => {
    const idea = (index: number) => ({ id: `idea-${index}`, title: 'Idee', effect: 3, energy: 3 });
    expectIssues(
      base({
        ownBottlenecks: Array.from({ length: responseLimits.maxOwnBottlenecks + 1 }, () => 'Eigen'),
        ideas: Array.from({ length: responseLimits.maxIdeas + 1 }, (_, index) => idea(index)),
      }),
      [
        {
          code: 'too-many',
          path: ['ownBottlenecks'],
          params: { maximum: 20 },
          en: 'Too many entries: at most 20.',
          nl: 'Te veel onderdelen: hoogstens 20.',
        },
        {
          code: 'too-many',
          path: ['ideas'],
          params: { maximum: 100 },
          en: 'Too many entries: at most 100.',
          nl: 'Te veel onderdelen: hoogstens 100.',
        },
      ],
    );
  });

  it('invalid ids: a respondent id and an idea id', () => {
    expectIssues(
      base({
        respondent: { role: 'poh', id: 'Jan de Vries' },
        ideas: [{ id: 'Idee 1', title: 'Idee', effect: 3, energy: 3 }],
      }),
      [
        { ...invalidId, path: ['respondent', 'id'] },
        { ...invalidId, path: ['ideas', 0, 'id'] },
      ],
    );
  });

  it('unknown and forbidden fields', () => {
    const input = JSON.parse(
      `{"questionnaire":{"id":"praktijkscan","version":"${questionnaire.version}","extra":1},"practiceId":"p","completedOn":"2026-05-01","answers":{},"ideas":[{"id":"a","title":"t","effect":1,"energy":1,"__proto__":{}}],"colour":"red"}`,
    );
    expectIssues(input, [
      {
        code: 'forbidden-key',
        path: ['ideas', 0, '__proto__'],
        params: { key: '__proto__' },
        en: 'The key "__proto__" is not allowed anywhere in a response.',
        nl: 'De sleutel "__proto__" is nergens in een ingevulde scan toegestaan.',
      },
      {
        code: 'unknown-field',
        path: ['questionnaire', 'extra'],
        params: { key: 'extra' },
        en: 'Unknown field "extra".',
        nl: 'Onbekend veld "extra".',
      },
      {
        code: 'unknown-field',
        path: ['colour'],
        params: { key: 'colour' },
        en: 'Unknown field "colour".',
        nl: 'Onbekend veld "colour".',
      },
    ]);
  });
});

describe('the questionnaire', () => {
  it('unknown questionnaire, listing the known ones', () => {
    const known = [...new Set(questionnaireStructures.map((structure) => structure.id))];
    expect(known).toContain('praktijkscan');
    expectIssues(base({ questionnaire: { id: 'other-scan', version: '1.0.0' } }), [
      {
        code: 'unknown-questionnaire',
        path: ['questionnaire', 'id'],
        params: { id: 'other-scan', known: known.join(', ') },
        en: `Unknown questionnaire "other-scan"; known: ${known.join(', ')}.`,
        nl: `Onbekende vragenlijst "other-scan"; bekend: ${known.join(', ')}.`,
      },
    ]);
  });

  it('unknown version, listing the known versions of that questionnaire', () => {
    const versions = questionnaireStructures
      .filter((structure) => structure.id === 'praktijkscan')
      .map((structure) => structure.version);
    expect(versions.length).toBeGreaterThan(1);
    expectIssues(base({ questionnaire: { id: 'praktijkscan', version: '9.9.9' } }), [
      {
        code: 'unknown-version',
        path: ['questionnaire', 'version'],
        params: { id: 'praktijkscan', version: '9.9.9', known: versions.join(', ') },
        en: `Unknown version "9.9.9" of questionnaire "praktijkscan"; known: ${versions.join(', ')}.`,
        nl: `Onbekende versie "9.9.9" van vragenlijst "praktijkscan"; bekend: ${versions.join(', ')}.`,
      },
    ]);
  });

  it('quotes at most 100 characters of an unknown questionnaire id', () => {
    const id = 'q'.repeat(150);
    const [unknown] = issuesIn('en', base({ questionnaire: { id, version: '1.0.0' } }));
    expect(unknown?.code).toBe('unknown-questionnaire');
    expect(unknown?.params.id).toBe(`${'q'.repeat(100)}…`);
  });

  it.each([
    ['version', { ...questionnaire, version: '7.0.0' }, 'praktijkscan 7.0.0'],
    ['id', { ...questionnaire, id: 'other-scan' }, `other-scan ${questionnaire.version}`],
  ])(
    'a response read against a questionnaire of another %s is questionnaire-mismatch',
    (_kind, other, label) => {
      const actual = `praktijkscan ${questionnaire.version}`;
      expectIssues(
        base(),
        [
          {
            code: 'questionnaire-mismatch',
            path: ['questionnaire'],
            params: { actual, expected: label },
            en: `The response answers ${actual}, but it is being read against ${label}.`,
            nl: `De scan beantwoordt ${actual}, maar wordt gelezen met ${label}.`,
          },
        ],
        { questionnaire: other },
      );
    },
  );
});

describe('answers', () => {
  const version = `praktijkscan ${questionnaire.version}`;
  const strict = itemOf('digital-care-vision');
  const withNa = itemOf('ai-same-norms');
  const yesNo = itemOf('continuity-plan');

  it('the items used here are what they are taken for', () => {
    expect([strict.scale, strict.allowsNotApplicable]).toEqual(['agreement', false]);
    expect([withNa.scale, withNa.allowsNotApplicable]).toEqual(['agreement', true]);
    expect([yesNo.scale, yesNo.allowsNotApplicable]).toEqual(['yes-no', false]);
  });

  it('names the range of each item, and "na" only where the item allows it', () => {
    expectIssues(
      base({
        answers: {
          [strict.id]: 'na',
          [withNa.id]: 5,
          [yesNo.id]: 2,
          'no-such-item': 1,
        },
      }),
      [
        {
          code: 'na-not-allowed',
          path: ['answers', strict.id],
          params: { item: strict.id, max: 4 },
          en: `The item "${strict.id}" does not allow "na" (not applicable).`,
          nl: `Bij de vraag "${strict.id}" is "na" (niet van toepassing) niet toegestaan.`,
        },
        {
          code: 'answer-out-of-range',
          path: ['answers', withNa.id],
          params: { item: withNa.id, max: 4 },
          en: `The answer to "${withNa.id}" must be a whole number from 0 to 4, or "na" (not applicable).`,
          nl: `Het antwoord op "${withNa.id}" moet een geheel getal van 0 tot en met 4 zijn, of "na" (niet van toepassing).`,
        },
        {
          code: 'answer-out-of-range',
          path: ['answers', yesNo.id],
          params: { item: yesNo.id, max: 1 },
          en: `The answer to "${yesNo.id}" must be a whole number from 0 to 1.`,
          nl: `Het antwoord op "${yesNo.id}" moet een geheel getal van 0 tot en met 1 zijn.`,
        },
        {
          code: 'unknown-item',
          path: ['answers', 'no-such-item'],
          params: { item: 'no-such-item', questionnaire: version },
          en: `Unknown item "no-such-item" in questionnaire ${version}.`,
          nl: `Onbekende vraag "no-such-item" in vragenlijst ${version}.`,
        },
      ],
    );
  });

  it('an answer of the wrong type names what it received', () => {
    expectIssues(base({ answers: { [strict.id]: '3', [withNa.id]: null } }), [
      {
        code: 'answer-wrong-type',
        path: ['answers', strict.id],
        params: { item: strict.id, max: 4, received: 'the text "3"' },
        nlParams: { item: strict.id, max: 4, received: 'de tekst "3"' },
        en: `The answer to "${strict.id}" must be a whole number from 0 to 4, not the text "3".`,
        nl: `Het antwoord op "${strict.id}" moet een geheel getal van 0 tot en met 4 zijn, niet de tekst "3".`,
      },
      {
        code: 'answer-wrong-type',
        path: ['answers', withNa.id],
        params: { item: withNa.id, max: 4, received: 'null' },
        en: `The answer to "${withNa.id}" must be a whole number from 0 to 4, or "na" (not applicable), not null.`,
        nl: `Het antwoord op "${withNa.id}" moet een geheel getal van 0 tot en met 4 zijn, of "na" (niet van toepassing), niet null.`,
      },
    ]);
  });

  it('with an unknown questionnaire, answers are read on the widest scale, 0 to 4', () => {
    const [, outOfRange, wrongType, badKey] = issuesIn(
      'en',
      base({
        questionnaire: { id: 'praktijkscan', version: '9.9.9' },
        answers: { 'some-item': -1, 'other-item': 'x', 'Not An Id': 1 },
      }),
    );
    expect(outOfRange).toEqual({
      code: 'answer-out-of-range',
      path: ['answers', 'some-item'],
      pointer: '/answers/some-item',
      params: { item: 'some-item', max: 4 },
      message: 'The answer to "some-item" must be a whole number from 0 to 4.',
    });
    expect(wrongType?.message).toBe(
      'The answer to "other-item" must be a whole number from 0 to 4, not the text "x".',
    );
    expect(badKey).toEqual({
      code: 'invalid-id',
      path: ['answers', 'Not An Id'],
      pointer: '/answers/Not An Id',
      params: { maximum: 80 },
      message: invalidId.en,
    });
  });
});

describe('dates, ratings, roles, bottlenecks and duplicates', () => {
  it('a date that is no text is wrong-type, a text that is no date invalid-date', () => {
    const range = 'from 1900-01-01 to 2999-12-31';
    expectIssues(base({ completedOn: 20260501, lastPracticeVisitOn: '2026-02-30' }), [
      {
        code: 'wrong-type',
        path: ['completedOn'],
        params: { received: 'the number 20260501', expected: 'a date YYYY-MM-DD' },
        nlParams: { received: 'het getal 20260501', expected: 'een datum JJJJ-MM-DD' },
        en: 'Expected a date YYYY-MM-DD, received the number 20260501.',
        nl: 'Verwacht: een datum JJJJ-MM-DD; ontvangen: het getal 20260501.',
      },
      {
        code: 'invalid-date',
        path: ['lastPracticeVisitOn'],
        params: { received: 'the text "2026-02-30"', expected: 'a date YYYY-MM-DD' },
        nlParams: { received: 'de tekst "2026-02-30"', expected: 'een datum JJJJ-MM-DD' },
        en: `Not a valid calendar date in the form YYYY-MM-DD ${range}.`,
        nl: 'Geen geldige datum in de vorm JJJJ-MM-DD van 1900-01-01 tot en met 2999-12-31.',
      },
    ]);
  });

  it('effect and energy out of 1..5, named in the language of the message', () => {
    expectIssues(base({ ideas: [{ id: 'a', title: 'Idee', effect: 0, energy: 6 }] }), [
      {
        code: 'rating-out-of-range',
        path: ['ideas', 0, 'effect'],
        params: { field: 'Effect' },
        en: 'Effect must be a whole number from 1 to 5.',
        nl: 'Effect moet een geheel getal van 1 tot en met 5 zijn.',
      },
      {
        code: 'rating-out-of-range',
        path: ['ideas', 0, 'energy'],
        params: { field: 'Energy' },
        nlParams: { field: 'Energie' },
        en: 'Energy must be a whole number from 1 to 5.',
        nl: 'Energie moet een geheel getal van 1 tot en met 5 zijn.',
      },
    ]);
  });

  it('an unknown role and an unknown bottleneck list the known ones; repeats are named once', () => {
    const roles = 'gp, practice-manager, poh, doctors-assistant, other';
    const bottlenecks = 'morning-phone-pressure, repeat-questions, retyping, unclear-task-division';
    expectIssues(
      base({
        respondent: { role: 'boss' },
        bottlenecks: ['retyping', 'nope', 'retyping'],
        ideas: [
          { id: 'same', title: 'Een', effect: 1, energy: 1 },
          { id: 'same', title: 'Twee', effect: 1, energy: 1 },
        ],
      }),
      [
        {
          code: 'unknown-role',
          path: ['respondent', 'role'],
          params: { value: 'boss', known: roles },
          en: 'Unknown role "boss".',
          nl: 'Onbekende rol "boss".',
        },
        {
          code: 'unknown-bottleneck',
          path: ['bottlenecks', 1],
          params: { value: 'nope', known: bottlenecks },
          en: `Unknown bottleneck "nope"; known: ${bottlenecks}. Add your own under "ownBottlenecks".`,
          nl: `Onbekend knelpunt "nope"; bekend: ${bottlenecks}. Eigen knelpunten horen onder "ownBottlenecks".`,
        },
        {
          code: 'duplicate-idea-id',
          path: ['ideas', 1, 'id'],
          params: { id: 'same' },
          en: 'The idea id "same" is used more than once.',
          nl: 'De id "same" wordt door meer dan één verbeteridee gebruikt.',
        },
        {
          code: 'duplicate-bottleneck',
          path: ['bottlenecks', 2],
          params: { value: 'retyping' },
          en: 'The bottleneck "retyping" is listed more than once.',
          nl: 'Het knelpunt "retyping" staat er meer dan eens.',
        },
      ],
    );
  });

  it('a repeat in an otherwise valid response is named once, with its value only', () => {
    expectIssues(base({ bottlenecks: ['retyping', 'retyping'] }), [
      {
        code: 'duplicate-bottleneck',
        path: ['bottlenecks', 1],
        params: { value: 'retyping' },
        en: 'The bottleneck "retyping" is listed more than once.',
        nl: 'Het knelpunt "retyping" staat er meer dan eens.',
      },
    ]);
  });

  it('a role that is no text is wrong-type, expecting text (it said "an object" before)', () => {
    expectIssues(base({ respondent: { role: 5 } }), [
      {
        code: 'wrong-type',
        path: ['respondent', 'role'],
        params: { received: 'the number 5', expected: 'text' },
        nlParams: { received: 'het getal 5', expected: 'tekst' },
        en: 'Expected text, received the number 5.',
        nl: 'Verwacht: tekst; ontvangen: het getal 5.',
      },
    ]);
  });

  it('a bottleneck that is no text is wrong-type, expecting a known bottleneck id', () => {
    expectIssues(base({ bottlenecks: [3] }), [
      {
        code: 'wrong-type',
        path: ['bottlenecks', 0],
        params: { received: 'the number 3', expected: 'a known bottleneck id' },
        nlParams: { received: 'het getal 3', expected: 'een bekend knelpunt-id' },
        en: 'Expected a known bottleneck id, received the number 3.',
        nl: 'Verwacht: een bekend knelpunt-id; ontvangen: het getal 3.',
      },
    ]);
  });

  it('quotes at most 100 characters of an unknown bottleneck, and lists the known ones whole', () => {
    const [issue] = issuesIn('en', base({ bottlenecks: ['b'.repeat(150)] }));
    expect(issue?.params.value).toBe(`${'b'.repeat(100)}…`);
    expect(String(issue?.params.known).split(', ')).toContain('unclear-task-division');
  });
});

describe('the size limits, at exactly the limit and one past it', () => {
  const tooLarge = (detail: string, path: (string | number)[] = []): Expected => ({
    code: 'input-too-large',
    path,
    params: { detail },
    en: `The input is too large: ${detail}.`,
    nl: `De invoer is te groot: ${detail}.`,
  });
  const nested = (levels: number): unknown => (levels === 0 ? 'x' : { a: nested(levels - 1) });
  const notText = (path: string): Expected => ({
    code: 'wrong-type',
    path: [path],
    params: { received: 'an object', expected: 'text' },
    nlParams: { received: 'een object', expected: 'tekst' },
    en: 'Expected text, received an object.',
    nl: 'Verwacht: tekst; ontvangen: een object.',
  });

  it(`nests objects ${responseLimits.maxDepth} levels deep (the root one of them), not one more`, () => {
    // The root is level 1, practiceName level 2.
    expectIssues(base({ practiceName: nested(responseLimits.maxDepth - 1) }), [
      notText('practiceName'),
    ]);
    expectIssues(base({ practiceName: nested(responseLimits.maxDepth) }), [
      tooLarge('nested deeper than 8 levels', [
        'practiceName',
        ...Array.from({ length: responseLimits.maxDepth - 1 }, () => 'a'),
      ]),
    ]);
  });

  it(`reads ${responseLimits.maxNodes} values, not one more (counted one by one)`, () => {
    // The root, the outer list (practiceName), the inner list, its entries and the 5: 20,000 values
    // with maxNodes - 4 entries, read one by one (the inner list fits when it is counted).
    const list = (entries: number) => ({ practiceName: [new Array(entries).fill(0), 5] });
    const fits = issuesIn('en', list(responseLimits.maxNodes - 4));
    expect(fits.map((issue) => issue.code)).not.toContain('input-too-large');
    expect(fits.map((issue) => [issue.pointer, issue.code])).toContainEqual([
      '/practiceName',
      'wrong-type',
    ]);
    expectIssues(list(responseLimits.maxNodes - 3), [tooLarge('more than 20000 values')]);
  });

  it('counts a list by its length before reading it: nothing inside a list that is too long is read', () => {
    // Root, practiceName, the list: 2 values before the list's entries.
    const entries = (count: number) => {
      const list: unknown[] = new Array(count).fill(0);
      Object.defineProperty(list, 0, {
        enumerable: true,
        get() {
          throw new Error('read');
        },
      });
      return list;
    };
    const fits = issuesIn('en', { practiceName: entries(responseLimits.maxNodes - 2) });
    expect(fits.map((issue) => [issue.pointer, issue.code])).toContainEqual([
      '/practiceName/0',
      'unreadable-value',
    ]);
    expectIssues({ practiceName: entries(responseLimits.maxNodes - 1) }, [
      tooLarge('more than 20000 values'),
    ]);
  });

  it('counts an object by its keys before reading it: no key of an object that is too large is read', () => {
    const keyed = (count: number) => {
      const object: Record<string, number> = { constructor: 0 };
      for (let index = 1; index < count; index += 1) object[`k${index}`] = 0;
      return object;
    };
    const fits = issuesIn('en', { practiceName: keyed(responseLimits.maxNodes - 2) });
    expect(fits.map((issue) => [issue.pointer, issue.code])).toContainEqual([
      '/practiceName/constructor',
      'forbidden-key',
    ]);
    expect(fits.map((issue) => issue.code)).not.toContain('input-too-large');
    expectIssues({ practiceName: keyed(responseLimits.maxNodes - 1) }, [
      tooLarge('more than 20000 values'),
    ]);
  });

  it('reads no further key once the input is too large', () => {
    const input = { practiceName: nested(responseLimits.maxDepth + 2), constructor: 1 };
    expect(issuesIn('en', input).map((issue) => issue.code)).toEqual(['input-too-large']);
  });

  it(`lists ${responseLimits.maxIssues} problems whole, and past that the first 99 and how many there were`, () => {
    const unknownFields = (count: number) =>
      base(Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, 1])));
    const atLimit = issuesIn('en', unknownFields(responseLimits.maxIssues));
    expect(atLimit).toHaveLength(100);
    expect(atLimit.every((issue) => issue.code === 'unknown-field')).toBe(true);
    expect(atLimit.at(-1)?.pointer).toBe('/k99');

    for (const locale of ['en', 'nl'] as const) {
      const past = issuesIn(locale, unknownFields(responseLimits.maxIssues + 1));
      expect(past).toHaveLength(100);
      expect(past.slice(0, 99).every((issue) => issue.code === 'unknown-field')).toBe(true);
      expect(past.at(-1)).toEqual({
        code: 'input-too-large',
        path: [],
        pointer: '',
        params: { detail: '101 problems, of which the first 99 are listed' },
        message:
          locale === 'en'
            ? 'The input is too large: 101 problems, of which the first 99 are listed.'
            : 'De invoer is te groot: 101 problems, of which the first 99 are listed.',
      });
    }
  });
});

describe('values that are not JSON', () => {
  it('a field whose getter throws is one unreadable-value, not also a missing field', () => {
    const input = base();
    Object.defineProperty(input, 'practiceId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesIn('nl', input)).toEqual([
      {
        code: 'unreadable-value',
        path: ['practiceId'],
        pointer: '/practiceId',
        params: {},
        message:
          'Deze waarde is niet te lezen als gegevens: een eigenschap die bij het lezen een fout geeft, of een ingetrokken Proxy.',
      },
    ]);
  });

  it('a symbol key is not read; a symbol value is described', () => {
    const input = { ...base(), [Symbol('extra')]: 1 };
    expect(parseResponse(input).practiceId).toBe('practice-1');
  });
});

describe('options and the JSON entry point', () => {
  it('options that are no object are a TypeError', () => {
    for (const options of [null, 'nl', 5]) {
      expect(() => safeParseResponse(base(), options as never)).toThrow(
        new TypeError('parseResponse options must be an object, e.g. { locale: "nl" }'),
      );
    }
  });

  it('parseResponseJson: text that is no text, no JSON, or too long', () => {
    const thrown = (run: () => unknown): ResponseValidationError => {
      try {
        run();
      } catch (error) {
        if (error instanceof ResponseValidationError) return error;
        throw error;
      }
      throw new Error('expected a ResponseValidationError');
    };
    expect(thrown(() => parseResponseJson(5 as never, { locale: 'nl' })).issues).toEqual([
      {
        code: 'invalid-json',
        path: [],
        pointer: '',
        params: { detail: 'the input is not text' },
        message: 'De tekst is geen geldige JSON: the input is not text.',
      },
    ]);
    const [notJson] = thrown(() => parseResponseJson('{')).issues;
    expect(notJson?.code).toBe('invalid-json');
    expect(notJson?.path).toEqual([]);
    expect(String(notJson?.params.detail).length).toBeGreaterThan(0);
    expect(notJson?.message).toBe(`The text is not valid JSON: ${notJson?.params.detail}.`);

    const text = JSON.stringify(base());
    const padded = (length: number) => text + ' '.repeat(length - text.length);
    expect(parseResponseJson(padded(responseLimits.maxJsonLength)).practiceId).toBe('practice-1');
    expect(
      thrown(() => parseResponseJson(padded(responseLimits.maxJsonLength + 1))).issues,
    ).toEqual([
      {
        code: 'input-too-large',
        path: [],
        pointer: '',
        params: { detail: 'longer than 1000000 characters' },
        message: 'The input is too large: longer than 1000000 characters.',
      },
    ]);
  });

  it('parseResponseJson: an invalid response gives the same problems as parseResponse', () => {
    const error = (() => {
      try {
        parseResponseJson('{}');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.pointer)).toEqual([
      '/questionnaire',
      '/practiceId',
      '/completedOn',
      '/answers',
    ]);
  });

  it('a parsed response leaves out the optional fields it did not have', () => {
    const parsed = parseResponse(base());
    expect(Object.keys(parsed)).toEqual([
      'questionnaire',
      'practiceId',
      'completedOn',
      'answers',
      'bottlenecks',
      'ownBottlenecks',
      'ideas',
    ]);
    expect(isParsedResponse(parsed)).toBe(true);
    for (const value of [null, undefined, 5, 'x', {}, { ...parsed }]) {
      expect(isParsedResponse(value)).toBe(false);
    }
  });
});
