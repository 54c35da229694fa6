import type {
  AnswerScaleId,
  ApplicationTypeId,
  BottleneckId,
  DigitisationDomainId,
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

/** The label and short description of one concept in one language. */
export interface ConceptTexts {
  readonly label: string;
  readonly description: string;
}

/**
 * Every text of the domain concepts in one language. Each language is one file (`nl.ts`,
 * `en.ts`) of this shape, so the compiler sees any text that is missing in either.
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
  readonly answerScales: Readonly<
    Record<AnswerScaleId, { readonly label: string; readonly values: readonly string[] }>
  >;
}
