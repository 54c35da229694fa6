import { type AnswerScaleId, answerScaleIds, type Locale } from '@praktijkscan/model';

const base = 'https://praktijkscan.nl/fhir';

/**
 * Every canonical URL and system this package writes. A canonical URL is an identifier: nothing is
 * ever fetched from it. Integrators in other languages can copy these strings as they are.
 *
 * @example
 * ```ts
 * import { fhirUrls } from '@praktijkscan/fhir';
 * fhirUrls.questionnaire; // 'https://praktijkscan.nl/fhir/Questionnaire/praktijkscan'
 * fhirUrls.answerSystems.agreement; // 'https://praktijkscan.nl/fhir/CodeSystem/agreement'
 * ```
 */
export const fhirUrls = Object.freeze({
  /** Where every praktijkscan canonical URL starts. */
  base,
  /** The canonical URL of the praktijkscan questionnaire (`Questionnaire.url`). */
  questionnaire: `${base}/Questionnaire/praktijkscan`,
  /** One code system per answer scale; codes are the ordinal (`"0"`..`"max"`) or `"na"`. */
  answerSystems: Object.freeze(
    Object.fromEntries(answerScaleIds.map((scale) => [scale, `${base}/CodeSystem/${scale}`])),
  ) as Readonly<Record<AnswerScaleId, string>>,
  /** The code system of the known bottlenecks; codes are the bottleneck ids. */
  bottleneckSystem: `${base}/CodeSystem/bottleneck`,
  /** The code system of an idea's effect and energy; codes are `"1"`..`"5"`. */
  ratingSystem: `${base}/CodeSystem/rating`,
  /** The identifier system of the opaque practice id (`QuestionnaireResponse.subject.identifier`). */
  practiceIdSystem: `${base}/sid/practice-id`,
  /** Where the extensions of this package are defined; each one is this plus its name. */
  extensionBase: `${base}/StructureDefinition/`,
  // The four extensions below are where earlier versions of this package put these data, on the
  // QuestionnaireResponse itself, before they became Questionnaire items (see `fhirLinkIds`).
  // They are still read; nothing writes them any more.
  /** `valueDate`: the date of the last practice visit. */
  lastPracticeVisit: `${base}/StructureDefinition/last-practice-visit`,
  /** `valueCoding` (system `bottleneckSystem`): a bottleneck the practice recognises; repeats. */
  bottleneck: `${base}/StructureDefinition/bottleneck`,
  /** `valueString`: a bottleneck in the practice's own words; repeats, in order. */
  ownBottleneck: `${base}/StructureDefinition/own-bottleneck`,
  /** Complex: an improvement idea, one sub-extension per field; repeats, in order. */
  improvementIdea: `${base}/StructureDefinition/improvement-idea`,
});

/**
 * The HL7 extensions and code systems this package uses.
 *
 * @example
 * ```ts
 * import { hl7Urls } from '@praktijkscan/fhir';
 * hl7Urls.itemWeight; // 'http://hl7.org/fhir/StructureDefinition/itemWeight'
 * ```
 */
export const hl7Urls = Object.freeze({
  /** SDC / R5 extension pack: the score of an answer option (`valueDecimal`). */
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  /** R4 core: the ordinal value of a Coding or answer option (`valueDecimal`). */
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  /** R4 core: a translation of a primitive string, with `lang` and `content`. */
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  /** R4 core / SDC: how an item is rendered. */
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  /** R4 code system of `questionnaire-itemControl`. */
  itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
  /** R4 core: an item that is not shown to the person filling in the form. */
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  /** R4 core: a named FHIRPath expression that later expressions use as `%name`. */
  variable: 'http://hl7.org/fhir/StructureDefinition/variable',
  /** SDC: a FHIRPath expression whose result is the item's answer, recomputed as answers change. */
  calculatedExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  /** SDC: a FHIRPath expression for the item's initial answer. */
  initialExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression',
});

/**
 * The BCP 47 tag written for each locale. The English texts use British spelling, hence `en-GB`;
 * the Dutch ones are written for the Netherlands, hence `nl-NL`.
 *
 * @example
 * ```ts
 * import { fhirLanguages } from '@praktijkscan/fhir';
 * fhirLanguages.nl; // 'nl-NL'
 * ```
 */
export const fhirLanguages: Readonly<Record<Locale, string>> = Object.freeze({
  nl: 'nl-NL',
  en: 'en-GB',
});

/** The canonical URL of a questionnaire with this id. */
export function questionnaireUrl(id: string): string {
  return `${base}/Questionnaire/${id}`;
}
