// A questionnaire reference whose id or version is no text is one problem, the wrong type at that
// field: not also an unknown questionnaire, and not a mismatch with the questionnaire the caller
// named (issue 16: mutants that looked the questionnaire up anyway survived).
import { describe, expect, it } from 'vitest';
import { questionnaire, safeParseResponse } from '../src';

const response = { practiceId: 'practice-1', completedOn: '2026-05-01', answers: {} };
const problemsOf = (reference: unknown, options = {}) => {
  const result = safeParseResponse({ ...response, questionnaire: reference }, options);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map((issue) => [issue.code, issue.pointer]);
};

describe('a questionnaire reference with a field that is no text', () => {
  it.each([
    ['an id', { id: 5, version: questionnaire.version }, '/questionnaire/id'],
    ['the version of a known id', { id: 'praktijkscan', version: 5 }, '/questionnaire/version'],
    ['the version of an unknown id', { id: 'nope', version: 5 }, '/questionnaire/version'],
  ])(
    '%s: only the wrong type, with or without a questionnaire passed in',
    (_, reference, pointer) => {
      expect(problemsOf(reference)).toStrictEqual([['wrong-type', pointer]]);
      expect(problemsOf(reference, { questionnaire })).toStrictEqual([['wrong-type', pointer]]);
    },
  );
});
