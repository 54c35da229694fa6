import type { PracticeResponse } from '@praktijkscan/model';
import { sampleTeam } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { combineResponses, scoreResponse, scoreTeam, TeamInputError, type TeamIssue } from '../src';
import { thrownBy } from './support/thrown';

const issuesOf = (run: () => unknown): readonly TeamIssue[] => thrownBy(run, TeamInputError).issues;

describe('scoreTeam: what is not a combination', () => {
  it('refuses it with one issue of the list as a whole, in English by default', () => {
    const expected = {
      code: 'not-a-combination',
      index: null,
      path: [],
      pointer: '',
      message: 'Expected the result of combineResponses.',
    };
    expect(issuesOf(() => scoreTeam({} as never))).toEqual([expected]);
    expect(issuesOf(() => scoreTeam({} as never, { locale: 'en' }))).toEqual([expected]);
    expect(issuesOf(() => scoreTeam({} as never, null as never))).toEqual([expected]);
  });

  it('refuses it in Dutch where asked', () => {
    expect(issuesOf(() => scoreTeam({} as never, { locale: 'nl' }))).toEqual([
      {
        code: 'not-a-combination',
        index: null,
        path: [],
        pointer: '',
        message: 'Verwacht de uitkomst van combineResponses.',
      },
    ]);
  });
});

describe('scoreTeam: the judgement gap', () => {
  const base = sampleTeam[0] as PracticeResponse;
  const selfItem = 'overall-integration';

  it('is null where a member gives no judgement or has no overall score', () => {
    const { [selfItem]: judged, ...unjudged } = base.answers;
    expect(judged).toBeDefined();
    const onlyJudgement: PracticeResponse = {
      ...base,
      respondent: { role: 'poh', id: 'r2' },
      answers: { [selfItem]: 3 },
    };
    const withoutJudgement: PracticeResponse = {
      ...base,
      respondent: { role: 'gp', id: 'r1' },
      answers: unjudged,
    };
    const own = scoreResponse(onlyJudgement);
    expect(own.overall).toBeNull();
    expect(own.selfAssessment?.score).not.toBeNull();
    expect(scoreResponse(withoutJudgement).overall).not.toBeNull();
    const scores = scoreTeam(combineResponses([withoutJudgement, onlyJudgement]));
    expect(scores.respondents.map((entry) => [entry.key, entry.judgementGap])).toEqual([
      ['gp', null],
      ['poh', null],
    ]);
    expect(scores.respondents[0]?.judgement).toBeNull();
    expect(scores.respondents[1]?.judgement).toBe(own.selfAssessment?.score);
  });
});
