import { toJsonPointer } from '@praktijkscan/model';
import type { ScoreOptions } from '../options/options';
import { scoreResponse } from '../score-response';
import { isTeamCombination } from './combine';
import { TeamInputError } from './errors';
import { en } from './messages/en';
import { nl } from './messages/nl';
import type { RespondentScores, TeamCombination, TeamScores } from './types';

const tenths = (value: number) => Math.round(value * 10);

/**
 * Scores a team scan: the team response exactly as `scoreResponse` scores any response, and
 * beside it each respondent's own scores and the gap between their own overall judgement and
 * their computed overall score (judgement minus score, one decimal).
 *
 * @throws {TeamInputError} (`not-a-combination`) where the input is not what `combineResponses` returned.
 * @throws {ScoreOptionsError} for an invalid option.
 * @example
 * ```ts
 * import { sampleTeam } from '@praktijkscan/model/samples';
 * import { combineResponses, scoreTeam } from '@praktijkscan/scoring';
 *
 * const scores = scoreTeam(combineResponses(sampleTeam));
 * scores.team.overall; // the team's overall score
 * scores.respondents.map((entry) => entry.judgementGap);
 * ```
 */
export function scoreTeam(combination: TeamCombination, options: ScoreOptions = {}): TeamScores {
  if (!isTeamCombination(combination)) {
    const locale = options?.locale === 'nl' ? 'nl' : 'en';
    throw new TeamInputError([
      {
        code: 'not-a-combination',
        index: null,
        path: [],
        pointer: toJsonPointer([]),
        message: (locale === 'nl' ? nl : en)['not-a-combination'],
      },
    ]);
  }
  const team = scoreResponse(combination.response, options);
  const respondents: RespondentScores[] = combination.respondents.map((respondent) => {
    const result = scoreResponse(respondent.response, options);
    const judgement = result.selfAssessment?.score ?? null;
    return Object.freeze({
      key: respondent.key,
      role: respondent.role,
      number: respondent.number,
      result,
      judgement,
      judgementGap:
        judgement === null || result.overall === null
          ? null
          : (tenths(judgement) - tenths(result.overall)) / 10,
    });
  });
  return Object.freeze({ team, respondents: Object.freeze(respondents) });
}
