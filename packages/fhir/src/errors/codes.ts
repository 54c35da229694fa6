/**
 * The stable codes of the problems `fromFhirQuestionnaireResponse` finds in a FHIR resource
 * itself. Problems found afterwards by the model's validation keep the model's code (see
 * `validationCodes` in `@praktijkscan/model`). A code never changes meaning; new codes may be added
 * in a minor version.
 *
 * @example
 * ```ts
 * import { fhirConversionCodes } from '@praktijkscan/fhir';
 * fhirConversionCodes.includes('unknown-link-id'); // true
 * ```
 */
export const fhirConversionCodes = [
  'not-an-object',
  'input-too-large',
  'not-a-questionnaire-response',
  'missing-element',
  'wrong-type',
  'unsupported-status',
  'unknown-questionnaire',
  'missing-version',
  'unknown-version',
  'unknown-identifier-system',
  'invalid-date',
  'unknown-link-id',
  'misplaced-item',
  'duplicate-item',
  'nested-item',
  'multiple-answers',
  'answer-wrong-type',
  'answer-not-in-options',
  'unknown-extension',
  'invalid-extension',
  'repeated-extension',
  'modifier-extension',
  'implicit-rules',
  'weight-mismatch',
  'conflicting-values',
  'invalid-option',
] as const;

/**
 * A stable code of a problem in a FHIR resource.
 *
 * @example
 * ```ts
 * import type { FhirConversionCode } from '@praktijkscan/fhir';
 * const code: FhirConversionCode = 'multiple-answers';
 * ```
 */
export type FhirConversionCode = (typeof fhirConversionCodes)[number];

/**
 * The values a problem's message is built from.
 *
 * @example
 * ```ts
 * import type { FhirConversionParams } from '@praktijkscan/fhir';
 * const params: FhirConversionParams = { linkId: 'digital-care-vision', count: 2 };
 * ```
 */
export type FhirConversionParams = Readonly<Record<string, string | number>>;
