import {
  type Locale,
  questionnaire as published,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireSection,
} from '@praktijkscan/model';
import { answerOptionsOf } from '../canonical/answer-codings';
import { translated } from '../canonical/translation';
import { fhirLanguages, fhirUrls, hl7Urls, questionnaireUrl } from '../canonical/urls';
import type { FhirAnswerOption, FhirQuestionnaire, FhirQuestionnaireItem } from '../fhir/types';

/**
 * Options of {@link toFhirQuestionnaire}.
 *
 * @example
 * ```ts
 * import { type ToFhirQuestionnaireOptions, toFhirQuestionnaire } from '@praktijkscan/fhir';
 * import { questionnaire } from '@praktijkscan/model';
 * const options: ToFhirQuestionnaireOptions = { locale: 'en' };
 * toFhirQuestionnaire(questionnaire, options).language; // 'en-GB'
 * ```
 */
export interface ToFhirQuestionnaireOptions {
  /**
   * The language of the texts (`Questionnaire.language`); the other language goes into the
   * `translation` extension. Dutch (`nl`, written as `nl-NL`) by default.
   */
  readonly locale?: Locale;
}

function helpItem(item: QuestionnaireItem, locale: Locale): FhirQuestionnaireItem | undefined {
  if (!item.help) return undefined;
  const text = translated(item.help, locale);
  return {
    extension: [
      {
        url: hl7Urls.itemControl,
        valueCodeableConcept: {
          coding: [{ system: hl7Urls.itemControlSystem, code: 'help', display: 'Help-Button' }],
          text: 'Help-Button',
        },
      },
    ],
    linkId: `${item.id}.help`,
    text: text.value,
    _text: text.element,
    type: 'display',
  };
}

function questionItem(item: QuestionnaireItem, locale: Locale): FhirQuestionnaireItem {
  const text = translated(item.text, locale);
  const answerOption: FhirAnswerOption[] = answerOptionsOf(item).map((option) => {
    const display = translated(option.label, locale);
    const weights =
      option.answer === 'na'
        ? []
        : [
            { url: hl7Urls.itemWeight, valueDecimal: option.answer },
            { url: hl7Urls.ordinalValue, valueDecimal: option.answer },
          ];
    return {
      valueCoding: {
        ...(weights.length > 0 ? { extension: weights } : {}),
        system: fhirUrls.answerSystems[item.scale],
        code: option.code,
        display: display.value,
        _display: display.element,
      },
    };
  });
  const help = helpItem(item, locale);
  return {
    linkId: item.id,
    text: text.value,
    _text: text.element,
    type: 'choice',
    required: false,
    answerOption,
    ...(help ? { item: [help] } : {}),
  };
}

function sectionItem(
  section: QuestionnaireSection,
  items: readonly QuestionnaireItem[],
  locale: Locale,
): FhirQuestionnaireItem {
  const title = translated(section.title, locale);
  const description = translated(section.description, locale);
  return {
    linkId: section.id,
    text: title.value,
    _text: title.element,
    type: 'group',
    item: [
      {
        linkId: `${section.id}.description`,
        text: description.value,
        _text: description.element,
        type: 'display',
      },
      ...items.map((item) => questionItem(item, locale)),
    ],
  };
}

/**
 * The praktijkscan questionnaire as an HL7 FHIR R4 `Questionnaire`, in the style of Structured
 * Data Capture: a `group` per section (linkId = section id) that opens with the section's
 * description as a `display` item, then one `choice` question per item (linkId = item id) with an
 * answer option per scale value (`valueCoding` with the ordinal as code and its weight in the
 * `itemWeight` and `ordinalValue` extensions), plus `"na"` where the item allows it. Help texts are
 * `display` children with the `questionnaire-itemControl` code `help`. The other language is in
 * the `translation` extension of every text. The result is plain JSON: `JSON.stringify` it.
 *
 * @example
 * ```ts
 * import { toFhirQuestionnaire } from '@praktijkscan/fhir';
 * import { questionnaire } from '@praktijkscan/model';
 * const fhir = toFhirQuestionnaire(questionnaire, { locale: 'en' });
 * fhir.url; // 'https://praktijkscan.nl/fhir/Questionnaire/praktijkscan'
 * fhir.language; // 'en-GB'
 * fhir.item?.[0]?.linkId; // 'vision-policy'
 * ```
 */
export function toFhirQuestionnaire(
  questionnaire: Questionnaire = published,
  options: ToFhirQuestionnaireOptions = {},
): FhirQuestionnaire {
  const locale = options.locale ?? 'nl';
  const title = translated(questionnaire.title, locale);
  const description = translated(questionnaire.description, locale);
  return {
    resourceType: 'Questionnaire',
    id: `${questionnaire.id}-${questionnaire.version}`,
    language: fhirLanguages[locale],
    url: questionnaireUrl(questionnaire.id),
    version: questionnaire.version,
    name: computableName(questionnaire.id),
    title: title.value,
    _title: title.element,
    status: 'active',
    subjectType: ['Organization'],
    publisher: 'praktijkscan',
    description: description.value,
    _description: description.element,
    item: questionnaire.sections.map((section) =>
      sectionItem(
        section,
        questionnaire.items.filter((item) => item.section === section.id),
        locale,
      ),
    ),
  };
}

/** A computable name as R4 wants it (invariant que-0): `praktijkscan` → `Praktijkscan`. */
function computableName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
