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
} from '../concepts/ids';
import type * as en from './en';
import type * as nl from './nl';

/** The label and short description of one concept in one language. */
export interface ConceptTexts {
  readonly label: string;
  readonly description: string;
}

/**
 * Every text of the domain concepts in one language. Each language is one file (`nl.ts`,
 * `en.ts`) that exports every group of this shape as a `const` of its own, so that a bundle
 * carries only the groups of the concepts it uses; {@link LocalesComplete} makes the compiler see
 * any group or text that is missing in either.
 */
export interface ConceptLocale {
  readonly qualityAspects: Readonly<Record<QualityAspectId, ConceptTexts>>;
  readonly inkPhases: Readonly<Record<InkPhaseId, ConceptTexts & { readonly emphasis: string }>>;
  readonly matrixQuadrants: Readonly<Record<MatrixQuadrantId, ConceptTexts>>;
  readonly igjThemes: Readonly<Record<IgjThemeId, ConceptTexts>>;
  readonly pdcaPhases: Readonly<Record<PdcaPhaseId, ConceptTexts>>;
  readonly pdcaActivities: Readonly<Record<PdcaActivityId, ConceptTexts>>;
  readonly nivelSteps: Readonly<Record<NivelStepId, ConceptTexts>>;
  readonly toolboxSteps: Readonly<Record<ToolboxStepId, ConceptTexts>>;
  readonly digitisationDomains: Readonly<Record<DigitisationDomainId, ConceptTexts>>;
  readonly applicationTypes: Readonly<Record<ApplicationTypeId, ConceptTexts>>;
  readonly roles: Readonly<Record<RoleId, ConceptTexts>>;
  readonly bottlenecks: Readonly<Record<BottleneckId, ConceptTexts>>;
  readonly toolChoiceChecks: Readonly<Record<ToolChoiceCheckId, ConceptTexts>>;
  readonly digitalSkillThemes: Readonly<Record<DigitalSkillThemeId, ConceptTexts>>;
  readonly digitisationYields: Readonly<Record<DigitisationYieldId, ConceptTexts>>;
  readonly competenceRoles: Readonly<Record<CompetenceRoleId, ConceptTexts>>;
  readonly answerScales: Readonly<
    Record<AnswerScaleId, { readonly label: string; readonly values: readonly string[] }>
  >;
}

/**
 * Compiles only if a language file exports exactly the groups of {@link ConceptLocale}, each with
 * every text: a missing group or text, or a group the shape does not name, fails the constraint.
 */
type Complete<
  T extends ConceptLocale & { readonly [K in Exclude<keyof T, keyof ConceptLocale>]: never },
> = T;

/**
 * The type-level check that `nl.ts` and `en.ts` hold every text of {@link ConceptLocale}; it is a
 * type only, so it costs nothing at runtime and keeps every group of a language separately
 * tree-shakeable. The typecheck fails if a text is missing in either language.
 *
 * @example
 * ```ts
 * import type { LocalesComplete } from './types';
 * type Nl = LocalesComplete[0]; // typeof import('./nl')
 * ```
 */
export type LocalesComplete = [Complete<typeof nl>, Complete<typeof en>];
