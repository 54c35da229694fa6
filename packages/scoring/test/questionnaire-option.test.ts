import {
  type PracticeResponse,
  parseResponse,
  questionnaire as publishedQuestionnaire,
  type Questionnaire,
  questionnaireSchema,
  ResponseValidationError,
  toJsonPointer,
} from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { adoptionProfile, ScoreOptionsError, scoreResponse } from '../src';
import { thrown } from './support/thrown';

const published = publishedQuestionnaire as Questionnaire;

describe('the questionnaire option: an invalid questionnaire', () => {
  it('is named at the root where it is no object at all', () => {
    const problem = questionnaireSchema.safeParse(5).error?.issues[0]?.message;
    expect(problem).toBeDefined();
    const error = thrown(() => scoreResponse(sampleHalfway, { questionnaire: 5 as never }));
    expect(error).toBeInstanceOf(ScoreOptionsError);
    expect((error as ScoreOptionsError).option).toBe('questionnaire');
    expect((error as ScoreOptionsError).message).toBe(
      `Invalid scoring option "questionnaire": not a valid questionnaire: (root): ${problem}`,
    );
  });

  it('is described by its first five problems, each with its path, apart by semicolons', () => {
    const issues = questionnaireSchema.safeParse({}).error?.issues ?? [];
    expect(issues.length).toBeGreaterThan(5);
    const error = thrown(() => adoptionProfile(sampleHalfway, { questionnaire: {} as never }));
    expect(error).toBeInstanceOf(ScoreOptionsError);
    const problems = (error as Error).message.replace(
      'Invalid scoring option "questionnaire": not a valid questionnaire: ',
      '',
    );
    expect(problems).toBe(
      issues
        .slice(0, 5)
        .map((issue) => `${toJsonPointer(issue.path as (string | number)[])}: ${issue.message}`)
        .join('; '),
    );
  });

  it('is checked again on every call while it can still change', () => {
    const custom = JSON.parse(JSON.stringify(published)) as { items: { scale: string }[] };
    expect(scoreResponse(sampleHalfway, { questionnaire: custom as never }).overall).toBe(
      scoreResponse(sampleHalfway).overall,
    );
    (custom.items[0] as { scale: string }).scale = 'no-such-scale';
    expect(() => scoreResponse(sampleHalfway, { questionnaire: custom as never })).toThrow(
      ScoreOptionsError,
    );
  });
});

describe('a parsed response read against another questionnaire', () => {
  const parsed = parseResponse(sampleHalfway);
  const mismatch = (run: () => unknown) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(ResponseValidationError);
    return (error as ResponseValidationError).issues;
  };

  it('is refused where the version differs', () => {
    const other = { ...published, version: '9.9.9' };
    const expected = [
      {
        code: 'questionnaire-mismatch',
        path: ['questionnaire'],
        pointer: '/questionnaire',
        message:
          'The response answers praktijkscan 2.0.0, but it is being read against praktijkscan 9.9.9.',
        params: { actual: 'praktijkscan 2.0.0', expected: 'praktijkscan 9.9.9' },
      },
    ];
    expect(mismatch(() => scoreResponse(parsed, { questionnaire: other }))).toEqual(expected);
    expect(mismatch(() => adoptionProfile(parsed, { questionnaire: other }))).toEqual(expected);
  });

  it('is refused where the id differs', () => {
    const other = { ...published, id: 'andere-scan' };
    expect(mismatch(() => scoreResponse(parsed, { questionnaire: other }))).toEqual([
      expect.objectContaining({
        code: 'questionnaire-mismatch',
        message:
          'The response answers praktijkscan 2.0.0, but it is being read against andere-scan 2.0.0.',
        params: { actual: 'praktijkscan 2.0.0', expected: 'andere-scan 2.0.0' },
      }),
    ]);
  });

  it('is refused where no published questionnaire has its version', () => {
    const custom = { ...published, version: '9.9.9' };
    const response: PracticeResponse = parseResponse(
      { ...sampleHalfway, questionnaire: { id: 'praktijkscan', version: '9.9.9' } },
      { questionnaire: custom },
    );
    expect(scoreResponse(response, { questionnaire: custom }).overall).toBe(
      scoreResponse(sampleHalfway).overall,
    );
    expect(mismatch(() => scoreResponse(response))).toEqual([
      expect.objectContaining({
        code: 'questionnaire-mismatch',
        message: 'The response answers praktijkscan 9.9.9, but it is being read against none.',
        params: { actual: 'praktijkscan 9.9.9', expected: 'none' },
      }),
    ]);
  });
});
