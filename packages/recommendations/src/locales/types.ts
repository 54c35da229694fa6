import type { RuleOperator } from '../rules/types';

/** The texts that explain a reason, in one language. `{name}` is filled in. */
export interface ReasonTexts {
  /** A whole reason: `{fact}`, `{actual}`, `{operator}`, `{expected}`. */
  readonly reason: string;
  /** A reason that names the fact and its value only: `{fact}`, `{actual}`. */
  readonly reasonIs: string;
  /** A bottleneck the practice named, as a sentence of its own ("… is yes" reads badly). */
  readonly bottleneckNamed: string;
  readonly operators: Readonly<Record<RuleOperator, string>>;
  readonly values: {
    readonly unknown: string;
    readonly notApplicable: string;
    readonly yes: string;
    readonly no: string;
    readonly or: string;
    /**
     * The label of each INK phase 0..5, shown beside the number: phase 0 says no phase is reached
     * yet, 1..5 are the model's labels in lower case (a test holds them equal).
     */
    readonly inkPhases: readonly [string, string, string, string, string, string];
  };
  readonly facts: {
    readonly answer: string;
    readonly usage: string;
    readonly aspectScore: string;
    readonly aspectCoverage: string;
    readonly sectionScore: string;
    readonly sectionCoverage: string;
    readonly themeScore: string;
    readonly themeCoverage: string;
    readonly overall: string;
    readonly inkPhase: string;
    readonly inkPhaseNextProgress: string;
    readonly bottleneck: string;
    readonly ownBottleneckCount: string;
    readonly ideaCount: string;
    readonly completeness: string;
    readonly monthsSinceCompletion: string;
    readonly monthsSinceVisit: string;
    readonly selfAssessmentGap: string;
    readonly teamItemsToDiscuss: string;
  };
  /** Why a roadmap entry is later or to avoid: `{phase}`, `{label}`, `{step}`, `{capacity}`, `{date}`, `{effect}`, `{energy}`. */
  readonly roadmap: {
    readonly afterPhase: string;
    readonly afterStep: string;
    readonly beyondCapacity: string;
    readonly avoid: string;
  };
  /** A decimal number in words: the separator of the fraction. */
  readonly decimalSeparator: string;
}
