/**
 * The praktijkscan domain as typed, frozen, bilingual data: the questionnaire, every concept of DOMAIN.md, and the response with its validation.
 *
 * @packageDocumentation
 * @module @praktijkscan/model
 */

// Explicit named exports only: the public surface is exactly what is listed here.

export { answerScaleMax, answerScales } from './concepts/answer-scales';
export { applicationTypes } from './concepts/application-types';
export { bottlenecks } from './concepts/bottlenecks';
export { competenceRoles, digitalSkillThemes } from './concepts/competences';
export { digitisationDomains } from './concepts/digitisation-domains';
export { digitisationYields } from './concepts/digitisation-yields';
export type {
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
} from './concepts/ids';
export {
  answerScaleIds,
  applicationTypeIds,
  bottleneckIds,
  competenceRoleIds,
  digitalSkillThemeIds,
  digitisationDomainIds,
  digitisationYieldIds,
  igjThemeIds,
  inkPhaseIds,
  matrixQuadrantIds,
  nivelStepIds,
  pdcaActivityIds,
  pdcaPhaseIds,
  qualityAspectIds,
  roleIds,
  toolboxStepIds,
  toolChoiceCheckIds,
} from './concepts/ids';
export { igjThemes } from './concepts/igj-themes';
export { inkPhases } from './concepts/ink-phases';
export { matrixQuadrants } from './concepts/matrix-quadrants';
export { nivelSteps } from './concepts/nivel-steps';
export { pdcaActivities, pdcaPhases } from './concepts/pdca-phases';
export { qualityAspects } from './concepts/quality-aspects';
export { roles } from './concepts/roles';
export { toolChoiceChecks } from './concepts/tool-choice-checks';
export { toolboxSteps } from './concepts/toolbox-steps';
export type {
  AnswerScale,
  AnswerScaleValue,
  ApplicationType,
  Bottleneck,
  CompetenceRole,
  Concept,
  DigitalSkillTheme,
  DigitisationDomain,
  DigitisationYield,
  IgjTheme,
  InkPhase,
  MatrixQuadrant,
  NivelStep,
  PdcaActivity,
  PdcaPhase,
  QualityAspect,
  Role,
  ToolboxStep,
  ToolChoiceCheck,
} from './concepts/types';
export { calendarDateRange, isDateInCalendarRange } from './dates/calendar-range';
export type { MigrationMapProblem } from './migration/check';
export { checkMigrationMap } from './migration/check';
export type { MigrationErrorCode, MigrationIssue } from './migration/errors';
export { MigrationError } from './migration/errors';
export { migrationMaps } from './migration/maps';
export type {
  MigrateResponseOptions,
  MigrationChange,
  MigrationResult,
} from './migration/migrate';
export { migrateResponse } from './migration/migrate';
export type { ItemMigration, MigrationMap } from './migration/schema';
export { itemMigrationSchema, migrationMapSchema } from './migration/schema';
export {
  findQuestionnaire,
  getQuestionnaire,
  itemsById,
  questionnaire,
  questionnaires,
  UnknownQuestionnaireVersionError,
} from './questionnaire/registry';
export { questionnaireItemSchema, questionnaireSchema } from './questionnaire/schema';
export { findQuestionnaireStructure, questionnaireStructures } from './questionnaire/structures';
export type {
  AspectWeight,
  AspectWeights,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemStructure,
  QuestionnaireSection,
  QuestionnaireSectionStructure,
  QuestionnaireStructure,
} from './questionnaire/types';
export type { ValidationCode, ValidationParams } from './response/codes';
export { validationCodes } from './response/codes';
export type { ValidationIssue } from './response/errors';
export { ResponseValidationError, toJsonPointer } from './response/errors';
export { responseLimits } from './response/limits';
export type { ParseResponseOptions, SafeParseResponseResult } from './response/parse';
export {
  isParsedResponse,
  parseResponse,
  parseResponseJson,
  safeParseResponse,
} from './response/parse';
export type { Respondent, RespondentRole } from './response/respondent';
export { respondentRoleIds } from './response/respondent';
export {
  improvementIdeaSchema,
  respondentSchema,
  responseSchema,
  responseSchemaFor,
} from './response/schema';
export type {
  Answer,
  ImprovementIdea,
  PracticeResponse,
  PracticeResponseInput,
  QuestionnaireRef,
} from './response/types';

export { boundedText, quotedInputLimit } from './shared/bounded-text';
export type { DeepReadonly } from './shared/freeze';
export { deepFreeze, isDeepFrozen } from './shared/freeze';
export type { SeedFile, SourceRef } from './shared/source';
export { seedFiles } from './shared/source';
export type { Locale, LocalizedText } from './shared/text';
export { isLocale, locales, localize } from './shared/text';
