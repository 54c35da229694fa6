/**
 * Scoring exactly as SCORING.md says: pure, synchronous, deterministic.
 *
 * @packageDocumentation
 * @module @praktijkscan/scoring
 */

// Explicit named exports only: the public surface is exactly what is listed here.

export { adoptionInUseFrom, adoptionProfile } from './adoption/adoption-profile';
export type {
  AdoptionApplication,
  AdoptionOptions,
  AdoptionProfile,
  AdoptionSummary,
  DomainAdoption,
} from './adoption/types';
export { meanOfScores, round1 } from './arithmetic/round';
export {
  addWeeksToDate,
  addYearsToDate,
  CalendarDateError,
  daysBetween,
  isCalendarDate,
  monthsBetween,
} from './dates/dates';
export type { AspectScoreLookup, MatrixRankable } from './matrix/order';
export { compareByMatrix, orderByMatrix } from './matrix/order';
export { quadrantOf, quadrantRank } from './matrix/quadrant';
export type { ScoreOptions } from './options/options';
export { defaultPhaseThresholds, ScoreOptionsError } from './options/options';
export { isResultOf } from './result-of';
export { scoreResultSchema } from './schema';
export { scoreResponse } from './score-response';
export {
  combineResponses,
  defaultDiscussThresholds,
  isTeamCombination,
  maxTeamResponses,
} from './team/combine';
export type { TeamIssue, TeamIssueCode } from './team/errors';
export { TeamInputError, teamIssueCodes } from './team/errors';
export { scoreTeam } from './team/score-team';
export type {
  CombineOptions,
  ItemAgreement,
  RespondentAnswer,
  RespondentScores,
  TeamCombination,
  TeamRespondent,
  TeamScores,
} from './team/types';
export type {
  Completeness,
  InkPhaseResult,
  ScoredIdea,
  ScoreResult,
  ScoreWithCoverage,
  SelfAssessment,
} from './types';
