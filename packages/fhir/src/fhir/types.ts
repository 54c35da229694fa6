// Hand-written, minimal HL7 FHIR R4 (4.0.1) types: only the elements this package writes or reads.
// They follow the R4 JSON representation (https://hl7.org/fhir/R4/json.html). A full set of types
// is available from packages such as @types/fhir; this package does not depend on one.

/**
 * An R4 `Extension` (https://hl7.org/fhir/R4/extensibility.html): a `url` and either one
 * `value[x]` or nested `extension`s. Only the value types this package uses are typed.
 *
 * @example
 * ```ts
 * import type { FhirExtension } from '@praktijkscan/fhir';
 * const visit: FhirExtension = {
 *   url: 'https://praktijkscan.nl/fhir/StructureDefinition/last-practice-visit',
 *   valueDate: '2025-11-04',
 * };
 * ```
 */
export interface FhirExtension {
  readonly url: string;
  readonly extension?: readonly FhirExtension[];
  readonly valueString?: string;
  readonly valueCode?: string;
  readonly valueDate?: string;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueBoolean?: boolean;
  readonly valueCoding?: FhirCoding;
  readonly valueCodeableConcept?: FhirCodeableConcept;
  readonly valueExpression?: FhirExpression;
}

/**
 * An R4 `Expression`: here a FHIRPath expression (`language: 'text/fhirpath'`), named where it is
 * a `variable` that later expressions use as `%name`.
 *
 * @example
 * ```ts
 * import type { FhirExpression } from '@praktijkscan/fhir';
 * const overall: FhirExpression = { language: 'text/fhirpath', expression: '%tenths.count()' };
 * ```
 */
export interface FhirExpression {
  readonly name?: string;
  readonly language: string;
  readonly expression: string;
}

/**
 * The extra properties of a primitive element, written as `_name` beside `name` in JSON
 * (https://hl7.org/fhir/R4/json.html#primitive), here used for translations.
 *
 * @example
 * ```ts
 * import type { FhirPrimitiveElement } from '@praktijkscan/fhir';
 * const _text: FhirPrimitiveElement = {
 *   extension: [{
 *     url: 'http://hl7.org/fhir/StructureDefinition/translation',
 *     extension: [{ url: 'lang', valueCode: 'en-GB' }, { url: 'content', valueString: 'Partly' }],
 *   }],
 * };
 * ```
 */
export interface FhirPrimitiveElement {
  readonly extension?: readonly FhirExtension[];
}

/**
 * An R4 `Coding`: a code from a code system, with its display text.
 *
 * @example
 * ```ts
 * import type { FhirCoding } from '@praktijkscan/fhir';
 * const partly: FhirCoding = {
 *   system: 'https://praktijkscan.nl/fhir/CodeSystem/agreement',
 *   code: '2',
 *   display: 'Deels',
 * };
 * ```
 */
export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly _display?: FhirPrimitiveElement;
  readonly extension?: readonly FhirExtension[];
}

/**
 * An R4 `CodeableConcept`.
 *
 * @example
 * ```ts
 * import type { FhirCodeableConcept } from '@praktijkscan/fhir';
 * const help: FhirCodeableConcept = {
 *   coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' }],
 * };
 * ```
 */
export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

/**
 * An R4 `Identifier`.
 *
 * @example
 * ```ts
 * import type { FhirIdentifier } from '@praktijkscan/fhir';
 * const practice: FhirIdentifier = {
 *   system: 'https://praktijkscan.nl/fhir/sid/practice-id',
 *   value: 'practice-1',
 * };
 * ```
 */
export interface FhirIdentifier {
  readonly system?: string;
  readonly value?: string;
}

/**
 * An R4 `Reference`, here a logical reference by identifier.
 *
 * @example
 * ```ts
 * import type { FhirReference } from '@praktijkscan/fhir';
 * const subject: FhirReference = {
 *   type: 'Organization',
 *   identifier: { system: 'https://praktijkscan.nl/fhir/sid/practice-id', value: 'practice-1' },
 *   display: 'Huisartsenpraktijk De Linde',
 * };
 * ```
 */
export interface FhirReference {
  readonly type?: string;
  readonly identifier?: FhirIdentifier;
  readonly display?: string;
}

/**
 * An R4 `Questionnaire.item.answerOption`.
 *
 * @example
 * ```ts
 * import type { FhirAnswerOption } from '@praktijkscan/fhir';
 * const yes: FhirAnswerOption = {
 *   valueCoding: { system: 'https://praktijkscan.nl/fhir/CodeSystem/yes-no', code: '1', display: 'Ja' },
 * };
 * ```
 */
export interface FhirAnswerOption {
  readonly extension?: readonly FhirExtension[];
  readonly valueCoding: FhirCoding;
}

/**
 * An R4 `Questionnaire.item`: a group, a question or a display text.
 *
 * @example
 * ```ts
 * import { type FhirQuestionnaireItem, toFhirQuestionnaire } from '@praktijkscan/fhir';
 * const sections: readonly FhirQuestionnaireItem[] = toFhirQuestionnaire().item ?? [];
 * sections[0]?.type; // 'group'
 * ```
 */
export interface FhirQuestionnaireItem {
  readonly extension?: readonly FhirExtension[];
  readonly linkId: string;
  readonly text?: string;
  readonly _text?: FhirPrimitiveElement;
  readonly type: 'group' | 'display' | 'choice' | 'string' | 'text' | 'date' | 'decimal';
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly readOnly?: boolean;
  readonly maxLength?: number;
  readonly answerOption?: readonly FhirAnswerOption[];
  readonly item?: readonly FhirQuestionnaireItem[];
}

/**
 * An R4 `Questionnaire` resource (https://hl7.org/fhir/R4/questionnaire.html).
 *
 * @example
 * ```ts
 * import { type FhirQuestionnaire, toFhirQuestionnaire } from '@praktijkscan/fhir';
 * const fhir: FhirQuestionnaire = toFhirQuestionnaire();
 * fhir.status; // 'active'
 * ```
 */
export interface FhirQuestionnaire {
  readonly resourceType: 'Questionnaire';
  readonly id?: string;
  readonly language?: string;
  readonly url?: string;
  readonly version?: string;
  readonly name?: string;
  readonly title?: string;
  readonly _title?: FhirPrimitiveElement;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly subjectType?: readonly string[];
  readonly publisher?: string;
  readonly description?: string;
  readonly _description?: FhirPrimitiveElement;
  readonly item?: readonly FhirQuestionnaireItem[];
}

/**
 * An R4 `QuestionnaireResponse.item.answer`.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireResponseAnswer } from '@praktijkscan/fhir';
 * const answer: FhirQuestionnaireResponseAnswer = {
 *   valueCoding: { system: 'https://praktijkscan.nl/fhir/CodeSystem/agreement', code: '3' },
 * };
 * ```
 */
export interface FhirQuestionnaireResponseAnswer {
  readonly extension?: readonly FhirExtension[];
  readonly valueCoding?: FhirCoding;
  readonly valueString?: string;
  readonly valueDate?: string;
  readonly valueDecimal?: number;
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

/**
 * An R4 `QuestionnaireResponse.item`.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireResponseItem } from '@praktijkscan/fhir';
 * const section: FhirQuestionnaireResponseItem = {
 *   linkId: 'vision-policy',
 *   item: [{
 *     linkId: 'digital-care-vision',
 *     answer: [{ valueCoding: { system: 'https://praktijkscan.nl/fhir/CodeSystem/agreement', code: '3' } }],
 *   }],
 * };
 * ```
 */
export interface FhirQuestionnaireResponseItem {
  readonly extension?: readonly FhirExtension[];
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly FhirQuestionnaireResponseAnswer[];
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

/**
 * An R4 `QuestionnaireResponse` resource (https://hl7.org/fhir/R4/questionnaireresponse.html).
 *
 * @example
 * ```ts
 * import { type FhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '@praktijkscan/fhir';
 * import { sampleStarting } from '@praktijkscan/model/samples';
 * const fhir: FhirQuestionnaireResponse = toFhirQuestionnaireResponse(sampleStarting);
 * fhir.status; // 'completed'
 * ```
 */
export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly id?: string;
  readonly language?: string;
  readonly extension?: readonly FhirExtension[];
  readonly questionnaire?: string;
  readonly status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  readonly subject?: FhirReference;
  readonly authored?: string;
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}
