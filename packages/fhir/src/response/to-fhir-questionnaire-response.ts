import {
  findQuestionnaire,
  isParsedResponse,
  type Locale,
  type PracticeResponse,
  parseResponse,
  type Questionnaire,
} from '@praktijkscan/model';
import { answerCoding } from '../canonical/answer-codings';
import { fhirLanguages, fhirUrls, questionnaireUrl } from '../canonical/urls';
import type { FhirQuestionnaireResponse, FhirQuestionnaireResponseItem } from '../fhir/types';
import { respondentAuthor } from './respondent';
import { bottleneckItems, ideaItems, practiceItem } from './scan-items';

/**
 * Options of {@link toFhirQuestionnaireResponse}.
 *
 * @example
 * ```ts
 * import { type ToFhirQuestionnaireResponseOptions, toFhirQuestionnaireResponse } from '@praktijkscan/fhir';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * const options: ToFhirQuestionnaireResponseOptions = { locale: 'en' };
 * toFhirQuestionnaireResponse(sampleHalfway, options).language; // 'en-GB'
 * ```
 */
export interface ToFhirQuestionnaireResponseOptions {
  /**
   * The language of the answers' `display` texts (`QuestionnaireResponse.language`). Dutch (`nl`)
   * by default. Displays are for people only: reading a response back ignores them.
   */
  readonly locale?: Locale;
  /** Write against this questionnaire instead of a published one; the response must name it. */
  readonly questionnaire?: Questionnaire;
}

function responseItems(
  response: PracticeResponse,
  questionnaire: Questionnaire,
  locale: Locale,
): FhirQuestionnaireResponseItem[] {
  return questionnaire.sections.flatMap((section) => {
    const item = questionnaire.items.flatMap((question) => {
      const answer = response.answers[question.id];
      if (question.section !== section.id || answer === undefined) return [];
      return [
        { linkId: question.id, answer: [{ valueCoding: answerCoding(question, answer, locale) }] },
      ];
    });
    return item.length === 0 ? [] : [{ linkId: section.id, item }];
  });
}

/**
 * A praktijkscan response as an HL7 FHIR R4 `QuestionnaireResponse` to the FHIR questionnaire of
 * `toFhirQuestionnaire`: `status: 'completed'`, `questionnaire` as `url|version`,
 * `authored` = `completedOn`, the practice as `subject` (an `Organization` by `identifier`, with
 * the practice name as `display`), and items as the form filler would write them: the practice
 * group (name, id, completion date, last practice visit), the answers grouped by section as
 * `valueCoding` (missing answers are left out), the bottlenecks group, and one idea group per
 * idea (linkIds in `fhirLinkIds`). The calculated scores are not written: a reader recomputes
 * them. The response is validated first unless it came from `parseResponse`.
 *
 * @throws {ResponseValidationError} (from `@praktijkscan/model`) where the response is not valid.
 * @example
 * ```ts
 * import { toFhirQuestionnaireResponse } from '@praktijkscan/fhir';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * const fhir = toFhirQuestionnaireResponse(sampleHalfway);
 * fhir.questionnaire; // 'https://praktijkscan.nl/fhir/Questionnaire/praktijkscan|2.0.0'
 * fhir.subject?.identifier?.value; // 'sample-rivierzicht'
 * ```
 */
export function toFhirQuestionnaireResponse(
  response: PracticeResponse,
  options: ToFhirQuestionnaireResponseOptions = {},
): FhirQuestionnaireResponse {
  const locale = options.locale ?? 'nl';
  const valid =
    options.questionnaire || !isParsedResponse(response)
      ? parseResponse(
          response,
          options.questionnaire ? { questionnaire: options.questionnaire } : {},
        )
      : response;
  const questionnaire =
    options.questionnaire ?? findQuestionnaire(valid.questionnaire.id, valid.questionnaire.version);
  if (!questionnaire) {
    // Only a response parsed against a custom questionnaire gets here.
    throw new Error(
      `Questionnaire ${valid.questionnaire.id} ${valid.questionnaire.version} is not published: pass it as options.questionnaire`,
    );
  }
  const item = [
    practiceItem(valid),
    ...responseItems(valid, questionnaire, locale),
    ...bottleneckItems(valid, locale),
    ...ideaItems(valid),
  ];
  return {
    resourceType: 'QuestionnaireResponse',
    language: fhirLanguages[locale],
    questionnaire: `${questionnaireUrl(questionnaire.id)}|${questionnaire.version}`,
    status: 'completed',
    subject: {
      type: 'Organization',
      identifier: { system: fhirUrls.practiceIdSystem, value: valid.practiceId },
      ...(valid.practiceName === undefined ? {} : { display: valid.practiceName }),
    },
    authored: valid.completedOn,
    ...(valid.respondent === undefined
      ? {}
      : { author: respondentAuthor(valid.respondent, locale) }),
    item,
  };
}
