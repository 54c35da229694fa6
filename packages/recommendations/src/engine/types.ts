import type {
  BottleneckId,
  DigitisationDomainId,
  IgjThemeId,
  InkPhaseId,
  Locale,
  MatrixQuadrantId,
  NivelStepId,
  PdcaPhaseId,
  QualityAspectId,
  Questionnaire,
  RoleId,
  SourceRef,
  ToolboxStepId,
} from '@praktijkscan/model';
import type { TeamCombination } from '@praktijkscan/scoring';
import type { FactValue } from '../facts/build';
import type { RuleOperator, RuleValue } from '../rules/types';

/** A condition of a rule that held for this practice: why a step is recommended. */
export interface Reason {
  /** The rule it comes from. */
  readonly rule: string;
  readonly fact: string;
  readonly operator: RuleOperator;
  /** The value the rule compares with. */
  readonly expected: RuleValue;
  /** The fact's value for this practice. */
  readonly actual: FactValue;
  /** The reason as a sentence in the locale asked for. */
  readonly text: string;
}

/** A practice's own rating of a recommendation, replacing the default effect and energy. */
export interface RatingOverride {
  readonly effect: number;
  readonly energy: number;
}

/** Options of `recommend`. */
export interface RecommendOptions {
  /** "Now", `YYYY-MM-DD`: the start of the plan and the reference for "months since". Never read from the clock. */
  readonly asOf: string;
  /** The language of the texts; Dutch by default. */
  readonly locale?: Locale;
  /** Extra rules from a vendor or region, untrusted: validated strictly (see `validateRules`). */
  readonly extraRules?: unknown;
  /** The practice's own effect and energy ratings, by recommendation id. */
  readonly ratings?: Readonly<Record<string, RatingOverride>>;
  /** The questionnaire, where the response answers a custom one. */
  readonly questionnaire?: Questionnaire;
  /**
   * A team scan: `combineResponses` of the members' responses, whose team response is the
   * response recommended for. Gives the fact `teamItemsToDiscuss`, so that a step can name the
   * team's disagreement as a reason.
   */
  readonly team?: TeamCombination;
}

/** A recommended next step for one practice, with its dates and reasons. */
export interface RecommendedStep {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rationale: string;
  readonly source: SourceRef;
  readonly pdcaPhase: PdcaPhaseId;
  readonly nivelStep: NivelStepId;
  readonly toolboxStep: ToolboxStepId;
  readonly igjTheme: IgjThemeId;
  readonly aspects: readonly QualityAspectId[];
  readonly roles: readonly RoleId[];
  readonly bottlenecks: readonly BottleneckId[];
  readonly digitisationDomains: readonly DigitisationDomainId[];
  readonly inkPhases: readonly InkPhaseId[];
  readonly maintenance: boolean;
  readonly effect: number;
  readonly energy: number;
  /** Whether effect and energy are the practice's own rating rather than the default. */
  readonly rated: boolean;
  readonly quadrant: MatrixQuadrantId;
  /** `asOf` plus the step's `startWithinWeeks`. */
  readonly startBy: string;
  /** `startBy` plus the step's `evaluateAfterWeeks`. */
  readonly evaluateOn: string;
  readonly reasons: readonly Reason[];
}
