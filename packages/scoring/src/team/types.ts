import type {
  Answer,
  AnswerScaleId,
  PracticeResponse,
  QuestionnaireStructure,
  RespondentRole,
} from '@praktijkscan/model';
import type { ScoreResult } from '../types';

/** Options of `combineResponses`. */
export interface CombineOptions {
  /**
   * Least spread, in scale points, that puts an item with more than two values (0..4) on the
   * discussion agenda. A whole number of at least 1; default 2.
   */
  readonly spreadToDiscuss?: number;
  /** Least spread that puts a yes/no item on the agenda. A whole number of at least 1; default 1 (any disagreement). */
  readonly yesNoSpreadToDiscuss?: number;
  /** Read the responses against this questionnaire instead of a published one. */
  readonly questionnaire?: QuestionnaireStructure;
  /** The language of the error messages; English by default. */
  readonly locale?: 'nl' | 'en';
}

/** One member of the team, as the combination knows them. */
export interface TeamRespondent {
  /**
   * A key unique in the team: the role (`gp`), or the role and a number where the team has more
   * than one of that role (`doctors-assistant-1`). Stable for the same set of responses.
   */
  readonly key: string;
  readonly role: RespondentRole;
  /** 1, 2, … where the team has more than one respondent of this role; `null` otherwise. */
  readonly number: number | null;
  /** The respondent's opaque id, where the response gave one. */
  readonly id: string | null;
  /** The member's own response, parsed. */
  readonly response: PracticeResponse;
}

/** What one respondent answered to one item. */
export interface RespondentAnswer {
  /** The respondent's `key`. */
  readonly respondent: string;
  readonly role: RespondentRole;
  /** The answer, or `null` where the respondent left the item unanswered. */
  readonly answer: Answer | null;
}

/** How far the team agrees on one item. */
export interface ItemAgreement {
  readonly item: string;
  readonly scale: AnswerScaleId;
  /** Whether the item counts in the scores (false for the own overall judgement). */
  readonly scored: boolean;
  /** The team's answer by the rule of `combineResponses`; `null` where nobody answered. */
  readonly combined: Answer | null;
  /** Respondents who answered: a value or `"na"`. */
  readonly answered: number;
  /** Respondents who said `"na"` (not applicable). */
  readonly notApplicable: number;
  /** Respondents who left the item unanswered. */
  readonly missing: number;
  /** Every respondent's answer, in the order of `respondents`. */
  readonly answers: readonly RespondentAnswer[];
  /**
   * Largest minus smallest value given; the scale's maximum where some said `"na"` and others gave
   * a value (they disagree on whether it applies at all); 0 where every answer is the same;
   * `null` where nobody answered.
   */
  readonly spread: number | null;
  /** Whether the spread reaches the threshold of the item's scale. */
  readonly toDiscuss: boolean;
}

/** The outcome of `combineResponses`. */
export interface TeamCombination {
  /** The team's response: one response of the practice, scored like any other. */
  readonly response: PracticeResponse;
  /** The members, in a fixed order: by role as the model lists them, then id, then answers. */
  readonly respondents: readonly TeamRespondent[];
  /** Per item of the questionnaire, in questionnaire order. */
  readonly agreement: readonly ItemAgreement[];
  /** The thresholds the agenda was decided with. */
  readonly thresholds: {
    readonly spreadToDiscuss: number;
    readonly yesNoSpreadToDiscuss: number;
  };
}

/** One respondent's own scores beside the team's. */
export interface RespondentScores {
  readonly key: string;
  readonly role: RespondentRole;
  readonly number: number | null;
  /** `scoreResponse` of the respondent's own response. */
  readonly result: ScoreResult;
  /** The respondent's own overall judgement on the 0..100 scale, or `null` where not given. */
  readonly judgement: number | null;
  /** Own judgement minus own computed overall score, one decimal; `null` where either is missing. */
  readonly judgementGap: number | null;
}

/** The outcome of `scoreTeam`. */
export interface TeamScores {
  /** `scoreResponse` of the team response. */
  readonly team: ScoreResult;
  /** Each respondent's own scores, in the order of the combination's respondents. */
  readonly respondents: readonly RespondentScores[];
}
