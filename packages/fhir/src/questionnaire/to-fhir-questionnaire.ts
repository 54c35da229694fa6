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
import {
  bottlenecksGroup,
  helpItem,
  ideaGroup,
  itemControl,
  practiceGroup,
  scoresGroup,
} from './scan-items';

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
    // The weight on the option (where SDC renderers such as LHC-Forms read it) and on its Coding
    // (where R4's ordinalValue is defined, and where earlier versions of this package put it).
    return {
      ...(weights.length > 0 ? { extension: weights } : {}),
      valueCoding: {
        ...(weights.length > 0 ? { extension: weights } : {}),
        system: fhirUrls.answerSystems[item.scale],
        code: option.code,
        display: display.value,
        _display: display.element,
      },
    };
  });
  return {
    extension: [itemControl('radio-button')],
    linkId: item.id,
    text: text.value,
    _text: text.element,
    type: 'choice',
    required: false,
    answerOption,
    ...(item.help ? { item: [helpItem(item.id, item.help, locale)] } : {}),
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
 * Data Capture, that an SDC form filler (LHC-Forms, Smart Forms, …) renders as the whole scan:
 *
 * - first a group with the practice's name and id, the completion date and the last practice
 *   visit (linkIds in `fhirLinkIds`);
 * - a `group` per section (linkId = section id) that opens with the section's description as a
 *   `display` item, then one `choice` question per item (linkId = item id) with an answer option
 *   per scale value (`valueCoding` with the ordinal as code, its weight in the `itemWeight` and
 *   `ordinalValue` extensions on the option and on its Coding), plus `"na"` where the item allows
 *   it. Help texts are `display` children with the `questionnaire-itemControl` code `help`;
 * - the bottlenecks (multiple choice) and the practice's own (repeating text);
 * - a repeating group per improvement idea with the fields of the improvement form;
 * - a read-only group with the six aspect scores and the overall score as FHIRPath
 *   `calculatedExpression`s, computed as `scoreResponse` computes them.
 *
 * The other language is in the `translation` extension of every text. The result is plain JSON:
 * `JSON.stringify` it.
 *
 * @example
 * ```ts
 * import { toFhirQuestionnaire } from '@praktijkscan/fhir';
 * import { questionnaire } from '@praktijkscan/model';
 * const fhir = toFhirQuestionnaire(questionnaire, { locale: 'en' });
 * fhir.url; // 'https://praktijkscan.nl/fhir/Questionnaire/praktijkscan'
 * fhir.language; // 'en-GB'
 * fhir.item?.[0]?.linkId; // 'scan.practice'
 * fhir.item?.[1]?.linkId; // 'vision-policy'
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
    item: [
      practiceGroup(locale),
      ...questionnaire.sections.map((section) =>
        sectionItem(
          section,
          questionnaire.items.filter((item) => item.section === section.id),
          locale,
        ),
      ),
      bottlenecksGroup(locale),
      ideaGroup(locale),
      scoresGroup(questionnaire, locale),
    ],
  };
}

/** A computable name as R4 wants it (invariant que-0): `praktijkscan` → `Praktijkscan`. */
function computableName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
