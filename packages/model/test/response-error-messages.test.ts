// The summary of a ResponseValidationError (issue 16): how many problems it names, the first five
// written out, the "and N more" tail past them, singular and plural, in both languages of the issues.
import { describe, expect, it } from 'vitest';
import {
  questionnaire,
  ResponseValidationError,
  safeParseResponse,
  toJsonPointer,
  type ValidationIssue,
} from '../src';

const issue = (pointer: string, message: string): ValidationIssue => ({
  code: 'unknown-field',
  path: pointer === '' ? [] : pointer.slice(1).split('/'),
  pointer,
  message,
  params: {},
});
const numbered = (count: number) =>
  Array.from({ length: count }, (_, index) => issue(`/k${index}`, `Problem ${index}.`));

describe('ResponseValidationError: its own message', () => {
  it('is named ResponseValidationError and is an Error', () => {
    const error = new ResponseValidationError(numbered(1));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ResponseValidationError');
  });

  it('says "1 problem" in the singular, and writes it out', () => {
    expect(new ResponseValidationError(numbered(1)).message).toBe(
      'Invalid praktijkscan response (1 problem):\n  /k0: Problem 0.',
    );
  });

  it('says "problems" in the plural for 0 and 2', () => {
    expect(new ResponseValidationError([]).message).toBe(
      'Invalid praktijkscan response (0 problems):\n  ',
    );
    expect(new ResponseValidationError(numbered(2)).message).toBe(
      'Invalid praktijkscan response (2 problems):\n  /k0: Problem 0.\n  /k1: Problem 1.',
    );
  });

  it('writes out exactly five problems without a tail', () => {
    const lines = [0, 1, 2, 3, 4].map((index) => `/k${index}: Problem ${index}.`);
    expect(new ResponseValidationError(numbered(5)).message).toBe(
      `Invalid praktijkscan response (5 problems):\n  ${lines.join('\n  ')}`,
    );
  });

  it('writes out the first five of six and says "and 1 more"', () => {
    const lines = [0, 1, 2, 3, 4].map((index) => `/k${index}: Problem ${index}.`);
    expect(new ResponseValidationError(numbered(6)).message).toBe(
      `Invalid praktijkscan response (6 problems):\n  ${lines.join('\n  ')}\n  … and 1 more`,
    );
  });

  it('counts the rest past five: 12 problems, "and 7 more"', () => {
    const message = new ResponseValidationError(numbered(12)).message;
    expect(
      message.startsWith('Invalid praktijkscan response (12 problems):\n  /k0: Problem 0.'),
    ).toBe(true);
    expect(message.endsWith('\n  /k4: Problem 4.\n  … and 7 more')).toBe(true);
    expect(message).not.toContain('/k5');
  });

  it('names the whole input "(root)" and quotes at most 100 characters of a pointer', () => {
    const long = `/${'p'.repeat(150)}`;
    const message = new ResponseValidationError([issue('', 'Root.'), issue(long, 'Long.')]).message;
    expect(message).toBe(
      `Invalid praktijkscan response (2 problems):\n  (root): Root.\n  ${long.slice(0, 100)}…: Long.`,
    );
  });

  it('keeps a frozen copy of every issue, however many', () => {
    const issues = numbered(12);
    const error = new ResponseValidationError(issues);
    expect(error.issues).toEqual(issues);
    expect(error.issues).not.toBe(issues);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('writes the issues in the language asked for, the summary around them in English', () => {
    const input = { questionnaire: { id: 'praktijkscan', version: questionnaire.version } };
    const expected = {
      en: 'Invalid praktijkscan response (3 problems):\n  /practiceId: This field is required.\n  /completedOn: This field is required.\n  /answers: This field is required.',
      nl: 'Invalid praktijkscan response (3 problems):\n  /practiceId: Dit veld is verplicht.\n  /completedOn: Dit veld is verplicht.\n  /answers: Dit veld is verplicht.',
    } as const;
    for (const locale of ['en', 'nl'] as const) {
      const result = safeParseResponse(input, { locale });
      if (result.success) throw new Error('expected a failure');
      expect(result.error.message).toBe(expected[locale]);
    }
  });

  it('from a parse of 10 problems, five in Dutch and "and 5 more"', () => {
    const result = safeParseResponse({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, { locale: 'nl' });
    if (result.success) throw new Error('expected a failure');
    // 4 required fields are missing and 6 fields are unknown: 10 problems.
    expect(result.error.issues).toHaveLength(10);
    expect(result.error.message).toBe(
      [
        'Invalid praktijkscan response (10 problems):',
        '/questionnaire: Dit veld is verplicht.',
        '/practiceId: Dit veld is verplicht.',
        '/completedOn: Dit veld is verplicht.',
        '/answers: Dit veld is verplicht.',
        '/a: Onbekend veld "a".',
        '… and 5 more',
      ].join('\n  '),
    );
  });
});

describe('toJsonPointer (RFC 6901)', () => {
  it.each([
    [[], ''],
    [['answers', 'has-vision'], '/answers/has-vision'],
    [['ideas', 0, 'effect'], '/ideas/0/effect'],
    [['a/b'], '/a~1b'],
    [['c~d'], '/c~0d'],
    [['~/'], '/~0~1'],
    [['~1'], '/~01'],
    [[''], '/'],
  ] as const)('writes %j as %j', (path, pointer) => {
    expect(toJsonPointer(path)).toBe(pointer);
  });
});
