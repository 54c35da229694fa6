import { bottlenecks, type PracticeResponse, parseResponse } from '@praktijkscan/model';
import { type FhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '../../src';

const base = 'https://praktijkscan.nl/fhir/StructureDefinition/';
const ideaFields = [
  ['id', 'valueString'],
  ['title', 'valueString'],
  ['date', 'valueDate'],
  ['from', 'valueString'],
  ['team', 'valueString'],
  ['problem', 'valueString'],
  ['size', 'valueString'],
  ['idea', 'valueString'],
  ['yield', 'valueString'],
  ['involve', 'valueString'],
  ['effect', 'valueInteger'],
  ['energy', 'valueInteger'],
] as const;

/**
 * A response as earlier versions of this package wrote it: no items of the scan's own (practice,
 * bottlenecks, ideas), and the last visit, bottlenecks, own bottlenecks and ideas in extensions on
 * the resource. A frozen copy of that writer, to check that such responses are still read.
 */
// biome-ignore lint/suspicious/noExplicitAny: the result is edited freely by tests.
export function toLegacyFhir(input: PracticeResponse): any {
  const response = parseResponse(JSON.parse(JSON.stringify(input)));
  const current: FhirQuestionnaireResponse = toFhirQuestionnaireResponse(response);
  const item = (current.item ?? []).filter((group) => !group.linkId.startsWith('scan.'));
  const extension = [
    ...(response.lastPracticeVisitOn === undefined
      ? []
      : [{ url: `${base}last-practice-visit`, valueDate: response.lastPracticeVisitOn }]),
    ...response.bottlenecks.map((id) => ({
      url: `${base}bottleneck`,
      valueCoding: {
        system: 'https://praktijkscan.nl/fhir/CodeSystem/bottleneck',
        code: id,
        display: bottlenecks.find((bottleneck) => bottleneck.id === id)?.label.nl,
      },
    })),
    ...response.ownBottlenecks.map((text) => ({ url: `${base}own-bottleneck`, valueString: text })),
    ...response.ideas.map((idea) => ({
      url: `${base}improvement-idea`,
      extension: ideaFields.flatMap(([field, key]) =>
        idea[field] === undefined ? [] : [{ url: field, [key]: idea[field] }],
      ),
    })),
  ];
  const { item: _, ...header } = current;
  return JSON.parse(
    JSON.stringify({
      ...header,
      ...(extension.length === 0 ? {} : { extension }),
      ...(item.length === 0 ? {} : { item }),
    }),
  );
}
