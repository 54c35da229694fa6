import { fc, test } from '@fast-check/vitest';
import {
  type Answer,
  type PracticeResponse,
  parseResponse,
  questionnaire as publishedQuestionnaire,
  type Questionnaire,
  respondentRoleIds,
} from '@praktijkscan/model';
import { sampleHalfway, sampleTeam, teamSampleDisagreements } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  combineResponses,
  maxTeamResponses,
  ScoreOptionsError,
  scoreResponse,
  scoreTeam,
  TeamInputError,
  teamIssueCodes,
} from '../src';
import { en } from '../src/team/messages/en';
import { nl } from '../src/team/messages/nl';
import { questionnaireArb, responseArb } from './support/arbitraries';

const roleArb = fc.constantFrom(...respondentRoleIds);

/** A questionnaire and 2..5 responses of one practice to it, each with its own respondent. */
const teamArb = fc
  .oneof(questionnaireArb, fc.constant(publishedQuestionnaire as Questionnaire))
  .chain((questionnaire) =>
    fc
      .array(fc.tuple(responseArb(questionnaire), roleArb, fc.boolean()), {
        minLength: 2,
        maxLength: 5,
      })
      .map((members) => ({
        questionnaire,
        responses: members.map(
          ([response, role, withId], index): PracticeResponse => ({
            ...response,
            respondent: withId ? { role, id: `r${index}` } : { role },
          }),
        ),
      })),
  );

const withoutRespondent = ({ respondent: _, ...rest }: PracticeResponse) => rest;

// Each run parses several responses (a custom questionnaire's schema is built for each): 1,000 runs in CI take longer than vitest's 5 s default.
describe('combineResponses: properties', { timeout: 180_000 }, () => {
  test.prop([teamArb, fc.infiniteStream(fc.nat())])(
    'is independent of the order of the responses',
    ({ questionnaire, responses }, randoms) => {
      const iterator = randoms[Symbol.iterator]();
      const shuffled = [...responses]
        .map((response) => ({ response, key: iterator.next().value as number }))
        .sort((a, b) => a.key - b.key)
        .map((entry) => entry.response);
      expect(combineResponses(shuffled, { questionnaire })).toEqual(
        combineResponses(responses, { questionnaire }),
      );
    },
  );

  test.prop([
    fc
      .oneof(questionnaireArb, fc.constant(publishedQuestionnaire as Questionnaire))
      .chain((questionnaire) =>
        fc.record({
          questionnaire: fc.constant(questionnaire),
          response: responseArb(questionnaire),
          roles: fc.array(roleArb, { minLength: 2, maxLength: 5 }),
        }),
      ),
  ])(
    'combining copies of one response gives that response and no item to discuss',
    ({ questionnaire, response, roles }) => {
      const copies = roles.map((role, index) => ({
        ...response,
        respondent: { role, id: `c${index}` },
      }));
      const team = combineResponses(copies, { questionnaire });
      expect(team.response).toEqual(withoutRespondent(parseResponse(response, { questionnaire })));
      expect(team.agreement.filter((item) => item.toDiscuss)).toEqual([]);
    },
  );

  test.prop([teamArb])(
    'each combined answer lies between the smallest and largest answer given; "na" only where someone said it',
    ({ questionnaire, responses }) => {
      const team = combineResponses(responses, { questionnaire });
      for (const item of questionnaire.items) {
        const given = responses
          .map((response) => response.answers[item.id])
          .filter((answer): answer is Answer => answer !== undefined);
        const combined = team.response.answers[item.id];
        if (given.length === 0) expect(combined).toBeUndefined();
        else if (combined === 'na') expect(given).toContain('na');
        else {
          const values = given.filter((answer): answer is number => answer !== 'na');
          expect(combined).toBeGreaterThanOrEqual(Math.min(...values));
          expect(combined).toBeLessThanOrEqual(Math.max(...values));
        }
      }
    },
  );

  test.prop([teamArb])(
    'an item has spread 0 exactly when all answers given agree',
    ({ questionnaire, responses }) => {
      const team = combineResponses(responses, { questionnaire });
      for (const agreement of team.agreement) {
        const given = agreement.answers
          .map((entry) => entry.answer)
          .filter((answer) => answer !== null);
        if (given.length === 0) expect(agreement.spread).toBeNull();
        else expect(agreement.spread === 0).toBe(new Set(given).size === 1);
        expect(agreement.answered + agreement.missing).toBe(responses.length);
      }
    },
  );

  test.prop([teamArb])(
    'the team scores equal scoreResponse of the combined response',
    ({ questionnaire, responses }) => {
      const team = combineResponses(responses, { questionnaire });
      const scores = scoreTeam(team, { questionnaire });
      expect(scores.team).toEqual(scoreResponse(team.response, { questionnaire }));
      expect(scores.respondents.map((entry) => entry.result)).toEqual(
        team.respondents.map((respondent) => scoreResponse(respondent.response, { questionnaire })),
      );
    },
  );
});

describe('combineResponses: the rule', () => {
  const item = 'digital-flows-connected';
  const members = (answers: (Answer | undefined)[]) =>
    answers.map((answer, index) => {
      const { [item]: _, ...rest } = sampleHalfway.answers;
      return {
        ...sampleHalfway,
        respondent: { role: 'other' as const, id: `m${index}` },
        answers: answer === undefined ? rest : { ...rest, [item]: answer },
      };
    });
  const combined = (answers: (Answer | undefined)[]) =>
    combineResponses(members(answers)).agreement.find((entry) => entry.item === item);

  it('takes the lower median of the values given', () => {
    expect(combined([4, 1])?.combined).toBe(1);
    expect(combined([4, 3, 1])?.combined).toBe(3);
    expect(combined([4, 3, 1, 2])?.combined).toBe(2);
    expect(combined([4, undefined, 0])?.combined).toBe(0);
  });

  it('is missing where nobody answered, with spread null and nothing to discuss', () => {
    expect(combined([undefined, undefined])).toMatchObject({
      combined: null,
      answered: 0,
      missing: 2,
      spread: null,
      toDiscuss: false,
    });
  });

  it('says "na" where more than half of those who answered say so; a mix spreads the whole scale', () => {
    const naItem = 'ai-same-norms';
    const with_ = (answers: Answer[]) =>
      combineResponses(
        answers.map((answer, index) => ({
          ...sampleHalfway,
          respondent: { role: 'gp' as const, id: `g${index}` },
          answers: { ...sampleHalfway.answers, [naItem]: answer },
        })),
      ).agreement.find((entry) => entry.item === naItem);
    expect(with_(['na', 'na', 2])).toMatchObject({ combined: 'na', notApplicable: 2, spread: 4 });
    expect(with_(['na', 2])).toMatchObject({ combined: 2, toDiscuss: true, spread: 4 });
    expect(with_(['na', 'na'])).toMatchObject({ combined: 'na', spread: 0, toDiscuss: false });
  });

  it('puts an item on the agenda from the threshold on, which is an option', () => {
    expect(combined([3, 2])?.toDiscuss).toBe(false);
    expect(combined([3, 1])?.toDiscuss).toBe(true);
    expect(
      combineResponses(members([3, 1]), { spreadToDiscuss: 3 }).agreement.find(
        (entry) => entry.item === item,
      )?.toDiscuss,
    ).toBe(false);
    expect(combineResponses(members([3, 1])).thresholds).toEqual({
      spreadToDiscuss: 2,
      yesNoSpreadToDiscuss: 1,
    });
    expect(() => combineResponses(members([3, 1]), { spreadToDiscuss: 0 })).toThrow(
      ScoreOptionsError,
    );
    expect(() => combineResponses(members([3, 1]), { yesNoSpreadToDiscuss: 1.5 } as never)).toThrow(
      /yesNoSpreadToDiscuss/,
    );
  });

  it('labels members by role, numbered where a role occurs more than once', () => {
    expect(combineResponses(sampleTeam).respondents.map((entry) => entry.key)).toEqual([
      'gp',
      'practice-manager',
      'doctors-assistant-1',
      'doctors-assistant-2',
    ]);
  });

  it('merges the header, bottlenecks and ideas without duplicates', () => {
    const team = combineResponses(sampleTeam).response;
    expect(team.completedOn).toBe('2026-09-16');
    expect(team.practiceName).toBe('Huisartsenpraktijk Het Baken');
    expect(team.respondent).toBeUndefined();
    expect(team.bottlenecks).toEqual([
      'morning-phone-pressure',
      'repeat-questions',
      'retyping',
      'unclear-task-division',
    ]);
    expect(team.ownBottlenecks).toHaveLength(1);
    expect(team.ideas.map((idea) => idea.id)).toEqual(['zelftriage-op-website', 'vast-triageblok']);
    const other = {
      ...(sampleTeam[0] as PracticeResponse),
      ideas: [{ ...sampleTeam[2]?.ideas[0], effect: 1 }],
    };
    const renamed = combineResponses([other, sampleTeam[2]]).response.ideas.map((idea) => idea.id);
    expect(renamed).toEqual(['vast-triageblok', 'vast-triageblok-2']);
  });
});

describe('the team sample', () => {
  it('puts on the agenda exactly the items built in to disagree', () => {
    // Why each one disagrees is written beside it in teamSampleDisagreements:
    // digital-flows-connected (the GP sees it arrive in the record, the assistants retype it),
    // team-tool-agreements (the manager wrote them, the assistants do not know them),
    // team-knowledge-skills (enough for the manager, not for the assistants), uses-patient-portal
    // (in full use for GP and manager, by phone at the desk), and continuity-plan (yes/no: a procedure in the manager's folder the desk does not know).
    const team = combineResponses(sampleTeam);
    const agenda = team.agreement.filter((entry) => entry.toDiscuss && entry.scored);
    expect(agenda.map((entry) => entry.item).sort()).toEqual(
      Object.keys(teamSampleDisagreements).sort(),
    );
    expect(agenda.find((entry) => entry.item === 'digital-flows-connected')).toMatchObject({
      combined: 1,
      spread: 3,
      answers: [
        { respondent: 'gp', role: 'gp', answer: 4 },
        { respondent: 'practice-manager', role: 'practice-manager', answer: 3 },
        { respondent: 'doctors-assistant-1', role: 'doctors-assistant', answer: 1 },
        { respondent: 'doctors-assistant-2', role: 'doctors-assistant', answer: 1 },
      ],
    });
  });

  it("gives each respondent's own scores and judgement gap", () => {
    const scores = scoreTeam(combineResponses(sampleTeam));
    for (const [index, entry] of scores.respondents.entries()) {
      const own = scoreResponse(combineResponses(sampleTeam).respondents[index]?.response);
      expect(entry.result).toEqual(own);
      expect(entry.judgement).toBe(own.selfAssessment?.score ?? null);
      expect(entry.judgementGap).toBe(
        Math.round(((own.selfAssessment?.score ?? 0) - (own.overall ?? 0)) * 10) / 10,
      );
    }
    expect(scores.respondents.map((entry) => entry.judgement)).toEqual([75, 75, 50, 25]);
  });
});

describe('combineResponses: bad input', () => {
  const codes = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof TeamInputError)
        return error.issues.map((issue) => [issue.index, issue.pointer, issue.code]);
      throw error;
    }
    throw new Error('no error');
  };
  const member = (index: number, extra: Partial<PracticeResponse> = {}) => ({
    ...(sampleTeam[index] as PracticeResponse),
    ...extra,
  });

  it('refuses fewer than two responses, too many, and what is not a list', () => {
    expect(codes(() => combineResponses([member(0)]))).toEqual([[null, '', 'too-few-responses']]);
    expect(codes(() => combineResponses([]))).toEqual([[null, '', 'too-few-responses']]);
    expect(codes(() => combineResponses('x' as never))).toEqual([[null, '', 'not-a-list']]);
    const many = Array.from({ length: maxTeamResponses + 1 }, () => member(0));
    expect(codes(() => combineResponses(many))).toEqual([[null, '', 'too-many-responses']]);
  });

  it('lists every problem at once, with the index of the response and its path', () => {
    const responses = [
      member(0),
      member(1, { practiceId: 'sample-elders' }),
      member(2, { respondent: { role: 'receptionist' as never, id: 'baken-r3' } }),
      member(3, { respondent: { role: 'doctors-assistant', id: 'baken-r1' } }),
      withoutRespondent(member(3, { questionnaire: { id: 'praktijkscan', version: '0.9.0' } })),
      withoutRespondent(member(2)),
    ];
    expect(codes(() => combineResponses(responses))).toEqual([
      [2, '/2/respondent/role', 'unknown-role'],
      [4, '/4/questionnaire/version', 'unknown-version'],
      [4, '/4/questionnaire', 'other-questionnaire'],
      [1, '/1/practiceId', 'other-practice'],
      [3, '/3/respondent/id', 'duplicate-respondent-id'],
      [5, '/5/respondent', 'missing-respondent'],
    ]);
  });

  it('refuses two questionnaire versions, each read against its own', () => {
    const custom = { ...(publishedQuestionnaire as Questionnaire), version: '9.9.9' };
    const other = { ...member(1), questionnaire: { id: custom.id, version: custom.version } };
    expect(codes(() => combineResponses([member(0), other]))).toEqual([
      [1, '/1/questionnaire/version', 'unknown-version'],
      [1, '/1/questionnaire', 'other-questionnaire'],
    ]);
  });

  it('scoreTeam refuses what combineResponses did not make', () => {
    expect(() => scoreTeam({} as never)).toThrow(TeamInputError);
  });

  it('has a message for every code in both languages', () => {
    for (const code of teamIssueCodes) {
      expect(en[code]).toMatch(/\S/);
      expect(nl[code]).toMatch(/\S/);
      expect(nl[code]).not.toBe(en[code]);
    }
  });
});
