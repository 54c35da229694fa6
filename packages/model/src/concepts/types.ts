import type { SourceRef } from '../shared/source';
import type { LocalizedText } from '../shared/text';
import type {
  AnswerScaleId,
  ApplicationTypeId,
  BottleneckId,
  CompetenceRoleId,
  DigitalSkillThemeId,
  DigitisationDomainId,
  DigitisationYieldId,
  IgjThemeId,
  InkPhaseId,
  MatrixQuadrantId,
  NivelStepId,
  PdcaActivityId,
  PdcaPhaseId,
  QualityAspectId,
  RoleId,
  ToolboxStepId,
  ToolChoiceCheckId,
} from './ids';

/** What every domain concept has: a stable id, a label and a short description in both languages, and its source. */
export interface Concept<Id extends string | number> {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly source: SourceRef;
}

/** A Wkkgz quality aspect (seed 000, seed 002). All six have equal standing. */
export type QualityAspect = Concept<QualityAspectId>;

/** An INK phase (seed 004) with its typical e-health emphasis; each phase takes one to two years at least. */
export interface InkPhase extends Concept<InkPhaseId> {
  readonly emphasis: LocalizedText;
  /** The least number of years a practice spends in this phase. */
  readonly minimumYears: 1;
  /** The usual number of years a practice spends in this phase. */
  readonly typicalYears: 2;
}

/** A quadrant of the effect/energy matrix (seed 004, verbeterformat). */
export interface MatrixQuadrant extends Concept<MatrixQuadrantId> {
  /** Effect 3 or more. */
  readonly highEffect: boolean;
  /** Energy 3 or more. */
  readonly highEnergy: boolean;
  /** Order in which quadrants are acted on, 1 first. */
  readonly rank: 1 | 2 | 3 | 4;
  /** Whether items in this quadrant go into the plan (`never-do` is reported, not planned). */
  readonly planned: boolean;
}

/** A theme of the IGJ assessment framework (seed 004). */
export type IgjTheme = Concept<IgjThemeId>;

/** A core activity of seed 001's PDCA step plan. */
export type PdcaActivity = Concept<PdcaActivityId>;

/** A PDCA phase (seed 001), with its core activities and the roles that carry them. */
export interface PdcaPhase extends Concept<PdcaPhaseId> {
  readonly activities: readonly PdcaActivity[];
  readonly roles: readonly RoleId[];
}

/** A step of Nivel's six-step implementation plan (seed 003). */
export type NivelStep = Concept<NivelStepId>;

/** A step of the seven-step e-health toolbox (seed 004). */
export interface ToolboxStep extends Concept<ToolboxStepId> {
  /** Steps 1-4 are the start-up stage, 5-7 the scale-up stage. */
  readonly stage: 'start-up' | 'scale-up';
  /** The IGJ theme the toolbox ties this step to, where it names one. */
  readonly igjTheme?: IgjThemeId;
}

/** A digitisation domain (seed 001). */
export type DigitisationDomain = Concept<DigitisationDomainId>;

/** A kind of digital application, in one digitisation domain. */
export interface ApplicationType extends Concept<ApplicationTypeId> {
  readonly domain: DigitisationDomainId;
  /** Whether this is one of Nivel's seven types of e-health application (seed 003). */
  readonly nivelType: boolean;
}

/** A role in the practice team (seed 001). */
export type Role = Concept<RoleId>;

/** A theme of digital skills of care staff (seed 004). */
export type DigitalSkillTheme = Concept<DigitalSkillThemeId>;

/** A yield of practice digitisation (seed 001), in the short or the long term. */
export interface DigitisationYield extends Concept<DigitisationYieldId> {
  readonly term: 'short' | 'long';
}

/** A role for the competences that e-health asks (seed 004). */
export type CompetenceRole = Concept<CompetenceRoleId>;

/** A bottleneck (knelpunt) named by seed 001. */
export type Bottleneck = Concept<BottleneckId>;

/** A check a tool must pass before it is chosen (seed 001, Do 2). */
export type ToolChoiceCheck = Concept<ToolChoiceCheckId>;

/** One value of an answer scale, with its label. */
export interface AnswerScaleValue {
  readonly value: number;
  readonly label: LocalizedText;
}

/** An answer scale: ordinal values `0..max`, each with a label (reference/spec/SCORING.md). */
export interface AnswerScale {
  readonly id: AnswerScaleId;
  readonly label: LocalizedText;
  readonly max: number;
  readonly values: readonly AnswerScaleValue[];
}
