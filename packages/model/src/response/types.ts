import type { BottleneckId } from '../concepts/ids';

/** An answer: an ordinal value `0..max` of the item's scale, or `"na"` (not applicable) where the item allows it. */
export type Answer = number | 'na';

/** The questionnaire a response answers. */
export interface QuestionnaireRef {
  readonly id: string;
  readonly version: string;
}

/**
 * An improvement idea of the practice, as on the improvement form (verbeterformat, seed 004),
 * rated on effect and energy (1..5), which places it in the effect/energy matrix.
 */
export interface ImprovementIdea {
  /** Unique within the response; kebab-case. */
  readonly id: string;
  readonly title: string;
  /** Date of the form, `YYYY-MM-DD`. */
  readonly date?: string;
  /** Who filed it. */
  readonly from?: string;
  readonly team?: string;
  /** What is the problem? */
  readonly problem?: string;
  /** How big is it? */
  readonly size?: string;
  /** What is the desired situation, or the idea? */
  readonly idea?: string;
  /** What does the solution yield? */
  readonly yield?: string;
  /** Whom to involve? */
  readonly involve?: string;
  /** 1 (little effect) to 5 (much effect). */
  readonly effect: number;
  /** 1 (little energy) to 5 (much energy). */
  readonly energy: number;
  /**
   * The id of the catalog step this idea is about, where the practice says so: the roadmap then
   * merges the idea into that step instead of listing it twice.
   */
  readonly relatesTo?: string;
}

/**
 * What a practice submits: practice-level data only, never patient data (reference/spec/DOMAIN.md,
 * "What a practice submits"). This is the parsed form: lists that were left out are empty.
 */
export interface PracticeResponse {
  readonly questionnaire: QuestionnaireRef;
  /** An opaque id of the practice, chosen by the integrator. */
  readonly practiceId: string;
  /** A display name for reports; optional. */
  readonly practiceName?: string;
  /** The date the questionnaire was completed, `YYYY-MM-DD`. */
  readonly completedOn: string;
  /** Answers by item id. An item that is absent is missing. */
  readonly answers: Readonly<Record<string, Answer>>;
  /** Bottlenecks the practice recognises, from the known list. */
  readonly bottlenecks: readonly BottleneckId[];
  /** Bottlenecks the practice adds in its own words. */
  readonly ownBottlenecks: readonly string[];
  readonly ideas: readonly ImprovementIdea[];
  /** The date of the last practice visit, `YYYY-MM-DD`, where known. */
  readonly lastPracticeVisitOn?: string;
}
