import { bottlenecks, type Locale, type PracticeResponse } from '@praktijkscan/model';
import { fhirLinkIds, ideaFieldNames } from '../canonical/link-ids';
import { fhirUrls } from '../canonical/urls';
import type { FhirQuestionnaireResponseAnswer, FhirQuestionnaireResponseItem } from '../fhir/types';
import { ideaFields } from './idea-fields';

const answered = (
  linkId: string,
  answer: readonly FhirQuestionnaireResponseAnswer[],
): FhirQuestionnaireResponseItem[] => (answer.length === 0 ? [] : [{ linkId, answer }]);

/** The practice group of a response: name, id, completion date and last practice visit. */
export function practiceItem(response: PracticeResponse): FhirQuestionnaireResponseItem {
  return {
    linkId: fhirLinkIds.practice,
    item: [
      ...(response.practiceName === undefined
        ? []
        : answered(fhirLinkIds.practiceName, [{ valueString: response.practiceName }])),
      ...answered(fhirLinkIds.practiceId, [{ valueString: response.practiceId }]),
      ...answered(fhirLinkIds.completedOn, [{ valueDate: response.completedOn }]),
      ...(response.lastPracticeVisitOn === undefined
        ? []
        : answered(fhirLinkIds.lastPracticeVisit, [{ valueDate: response.lastPracticeVisitOn }])),
    ],
  };
}

/** The bottlenecks group, where the response has any. */
export function bottleneckItems(
  response: PracticeResponse,
  locale: Locale,
): FhirQuestionnaireResponseItem[] {
  const item = [
    ...answered(
      fhirLinkIds.bottleneck,
      response.bottlenecks.map((id) => {
        const label = bottlenecks.find((bottleneck) => bottleneck.id === id)?.label[locale];
        return {
          valueCoding: {
            system: fhirUrls.bottleneckSystem,
            code: id,
            ...(label === undefined ? {} : { display: label }),
          },
        };
      }),
    ),
    ...answered(
      fhirLinkIds.ownBottleneck,
      response.ownBottlenecks.map((text) => ({ valueString: text })),
    ),
  ];
  return item.length === 0 ? [] : [{ linkId: fhirLinkIds.bottlenecks, item }];
}

const valueKey = Object.fromEntries(ideaFields) as Record<
  (typeof ideaFields)[number][0],
  (typeof ideaFields)[number][1]
>;

/** One repetition of the idea group per idea, in order. */
export function ideaItems(response: PracticeResponse): FhirQuestionnaireResponseItem[] {
  return response.ideas.map((idea) => ({
    linkId: fhirLinkIds.idea,
    item: ideaFieldNames.flatMap((name) => {
      const value = idea[name];
      if (value === undefined) return [];
      const linkId = fhirLinkIds.ideaFields[name];
      if (name === 'effect' || name === 'energy') {
        return answered(linkId, [
          { valueCoding: { system: fhirUrls.ratingSystem, code: String(value) } },
        ]);
      }
      return answered(linkId, [
        valueKey[name] === 'valueDate'
          ? { valueDate: String(value) }
          : { valueString: String(value) },
      ]);
    }),
  }));
}
