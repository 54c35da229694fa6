import type { PracticeResponse } from '@praktijkscan/model';
import { responseLimits } from '@praktijkscan/model';
import { sampleTeam } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  combineResponses,
  isTeamCombination,
  maxTeamResponses,
  ScoreOptionsError,
  TeamInputError,
  type TeamIssue,
} from '../src';
import { thrownBy } from './support/thrown';

const base = sampleTeam[0] as PracticeResponse;

/** A member of the sample's practice with the given respondent and fields. */
const member = (
  respondent: PracticeResponse['respondent'],
  extra: Partial<PracticeResponse> = {},
): PracticeResponse => {
  const { respondent: _, ...rest } = base;
  return { ...rest, ...(respondent ? { respondent } : {}), ...extra };
};

const issuesOf = (run: () => unknown): readonly TeamIssue[] => thrownBy(run, TeamInputError).issues;

const optionError = (run: () => unknown) => thrownBy(run, ScoreOptionsError);

describe('combineResponses: options', () => {
  it('refuses options that are not an object', () => {
    for (const options of [null, 5, 'x', true]) {
      const error = optionError(() => combineResponses(sampleTeam, options as never));
      expect(error.option).toBe('options');
      expect(error.message).toBe('Invalid scoring option "options": expected an object');
    }
  });

  it('names an unknown option', () => {
    const error = optionError(() => combineResponses(sampleTeam, { spread: 2 } as never));
    expect(error.option).toBe('spread');
    expect(error.message).toBe('Invalid scoring option "spread": unknown option');
  });

  it('says what a threshold must be and what it got', () => {
    const error = optionError(() => combineResponses(sampleTeam, { spreadToDiscuss: 0 }));
    expect(error.option).toBe('spreadToDiscuss');
    expect(error.message).toBe(
      'Invalid scoring option "spreadToDiscuss": expected a whole number of at least 1, got 0',
    );
    expect(
      optionError(() => combineResponses(sampleTeam, { yesNoSpreadToDiscuss: 1.5 })).message,
    ).toBe(
      'Invalid scoring option "yesNoSpreadToDiscuss": expected a whole number of at least 1, got 1.5',
    );
  });

  it('takes the locales "nl" and "en" only', () => {
    const error = optionError(() => combineResponses(sampleTeam, { locale: 'de' } as never));
    expect(error.option).toBe('locale');
    expect(error.message).toBe('Invalid scoring option "locale": expected "nl" or "en", got "de"');
    expect(combineResponses(sampleTeam, { locale: 'nl' }).response).toEqual(
      combineResponses(sampleTeam, { locale: 'en' }).response,
    );
  });
});

describe('combineResponses: the order of the members', () => {
  it('orders by role first, whatever the ids say', () => {
    const team = combineResponses([
      member({ role: 'doctors-assistant', id: 'a' }),
      member({ role: 'practice-manager', id: 'b' }),
      member({ role: 'gp', id: 'z' }),
    ]);
    expect(team.respondents.map((entry) => [entry.key, entry.id])).toEqual([
      ['gp', 'z'],
      ['practice-manager', 'b'],
      ['doctors-assistant', 'a'],
    ]);
  });

  it('orders one role by id, an absent id first (before a digit), whatever the rest of the response says', () => {
    const team = combineResponses([
      member({ role: 'poh', id: 'b' }, { practiceName: 'A' }),
      member({ role: 'poh', id: 'a' }, { practiceName: 'C' }),
      member({ role: 'poh' }, { practiceName: 'Z' }),
      member({ role: 'poh', id: '0' }, { practiceName: 'B' }),
    ]);
    expect(team.respondents.map((entry) => [entry.key, entry.number, entry.id])).toEqual([
      ['poh-1', 1, null],
      ['poh-2', 2, '0'],
      ['poh-3', 3, 'a'],
      ['poh-4', 4, 'b'],
    ]);
  });

  it('orders members of one role without ids by the rest of their response', () => {
    const responses = [
      member({ role: 'gp' }, { practiceName: 'B' }),
      member({ role: 'gp' }, { practiceName: 'A' }),
    ];
    const names = (list: PracticeResponse[]) =>
      combineResponses(list).respondents.map((entry) => entry.response.practiceName);
    expect(names(responses)).toEqual(['A', 'B']);
    expect(names([...responses].reverse())).toEqual(['A', 'B']);
  });

  it('numbers a role that occurs three times 1, 2, 3 and leaves a single role unnumbered', () => {
    const team = combineResponses([
      member({ role: 'doctors-assistant', id: 'c' }),
      member({ role: 'doctors-assistant', id: 'b' }),
      member({ role: 'doctors-assistant', id: 'a' }),
      member({ role: 'other', id: 'd' }),
    ]);
    expect(team.respondents.map((entry) => [entry.key, entry.role, entry.number])).toEqual([
      ['doctors-assistant-1', 'doctors-assistant', 1],
      ['doctors-assistant-2', 'doctors-assistant', 2],
      ['doctors-assistant-3', 'doctors-assistant', 3],
      ['other', 'other', null],
    ]);
  });
});

describe('combineResponses: the header', () => {
  // gp, practice-manager, poh, doctors-assistant: the fixed order of the roles.
  const roles = ['gp', 'practice-manager', 'poh', 'doctors-assistant'] as const;
  const named = (names: readonly (string | undefined)[]) =>
    combineResponses(
      names.map((name, index) => {
        const { practiceName: _, ...rest } = member({ role: roles[index] ?? 'other' });
        return name === undefined ? rest : { ...rest, practiceName: name };
      }),
    ).response;

  it('takes the practice name most often given', () => {
    expect(named(['B', 'B', 'A']).practiceName).toBe('B');
    expect(named(['B', 'A', 'B']).practiceName).toBe('B');
    expect(named(['A', 'B', 'B']).practiceName).toBe('B');
  });

  it('breaks a tie on the practice name by code-point order', () => {
    expect(named(['B', 'A']).practiceName).toBe('A');
    expect(named(['A', 'B']).practiceName).toBe('A');
    expect(named(['b', 'B']).practiceName).toBe('B');
  });

  it('counts only the names given, and names no practice where nobody did', () => {
    expect(named(['X', undefined, undefined]).practiceName).toBe('X');
    const nameless = named([undefined, undefined]);
    expect(nameless.practiceName).toBeUndefined();
    expect(Object.hasOwn(nameless, 'practiceName')).toBe(false);
  });

  const dated = (dates: readonly [string, string | undefined][]) =>
    combineResponses(
      dates.map(([completedOn, visit], index) => {
        const { lastPracticeVisitOn: _, ...rest } = member({ role: roles[index] ?? 'other' });
        return visit === undefined
          ? { ...rest, completedOn }
          : { ...rest, completedOn, lastPracticeVisitOn: visit };
      }),
    ).response;

  it('takes the latest completion date and the latest known practice visit', () => {
    const team = dated([
      ['2026-03-01', '2025-01-01'],
      ['2026-05-01', '2025-06-01'],
      ['2026-04-01', undefined],
    ]);
    expect(team.completedOn).toBe('2026-05-01');
    expect(team.lastPracticeVisitOn).toBe('2025-06-01');
    expect(
      dated([
        ['2026-05-01', undefined],
        ['2026-03-01', '2025-06-01'],
        ['2026-04-01', '2025-01-01'],
      ]),
    ).toMatchObject({ completedOn: '2026-05-01', lastPracticeVisitOn: '2025-06-01' });
  });

  it('names no practice visit where nobody knew one', () => {
    const team = dated([
      ['2026-03-01', undefined],
      ['2026-05-01', undefined],
    ]);
    expect(Object.hasOwn(team, 'lastPracticeVisitOn')).toBe(false);
  });
});

describe('combineResponses: own bottlenecks and ideas', () => {
  const own = (lists: readonly string[][]) =>
    combineResponses(
      lists.map((ownBottlenecks, index) =>
        member({ role: 'gp', id: `m${index}` }, { ownBottlenecks }),
      ),
    ).response.ownBottlenecks;

  it('keeps an own bottleneck once, whatever its case and spacing', () => {
    expect(own([['Te veel  telefoon'], [' te VEEL telefoon\t'], ['Te veel\ntelefoon']])).toEqual([
      'Te veel  telefoon',
    ]);
  });

  it('keeps texts apart that differ in more than case and spacing', () => {
    expect(own([['te veel'], ['teveel'], ['te veel!'], ['Straße'], ['STRASSE']])).toEqual([
      'te veel',
      'teveel',
      'te veel!',
      'Straße',
      'STRASSE',
    ]);
  });

  it('shortens a taken id of the longest length to make room for its suffix', () => {
    const id = `${'a'.repeat(responseLimits.maxIdLength - 3)}-bc`;
    const idea = { ...(base.ideas[0] as PracticeResponse['ideas'][number]), id };
    const ideas = combineResponses([
      member({ role: 'gp', id: 'm1' }, { ideas: [idea] }),
      member({ role: 'poh', id: 'm2' }, { ideas: [{ ...idea, effect: 1 }] }),
      member({ role: 'other', id: 'm3' }, { ideas: [{ ...idea, effect: 2 }] }),
    ]).response.ideas.map((entry) => entry.id);
    expect(ideas).toEqual([
      id,
      `${'a'.repeat(responseLimits.maxIdLength - 3)}-2`,
      `${'a'.repeat(responseLimits.maxIdLength - 3)}-3`,
    ]);
    for (const entry of ideas) expect(entry.length).toBeLessThanOrEqual(responseLimits.maxIdLength);
  });

  it('refuses a team whose own bottlenecks or ideas together exceed what a response may hold', () => {
    const texts = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => `knelpunt ${from + index}`);
    const half = responseLimits.maxOwnBottlenecks / 2;
    expect(
      combineResponses([
        member({ role: 'gp' }, { ownBottlenecks: texts(0, half) }),
        member({ role: 'poh' }, { ownBottlenecks: texts(half, half) }),
      ]).response.ownBottlenecks,
    ).toHaveLength(responseLimits.maxOwnBottlenecks);
    const over = () =>
      combineResponses(
        [
          member({ role: 'gp' }, { ownBottlenecks: texts(0, half) }),
          member({ role: 'poh' }, { ownBottlenecks: texts(half, half + 1) }),
        ],
        { locale: 'nl' },
      );
    expect(issuesOf(over)).toEqual([
      {
        code: 'combined-too-large',
        index: null,
        path: [],
        pointer: '',
        message: `Samen heeft het team ${responseLimits.maxOwnBottlenecks + 1} ownBottlenecks, meer dan een antwoord mag bevatten (${responseLimits.maxOwnBottlenecks}).`,
      },
    ]);
    const idea = base.ideas[0] as PracticeResponse['ideas'][number];
    const ideas = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => ({ ...idea, id: `idee-${from + index}` }));
    const halfIdeas = responseLimits.maxIdeas / 2;
    expect(
      issuesOf(() =>
        combineResponses([
          member({ role: 'gp' }, { ideas: ideas(0, halfIdeas) }),
          member({ role: 'poh' }, { ideas: ideas(halfIdeas, halfIdeas + 1) }),
        ]),
      ).map((entry) => entry.message),
    ).toEqual([
      `Combined, the team has ${responseLimits.maxIdeas + 1} ideas, more than a response may hold (${responseLimits.maxIdeas}).`,
    ]);
  });
});

describe('combineResponses: messages of bad input', () => {
  const messages = (run: () => unknown) =>
    issuesOf(run).map((entry) => [entry.code, entry.index, entry.pointer, entry.message]);

  it('says how many responses a team scan takes, in both languages', () => {
    expect(messages(() => combineResponses([base], { locale: 'nl' }))).toEqual([
      [
        'too-few-responses',
        null,
        '',
        'Een teamscan combineert minstens 2 antwoorden; ontvangen: 1.',
      ],
    ]);
    expect(messages(() => combineResponses([base]))).toEqual([
      ['too-few-responses', null, '', 'A team scan combines at least 2 responses; received 1.'],
    ]);
    const many = Array.from({ length: maxTeamResponses + 1 }, (_, index) =>
      member({ role: 'gp', id: `m${index}` }),
    );
    expect(messages(() => combineResponses(many, { locale: 'nl' }))).toEqual([
      [
        'too-many-responses',
        null,
        '',
        `Een teamscan combineert hoogstens ${maxTeamResponses} antwoorden; ontvangen: ${maxTeamResponses + 1}.`,
      ],
    ]);
    expect(messages(() => combineResponses(many))[0]?.[3]).toBe(
      `A team scan combines at most ${maxTeamResponses} responses; received ${maxTeamResponses + 1}.`,
    );
    expect(messages(() => combineResponses('x' as never, { locale: 'nl' }))).toEqual([
      ['not-a-list', null, '', 'Verwacht een lijst met antwoorden van één praktijk.'],
    ]);
  });

  it('combines exactly the most responses it takes', () => {
    const most = Array.from({ length: maxTeamResponses }, (_, index) =>
      member({ role: 'gp', id: `m${index}` }),
    );
    expect(combineResponses(most).respondents).toHaveLength(maxTeamResponses);
  });

  it('names the practice, the questionnaire and the repeated id in its messages', () => {
    const responses = [
      member({ role: 'gp', id: 'r1' }),
      member({ role: 'poh', id: 'r1' }, { practiceId: 'andere-praktijk' }),
      member(undefined),
      {
        ...member({ role: 'other', id: 'r3' }),
        questionnaire: { id: 'praktijkscan', version: '0.9.0' },
      },
    ];
    const nlIssues = messages(() => combineResponses(responses, { locale: 'nl' }));
    expect(nlIssues.filter(([code]) => code !== 'unknown-version')).toEqual([
      [
        'other-questionnaire',
        3,
        '/3/questionnaire',
        'Dit antwoord hoort bij praktijkscan 0.9.0, het eerste bij praktijkscan 2.0.0; een teamscan combineert één versie van de vragenlijst.',
      ],
      [
        'duplicate-respondent-id',
        1,
        '/1/respondent/id',
        'De respondent-id "r1" komt ook voor bij antwoord 0; elk teamlid vult één keer in.',
      ],
      [
        'other-practice',
        1,
        '/1/practiceId',
        'Dit antwoord is van praktijk "andere-praktijk", het eerste van praktijk "sample-het-baken"; een teamscan combineert één praktijk.',
      ],
      [
        'missing-respondent',
        2,
        '/2/respondent',
        'Elk antwoord van een teamscan noemt de invuller: { "role": … } en hoogstens een ondoorzichtige id.',
      ],
    ]);
    expect(
      messages(() => combineResponses(responses)).filter(([code]) => code !== 'unknown-version'),
    ).toEqual([
      [
        'other-questionnaire',
        3,
        '/3/questionnaire',
        'This response answers praktijkscan 0.9.0, the first one praktijkscan 2.0.0; a team scan combines one questionnaire version.',
      ],
      [
        'duplicate-respondent-id',
        1,
        '/1/respondent/id',
        'The respondent id "r1" is also used by response 0; each member answers once.',
      ],
      [
        'other-practice',
        1,
        '/1/practiceId',
        'This response is of practice "andere-praktijk", the first one of practice "sample-het-baken"; a team scan combines one practice.',
      ],
      [
        'missing-respondent',
        2,
        '/2/respondent',
        'Each response of a team scan names its respondent: { "role": … } and at most an opaque id.',
      ],
    ]);
  });

  it('compares questionnaires only where both responses name one', () => {
    const codes = (responses: unknown[]) =>
      issuesOf(() => combineResponses(responses)).map((entry) => entry.code);
    const valid = member({ role: 'gp', id: 'r1' });
    const { questionnaire: _, ...withoutQuestionnaire } = member({ role: 'poh', id: 'r2' });
    for (const other of [null, 5, withoutQuestionnaire, { ...valid, questionnaire: null }]) {
      expect(codes([valid, other])).not.toContain('other-questionnaire');
      expect(codes([other, valid])).not.toContain('other-questionnaire');
      expect(codes([other, valid])).not.toContain('other-practice');
    }
    const numbered = { ...valid, questionnaire: { id: 'praktijkscan', version: 2 } };
    expect(codes([valid, numbered])).not.toContain('other-questionnaire');
    expect(codes([numbered, valid])).not.toContain('other-questionnaire');
  });

  it('compares practices only with a valid first response', () => {
    const issues = issuesOf(() =>
      combineResponses([
        { ...member({ role: 'gp' }), answers: 5 },
        member({ role: 'poh' }, { practiceId: 'andere-praktijk' }),
      ]),
    );
    expect(issues.every((entry) => entry.index === 0)).toBe(true);
  });
});

describe('isTeamCombination', () => {
  it('is true of a combination only', () => {
    expect(isTeamCombination(combineResponses(sampleTeam))).toBe(true);
    for (const value of [null, undefined, 0, 'x', {}, { ...combineResponses(sampleTeam) }])
      expect(isTeamCombination(value)).toBe(false);
  });
});
