/**
 * FHIR R4 for the questionnaire and its responses: a Questionnaire from the questionnaire, and a
 * QuestionnaireResponse to and from a practice's response, with typed errors.
 *
 * @packageDocumentation
 * @module @praktijkscan/fhir
 */

// Explicit named exports only: the public surface is exactly what is listed here.

export { fhirLinkIds } from './canonical/link-ids';
export { fhirLanguages, fhirUrls, hl7Urls } from './canonical/urls';
export type { FhirConversionCode, FhirConversionParams } from './errors/codes';
export { fhirConversionCodes } from './errors/codes';
export type { FhirConversionIssue } from './errors/fhir-conversion-error';
export { FhirConversionError } from './errors/fhir-conversion-error';
export type {
  FhirAnswerOption,
  FhirCodeableConcept,
  FhirCoding,
  FhirExpression,
  FhirExtension,
  FhirIdentifier,
  FhirPrimitiveElement,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirQuestionnaireResponseAnswer,
  FhirQuestionnaireResponseItem,
  FhirReference,
} from './fhir/types';
export type { ToFhirQuestionnaireOptions } from './questionnaire/to-fhir-questionnaire';
export { toFhirQuestionnaire } from './questionnaire/to-fhir-questionnaire';
export type { FromFhirQuestionnaireResponseOptions } from './response/from-fhir-questionnaire-response';
export { fromFhirQuestionnaireResponse } from './response/from-fhir-questionnaire-response';
export type { ToFhirQuestionnaireResponseOptions } from './response/to-fhir-questionnaire-response';
export { toFhirQuestionnaireResponse } from './response/to-fhir-questionnaire-response';
