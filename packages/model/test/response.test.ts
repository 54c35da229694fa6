import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  getQuestionnaire,
  isParsedResponse,
  type PracticeResponse,
  parseResponse,
  parseResponseJson,
  questionnaire,
  ResponseValidationError,
  responseLimits,
  safeParseResponse,
  validationCodes,
} from '../src';
import { en } from '../src/response/messages/en';
import { samplePractices } from '../src/samples';

const firstItem = (predicate: (item: (typeof questionnaire.items)[number]) => boolean) => {
  const item = questionnaire.items.find(predicate);
  if (!item) throw new Error('the questionnaire has no such item');
  return item;
};
const strictItem = firstItem(
  (item) => item.scored && !item.allowsNotApplicable && item.scale === 'agreement',
);
const inventoryItem = firstItem((item) => item.scale === 'usage');

function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    questionnaire: { id: 'praktijkscan', version: questionnaire.version },
    practiceId: 'practice-1',
    completedOn: '2026-05-01',
    answers: { [strictItem.id]: 3, [inventoryItem.id]: 'na' },
    ...overrides,
  };
}

function problems(input: unknown, options = {}): [string, string][] {
  const result = safeParseResponse(input, options);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.pointer, issue.code]);
}

describe('parseResponse on valid input', () => {
  it('accepts every sample practice and returns it in canonical form, deep-frozen', () => {
    for (const sample of samplePractices) {
      const parsed = parseResponse(JSON.parse(JSON.stringify(sample)));
      expect(parsed.practiceId).toBe(sample.practiceId);
      expect(Object.isFrozen(parsed.answers)).toBe(true);
      expect(isParsedResponse(parsed)).toBe(true);
      const answered = getQuestionnaire(sample.questionnaire.version);
      const order = answered.items.map((item) => item.id).filter((id) => id in parsed.answers);
      expect(Object.keys(parsed.answers)).toEqual(order);
    }
  });

  it('fills in left-out lists and keeps the key order fixed', () => {
    const parsed = parseResponse(
      valid({ lastPracticeVisitOn: '2025-11-01', practiceName: 'De Linde' }),
    );
    expect(Object.keys(parsed)).toEqual([
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
    expect(parsed.bottlenecks).toEqual([]);
    expect(parsed.ideas).toEqual([]);
  });

  it('does not mark a copy as parsed', () => {
    const parsed = parseResponse(valid());
    expect(isParsedResponse({ ...parsed })).toBe(false);
    expect(isParsedResponse(null)).toBe(false);
  });
});

describe('bad input: every problem at once, each with its path and a stable code', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'praktijkscan'],
    ['a number', 42],
    ['undefined', undefined],
  ])('rejects %s as not an object', (_label, input) => {
    expect(problems(input)).toEqual([['', 'not-an-object']]);
  });

  it('names an unknown questionnaire and an unknown version', () => {
    expect(
      problems(valid({ questionnaire: { id: 'other-scan', version: '1.0.0' } })),
    ).toContainEqual(['/questionnaire/id', 'unknown-questionnaire']);
    const result = safeParseResponse(
      valid({ questionnaire: { id: 'praktijkscan', version: '9.0.0' } }),
    );
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.code).toBe('unknown-version');
    expect(issue?.message).toContain(questionnaire.version);
  });

  it('reports unknown items, out-of-range and wrong-type answers, and "na" where not allowed, together', () => {
    const input = valid({
      answers: {
        'no-such-item': 1,
        [strictItem.id]: 'na',
        [inventoryItem.id]: 5,
        [firstItem((item) => item.scale === 'agreement' && item.id !== strictItem.id).id]: '3',
        [firstItem((item) => item.scale === 'yes-no').id]: 2,
        [firstItem((item) => item.scale === 'agreement' && item.id !== strictItem.id && item.scored)
          .id]: 2.5,
      },
    });
    const found = problems(input);
    expect(found).toContainEqual(['/answers/no-such-item', 'unknown-item']);
    expect(found).toContainEqual([`/answers/${strictItem.id}`, 'na-not-allowed']);
    expect(found).toContainEqual([`/answers/${inventoryItem.id}`, 'answer-out-of-range']);
    expect(found).toContainEqual([
      `/answers/${firstItem((item) => item.scale === 'yes-no').id}`,
      'answer-out-of-range',
    ]);
  });

  it('reports a text answer as the wrong type', () => {
    const item = firstItem(
      (candidate) => candidate.scale === 'agreement' && candidate.id !== strictItem.id,
    );
    expect(problems(valid({ answers: { [item.id]: '3' } }))).toEqual([
      [`/answers/${item.id}`, 'answer-wrong-type'],
    ]);
    expect(problems(valid({ answers: { [item.id]: 2.5 } }))).toEqual([
      [`/answers/${item.id}`, 'answer-out-of-range'],
    ]);
  });

  it.each(['2026-02-30', '2026-13-01', '01-05-2026', '2026-5-1', '2026-05-01T10:00:00Z', ''])(
    'rejects the date "%s"',
    (date) => {
      expect(problems(valid({ completedOn: date }))).toEqual([['/completedOn', 'invalid-date']]);
      expect(problems(valid({ lastPracticeVisitOn: date }))).toEqual([
        ['/lastPracticeVisitOn', 'invalid-date'],
      ]);
    },
  );

  it('accepts 29 February in a leap year only', () => {
    expect(problems(valid({ completedOn: '2024-02-29' }))).toEqual([]);
    expect(problems(valid({ completedOn: '2026-02-29' }))).toEqual([
      ['/completedOn', 'invalid-date'],
    ]);
  });

  it('rejects effect or energy outside 1..5, and duplicate idea ids', () => {
    const idea = (id: string, effect: unknown, energy: unknown) => ({
      id,
      title: 'Idee',
      effect,
      energy,
    });
    const found = problems(
      valid({
        ideas: [
          idea('a', 0, 3),
          idea('b', 3, 6),
          idea('c', 2.5, 3),
          idea('a', 3, 3),
          idea('d', '3', 3),
        ],
      }),
    );
    expect(found).toEqual([
      ['/ideas/0/effect', 'rating-out-of-range'],
      ['/ideas/1/energy', 'rating-out-of-range'],
      ['/ideas/2/effect', 'rating-out-of-range'],
      ['/ideas/4/effect', 'rating-out-of-range'],
      ['/ideas/3/id', 'duplicate-idea-id'],
    ]);
  });

  it('rejects unknown and repeated bottlenecks, and points to ownBottlenecks', () => {
    const result = safeParseResponse(
      valid({ bottlenecks: ['repeat-questions', 'too-much-coffee', 'repeat-questions'] }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/bottlenecks/1', 'unknown-bottleneck'],
      ['/bottlenecks/2', 'duplicate-bottleneck'],
    ]);
    expect(result.error.issues[0]?.message).toContain('ownBottlenecks');
  });

  it('reports missing required fields and unknown fields', () => {
    expect(
      problems({ questionnaire: { id: 'praktijkscan', version: questionnaire.version }, extra: 1 }),
    ).toEqual([
      ['/practiceId', 'missing-field'],
      ['/completedOn', 'missing-field'],
      ['/answers', 'missing-field'],
      ['/extra', 'unknown-field'],
    ]);
  });

  it('rejects __proto__, constructor and prototype keys anywhere, and touches no prototype', () => {
    const hostile = JSON.parse(
      `{"questionnaire":{"id":"praktijkscan","version":"${questionnaire.version}"},"practiceId":"p","completedOn":"2026-01-01",` +
        `"answers":{"__proto__":{"polluted":true}},"ideas":[{"id":"a","title":"t","effect":3,"energy":3,"constructor":{"prototype":{"polluted":true}}}],` +
        '"__proto__":{"polluted":true}}',
    );
    expect(problems(hostile)).toEqual([
      ['/answers/__proto__', 'forbidden-key'],
      ['/ideas/0/constructor', 'forbidden-key'],
      ['/__proto__', 'forbidden-key'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects oversized input within the documented limits', () => {
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let depth = 0; depth < 20; depth += 1) {
      cursor.next = {};
      cursor = cursor.next as Record<string, unknown>;
    }
    expect(problems(valid({ extra: deep }))[0]?.[1]).toBe('input-too-large');
    expect(
      problems(valid({ extra: Array.from({ length: responseLimits.maxNodes + 1 }, () => 0) })),
    ).toEqual([['', 'input-too-large']]);
    expect(
      problems(valid({ practiceId: 'x'.repeat(responseLimits.maxPracticeIdLength + 1) })),
    ).toEqual([['/practiceId', 'too-long']]);
    const ideas = Array.from({ length: responseLimits.maxIdeas + 1 }, (_, index) => ({
      id: `idea-${index}`,
      title: 'Idee',
      effect: 3,
      energy: 3,
    }));
    expect(problems(valid({ ideas }))).toEqual([['/ideas', 'too-many']]);
    expect(() => parseResponseJson(' '.repeat(responseLimits.maxJsonLength + 1))).toThrow(
      /too large/,
    );
  });

  it('rejects empty and control-character texts and malformed ids', () => {
    expect(problems(valid({ practiceId: '' }))).toEqual([['/practiceId', 'empty']]);
    expect(problems(valid({ practiceId: ' \t ' }))).toEqual([['/practiceId', 'empty']]);
    expect(problems(valid({ ownBottlenecks: ['  '] }))).toEqual([['/ownBottlenecks/0', 'empty']]);
    expect(problems(valid({ practiceId: 'a\u0000b' }))).toEqual([['/practiceId', 'invalid-text']]);
    expect(
      problems(valid({ ideas: [{ id: 'Not Kebab', title: 't', effect: 3, energy: 3 }] })),
    ).toEqual([['/ideas/0/id', 'invalid-id']]);
  });

  it('reports wrong types with what was expected and received', () => {
    const result = safeParseResponse(valid({ practiceId: 12, ownBottlenecks: 'telefoon' }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/practiceId', 'wrong-type'],
      ['/ownBottlenecks', 'wrong-type'],
    ]);
    expect(result.error.issues[0]?.message).toBe('Expected text, received the number 12.');
  });

  it('describes received values and expectations in the language of the message', () => {
    const result = safeParseResponse(valid({ practiceId: 42, bottlenecks: [5] }), { locale: 'nl' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.message)).toEqual([
      'Verwacht: tekst; ontvangen: het getal 42.',
      'Verwacht: een bekend knelpunt-id; ontvangen: het getal 5.',
    ]);
    const undefinedInput = safeParseResponse(undefined, { locale: 'nl' });
    expect(undefinedInput.success ? '' : undefinedInput.error.issues[0]?.message).toBe(
      'Een ingevulde scan moet een JSON-object zijn, geen niets.',
    );
    const rating = safeParseResponse(
      valid({ ideas: [{ id: 'a', title: 't', effect: 3, energy: 9 }] }),
      { locale: 'nl' },
    );
    expect(rating.success ? '' : rating.error.issues[0]?.message).toBe(
      'Energie moet een geheel getal van 1 tot en met 5 zijn.',
    );
  });

  it('reports a value of the wrong type once, not again for its length', () => {
    expect(problems(valid({ bottlenecks: 'retyping' }))).toEqual([['/bottlenecks', 'wrong-type']]);
  });

  it('reports an answer key that is no id at all as invalid-id when the questionnaire is unknown', () => {
    expect(
      problems(
        valid({
          questionnaire: { id: 'praktijkscan', version: '9.9.9' },
          answers: { 'Bad Key': 1 },
        }),
      ),
    ).toEqual([
      ['/questionnaire/version', 'unknown-version'],
      ['/answers/Bad Key', 'invalid-id'],
    ]);
  });

  it('throws a RangeError for an unknown locale option: options are code, not input', () => {
    expect(() => safeParseResponse({}, { locale: 'de' as never })).toThrow(RangeError);
  });

  it('speaks Dutch when asked', () => {
    const result = safeParseResponse(valid({ completedOn: '2026-02-30' }), { locale: 'nl' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]?.message).toBe(
      'Geen geldige datum in de vorm JJJJ-MM-DD van 1900-01-01 tot en met 2999-12-31.',
    );
  });

  it('parseResponse throws the same error with a readable summary; parseResponseJson adds invalid-json', () => {
    expect(() => parseResponse(valid({ completedOn: 'soon' }))).toThrow(ResponseValidationError);
    expect(() => parseResponse(valid({ completedOn: 'soon' }))).toThrow(
      /\/completedOn: Not a valid calendar date/,
    );
    try {
      parseResponseJson('{"questionnaire": ');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).issues[0]?.code).toBe('invalid-json');
    }
    const sample = samplePractices[0] as PracticeResponse;
    expect(parseResponseJson(JSON.stringify(sample)).practiceId).toBe(sample.practiceId);
  });

  it('every code has a message in both languages', async () => {
    const { en } = await import('../src/response/messages/en');
    const { nl } = await import('../src/response/messages/nl');
    for (const code of validationCodes) {
      expect(en.messages[code], code).toMatch(/\S/);
      expect(nl.messages[code], code).toMatch(/\S/);
      expect(nl.messages[code], code).not.toBe(en.messages[code]);
    }
  });
});

describe('fuzzing', () => {
  const item = fc.constantFrom(
    ...questionnaire.items.map((candidate) => candidate.id),
    'unknown',
    '__proto__',
  );
  const nearlyValid = fc.record(
    {
      questionnaire: fc.oneof(
        fc.constant({ id: 'praktijkscan', version: questionnaire.version }),
        fc.record({ id: fc.string(), version: fc.string() }),
        fc.anything(),
      ),
      practiceId: fc.oneof(fc.string(), fc.anything()),
      completedOn: fc.oneof(fc.constant('2026-01-01'), fc.string(), fc.anything()),
      answers: fc.oneof(
        fc.dictionary(
          item,
          fc.oneof(fc.integer({ min: -2, max: 6 }), fc.constant('na'), fc.anything()),
        ),
        fc.anything(),
      ),
      ideas: fc.oneof(
        fc.array(
          fc.record({
            id: fc.string(),
            title: fc.string(),
            effect: fc.anything(),
            energy: fc.integer(),
          }),
        ),
        fc.anything(),
      ),
      bottlenecks: fc.anything(),
    },
    { requiredKeys: [] },
  );

  test.prop([
    fc.oneof(
      fc.jsonValue(),
      fc.anything({ withObjectString: true, withNullPrototype: true }),
      nearlyValid,
    ),
  ])(
    'only ResponseValidationError ever comes out, and every issue has a known code and a pointer',
    (input) => {
      try {
        parseResponse(input);
      } catch (error) {
        expect(error).toBeInstanceOf(ResponseValidationError);
        for (const issue of (error as ResponseValidationError).issues) {
          expect(validationCodes).toContain(issue.code);
          expect(typeof issue.pointer).toBe('string');
          // Every placeholder of the message template was filled in.
          for (const [, name] of en.messages[issue.code].matchAll(/\{(\w+)\}/g)) {
            expect(
              name === 'na' || Object.hasOwn(issue.params, name as string),
              `${issue.code} {${name}}`,
            ).toBe(true);
          }
        }
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  test.prop([fc.string()])(
    'parseResponseJson turns any text into a response or a ResponseValidationError',
    (text) => {
      try {
        parseResponseJson(text);
      } catch (error) {
        expect(error).toBeInstanceOf(ResponseValidationError);
      }
    },
  );
});

describe('responseSchema (used directly, without parseResponse)', () => {
  it('does not admit answer keys that reach a prototype', async () => {
    const { responseSchema } = await import('../src');
    const base = {
      questionnaire: { id: 'praktijkscan', version: '1.0.0' },
      practiceId: 'p',
      completedOn: '2026-01-01',
    };
    expect(responseSchema.safeParse({ ...base, answers: { 'has-vision': 1 } }).success).toBe(true);
    expect(responseSchema.safeParse({ ...base, answers: { constructor: 1 } }).success).toBe(false);
    // zod leaves an own "__proto__" key out of its output: nothing reaches a prototype.
    const parsed = responseSchema.safeParse({
      ...base,
      answers: JSON.parse('{"__proto__": {"polluted": 1}}'),
    });
    expect(parsed.success && Object.hasOwn(parsed.data.answers, '__proto__')).toBe(false);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
