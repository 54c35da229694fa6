import type { ValidationCode } from '@praktijkscan/model';
import type { FhirConversionCode, FhirConversionParams } from './codes';

/**
 * One problem in a FHIR resource: where it is, what it is, and a message for people.
 *
 * @example
 * ```ts
 * import { type FhirConversionIssue, FhirConversionError, fromFhirQuestionnaireResponse } from '@praktijkscan/fhir';
 * const show = (issue: FhirConversionIssue) => `${issue.pointer} ${issue.code}`;
 * try {
 *   fromFhirQuestionnaireResponse({ resourceType: 'Patient' });
 * } catch (error) {
 *   if (error instanceof FhirConversionError) error.issues.map(show);
 *   // ['/resourceType not-a-questionnaire-response']
 * }
 * ```
 */
export interface FhirConversionIssue {
  /**
   * A stable code, for programs: one of `fhirConversionCodes` where the FHIR resource itself is
   * wrong (`origin: 'fhir'`), or the model's `ValidationCode` where the data it carries is not a
   * valid response (`origin: 'model'`).
   */
  readonly code: FhirConversionCode | ValidationCode;
  /** Whether this package (`fhir`) or the model's `parseResponse` (`model`) found the problem. */
  readonly origin: 'fhir' | 'model';
  /** The path to the offending value in the FHIR JSON, as keys and array indexes; `[]` is the whole resource. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `/item/0/item/2/answer/0/valueCoding/code`. */
  readonly pointer: string;
  /** A message in the locale that was asked for (English by default). */
  readonly message: string;
  /** The values the message was built from. */
  readonly params: FhirConversionParams;
  /** For a problem the model found: its path in the praktijkscan response JSON. */
  readonly responsePath?: readonly (string | number)[];
}

/**
 * Thrown by `fromFhirQuestionnaireResponse` when a resource cannot be read as a praktijkscan
 * response. It carries every problem at once, each with its path in the FHIR JSON, whether the
 * FHIR structure is wrong or the data it carries fails the model's validation: it is the only
 * error callers need to catch.
 *
 * @example
 * ```ts
 * import { FhirConversionError, fromFhirQuestionnaireResponse } from '@praktijkscan/fhir';
 * try {
 *   fromFhirQuestionnaireResponse({ resourceType: 'Patient' });
 * } catch (error) {
 *   if (error instanceof FhirConversionError) {
 *     error.issues[0]?.code; // 'not-a-questionnaire-response'
 *     error.issues[0]?.message; // 'Expected resourceType "QuestionnaireResponse", received the text "Patient".'
 *   }
 * }
 * ```
 */
export class FhirConversionError extends Error {
  override readonly name = 'FhirConversionError';
  readonly issues: readonly FhirConversionIssue[];

  constructor(issues: readonly FhirConversionIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map((issue) => `${issue.pointer || '(root)'}: ${issue.message}`)
      .join('\n  ');
    const more = issues.length > 5 ? `\n  … and ${issues.length - 5} more` : '';
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super(`Cannot read the FHIR QuestionnaireResponse (${count}):\n  ${shown}${more}`);
    this.issues = Object.freeze([...issues]);
  }
}
