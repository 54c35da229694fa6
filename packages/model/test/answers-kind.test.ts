// Answers that are no object are named "an object" whether or not the questionnaire is known: with
// a known one zod checks them as an object, with an unknown or missing one as a record, for which
// zod names no kind of its own (issue 16: a mutant that read every such field as text survived).
import { describe, expect, it } from 'vitest';
import { questionnaire, safeParseResponse } from '../src';

const wrongTypeOfAnswers = (input: Record<string, unknown>, locale: 'en' | 'nl') => {
  const result = safeParseResponse(input, { locale });
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.find((issue) => issue.pointer === '/answers');
};

describe('answers of the wrong type', () => {
  const response = { practiceId: 'practice-1', completedOn: '2026-05-01', answers: 5 };
  it.each([
    ['a known questionnaire', { id: 'praktijkscan', version: questionnaire.version }],
    ['an unknown questionnaire', { id: 'nope', version: '1' }],
    ['an unknown version', { id: 'praktijkscan', version: '0.0.0-none' }],
    ['no questionnaire', undefined],
  ])('expect an object with %s', (_, reference) => {
    const input = { ...response, questionnaire: reference };
    expect(wrongTypeOfAnswers(input, 'en')).toStrictEqual({
      code: 'wrong-type',
      path: ['answers'],
      pointer: '/answers',
      params: { received: 'the number 5', expected: 'an object' },
      message: 'Expected an object, received the number 5.',
    });
    expect(wrongTypeOfAnswers(input, 'nl')).toStrictEqual({
      code: 'wrong-type',
      path: ['answers'],
      pointer: '/answers',
      params: { received: 'het getal 5', expected: 'een object' },
      message: 'Verwacht: een object; ontvangen: het getal 5.',
    });
  });
});
