import type {
  IgjThemeId,
  InkPhaseId,
  MatrixQuadrantId,
  QualityAspectId,
} from '@praktijkscan/model';

/** A score and its coverage, each 0..100 with one decimal, or `null` where there is nothing to score. */
export interface ScoreWithCoverage {
  readonly score: number | null;
  readonly coverage: number | null;
}

/** The practice's INK phase, which phases are attained, and the way to the next. */
export interface InkPhaseResult {
  /** The highest phase `p` such that phases `1..p` are all attained; 0 where phase 1 is not. */
  readonly phase: 0 | InkPhaseId;
  readonly attained: Readonly<Record<'1' | '2' | '3' | '4' | '5', boolean>>;
  /** The next phase, or `null` after phase 5. */
  readonly next: {
    readonly phase: InkPhaseId;
    /** The unweighted score of the next phase's indicators, or `null` where none is answered. */
    readonly progress: number | null;
    /** Completion date plus one year (a phase takes at least one year). */
    readonly earliestDate: string;
    /** Completion date plus two years. */
    readonly typicalDate: string;
  } | null;
}

/** How complete the picture is: counts of scored items, and which are missing. */
export interface Completeness {
  /** Scored items answered (not missing, not `"na"`). */
  readonly answered: number;
  /** Scored items that are applicable (not `"na"`). */
  readonly applicable: number;
  /** Ids of the applicable scored items left unanswered, in questionnaire order. */
  readonly missing: readonly string[];
}

/** The practice's own overall judgement (the unscored item), reported beside the computed score. */
export interface SelfAssessment {
  readonly item: string;
  /** The answer, or `null` where it is missing or `"na"`. */
  readonly value: number | null;
  readonly max: number;
  /** `round1(value, max)`, on the same 0..100 scale as the computed overall score. */
  readonly score: number | null;
}

/** An improvement idea of the response, placed in the effect/energy matrix. */
export interface ScoredIdea {
  readonly id: string;
  readonly title: string;
  readonly effect: number;
  readonly energy: number;
  readonly quadrant: MatrixQuadrantId;
}

/**
 * The scores of one response, as SCORING.md defines them. A plain JSON-serialisable object whose
 * key order is fixed, so that two equal results stringify to identical bytes.
 */
export interface ScoreResult {
  readonly questionnaire: { readonly id: string; readonly version: string };
  readonly practiceId: string;
  readonly completedOn: string;
  /** The mean of the non-null aspect scores, or `null` where all are `null`. */
  readonly overall: number | null;
  readonly aspects: Readonly<Record<QualityAspectId, ScoreWithCoverage>>;
  /** By section id, in questionnaire order; sections without scored items are left out. */
  readonly sections: Readonly<Record<string, ScoreWithCoverage>>;
  readonly themes: Readonly<Record<IgjThemeId, ScoreWithCoverage>>;
  readonly inkPhase: InkPhaseResult;
  readonly completeness: Completeness;
  /** `null` where the questionnaire has no unscored item. */
  readonly selfAssessment: SelfAssessment | null;
  /** The response's improvement ideas, in the order of SCORING.md. */
  readonly ideas: readonly ScoredIdea[];
}
