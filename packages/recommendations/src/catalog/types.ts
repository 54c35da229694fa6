import type {
  BottleneckId,
  DigitisationDomainId,
  IgjThemeId,
  InkPhaseId,
  LocalizedText,
  NivelStepId,
  PdcaPhaseId,
  QualityAspectId,
  RoleId,
  SourceRef,
  ToolboxStepId,
} from '@praktijkscan/model';
import type { RecommendationStage } from './stages';

/** A next step a practice can take, grounded in the seeds. Rules decide when it is recommended. */
export interface Recommendation {
  /** Stable kebab-case id; rules name it. */
  readonly id: string;
  readonly title: LocalizedText;
  /** What to do, concretely, in two or three sentences. */
  readonly description: LocalizedText;
  /** Why it matters, in one or two sentences. */
  readonly rationale: LocalizedText;
  readonly source: SourceRef;
  readonly pdcaPhase: PdcaPhaseId;
  readonly nivelStep: NivelStepId;
  readonly toolboxStep: ToolboxStepId;
  readonly igjTheme: IgjThemeId;
  /** The quality aspects it serves (at least one); the weakest of them orders ties. */
  readonly aspects: readonly QualityAspectId[];
  /** Default effect rating, 1..5; a practice may override it. */
  readonly effect: number;
  /** Default energy rating, 1..5; a practice may override it. */
  readonly energy: number;
  /** Who carries it. */
  readonly roles: readonly RoleId[];
  /** Start within this many weeks of the assessment. */
  readonly startWithinWeeks: number;
  /** Evaluate this many weeks after the start. */
  readonly evaluateAfterWeeks: number;
  /** The known bottlenecks it relieves. */
  readonly bottlenecks: readonly BottleneckId[];
  /** The digitisation domains it belongs to. */
  readonly digitisationDomains: readonly DigitisationDomainId[];
  /** The INK phases it helps a practice reach (phase p: the step from p - 1 to p). */
  readonly inkPhases: readonly InkPhaseId[];
  /**
   * A maintenance step: worth doing even for a practice that scores the maximum (for example the
   * yearly evaluation). Only these may fire on an all-maximum response.
   */
  readonly maintenance: boolean;
  /** When it becomes sensible: the INK phase reached first, the entries it comes after, each with its seed passage. */
  readonly stage: RecommendationStage;
}
