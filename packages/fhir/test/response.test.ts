import {
  type PracticeResponse,
  parseResponse,
  questionnaire,
  ResponseValidationError,
} from '@praktijkscan/model';
import { sampleAdvanced, sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { fhirUrls, toFhirQuestionnaireResponse } from '../src';

const naItem = questionnaire.items.find((item) => item.allowsNotApplicable)!;
const yesNoItem = questionnaire.items.find((item) => item.scale === 'yes-no')!;
const agreementItem = questionnaire.items.find((item) => item.scale === 'agreement')!;

function minimal(overrides: Partial<PracticeResponse> = {}): PracticeResponse {
  return {
    questionnaire: { id: 'praktijkscan', version: questionnaire.version },
    practiceId: 'practice-1',
    completedOn: '2026-05-01',
    answers: {},
    bottlenecks: [],
    ownBottlenecks: [],
    ideas: [],
    ...overrides,
  };
}

describe('toFhirQuestionnaireResponse', () => {
  it('writes the header: status, canonical url|version, authored, practice as subject', () => {
    const fhir = toFhirQuestionnaireResponse(minimal());
    expect(fhir).toEqual({
      resourceType: 'QuestionnaireResponse',
      language: 'nl-NL',
      questionnaire: `https://praktijkscan.nl/fhir/Questionnaire/praktijkscan|${questionnaire.version}`,
      status: 'completed',
      subject: {
        type: 'Organization',
        identifier: { system: 'https://praktijkscan.nl/fhir/sid/practice-id', value: 'practice-1' },
      },
      authored: '2026-05-01',
      item: [
        {
          linkId: 'scan.practice',
          item: [
            { linkId: 'scan.practice-id', answer: [{ valueString: 'practice-1' }] },
            { linkId: 'scan.completed-on', answer: [{ valueDate: '2026-05-01' }] },
          ],
        },
      ],
    });
  });

  it('writes the practice name as the subject display', () => {
    const fhir = toFhirQuestionnaireResponse(minimal({ practiceName: 'De Linde' }));
    expect(fhir.subject?.display).toBe('De Linde');
  });

  it('groups answers by section, in questionnaire order, as valueCoding with system and code', () => {
    const answers = {
      [naItem.id]: 'na' as const,
      [yesNoItem.id]: 1,
      [agreementItem.id]: 3,
    };
    const all = toFhirQuestionnaireResponse(minimal({ answers }), { locale: 'en' });
    expect(all.language).toBe('en-GB');
    const fhir = { ...all, item: all.item?.filter((group) => !group.linkId.startsWith('scan.')) };
    const expectedGroups = questionnaire.sections
      .map((section) => ({
        linkId: section.id,
        ids: questionnaire.items
          .filter((item) => item.section === section.id && item.id in answers)
          .map((item) => item.id),
      }))
      .filter((group) => group.ids.length > 0);
    expect(fhir.item?.map((group) => group.linkId)).toEqual(expectedGroups.map((g) => g.linkId));
    expect(fhir.item?.map((group) => group.item?.map((item) => item.linkId))).toEqual(
      expectedGroups.map((group) => group.ids),
    );
    const answerOf = (id: string) =>
      fhir.item?.flatMap((group) => group.item ?? []).find((item) => item.linkId === id)?.answer;
    expect(answerOf(agreementItem.id)).toEqual([
      {
        valueCoding: {
          system: 'https://praktijkscan.nl/fhir/CodeSystem/agreement',
          code: '3',
          display: 'Largely',
        },
      },
    ]);
    expect(answerOf(yesNoItem.id)).toEqual([
      { valueCoding: { system: fhirUrls.answerSystems['yes-no'], code: '1', display: 'Yes' } },
    ]);
    expect(answerOf(naItem.id)).toEqual([
      {
        valueCoding: {
          system: fhirUrls.answerSystems[naItem.scale],
          code: 'na',
          display: 'Not applicable',
        },
      },
    ]);
  });

  it('leaves missing answers out, and the groups where nothing is answered', () => {
    const fhir = toFhirQuestionnaireResponse(minimal({ answers: { [agreementItem.id]: 0 } }));
    expect(fhir.item?.map((group) => group.linkId)).toEqual([
      'scan.practice',
      agreementItem.section,
    ]);
    expect(fhir.item?.[1]?.item).toHaveLength(1);
    expect(toFhirQuestionnaireResponse(minimal()).item?.map((group) => group.linkId)).toEqual([
      'scan.practice',
    ]);
  });

  it('carries the last practice visit, bottlenecks, own bottlenecks and ideas as items', () => {
    const fhir = toFhirQuestionnaireResponse(
      minimal({
        lastPracticeVisitOn: '2025-11-04',
        bottlenecks: ['retyping', 'morning-phone-pressure'],
        ownBottlenecks: ['Te weinig spreekkamers', 'Wachtlijst POH-GGZ'],
        ideas: [
          { id: 'kort', title: 'Kort', effect: 5, energy: 1 },
          {
            id: 'vol',
            title: 'Vol',
            date: '2026-01-02',
            from: 'A',
            team: 'B',
            problem: 'C',
            size: 'D',
            idea: 'E',
            yield: 'F',
            involve: 'G',
            effect: 2,
            energy: 4,
          },
        ],
      }),
    );
    expect(fhir.extension).toBeUndefined();
    const group = (linkId: string) => fhir.item?.filter((item) => item.linkId === linkId);
    expect(group('scan.practice')?.[0]?.item?.at(-1)).toEqual({
      linkId: 'scan.last-practice-visit',
      answer: [{ valueDate: '2025-11-04' }],
    });
    const system = 'https://praktijkscan.nl/fhir/CodeSystem/bottleneck';
    expect(group('scan.bottlenecks')).toEqual([
      {
        linkId: 'scan.bottlenecks',
        item: [
          {
            linkId: 'scan.bottleneck',
            // in the model's canonical order (parseResponse sorts them)
            answer: [
              {
                valueCoding: {
                  system,
                  code: 'morning-phone-pressure',
                  display: 'Telefoondruk in de ochtend',
                },
              },
              {
                valueCoding: { system, code: 'retyping', display: 'Veel overtypen en overzetten' },
              },
            ],
          },
          {
            linkId: 'scan.own-bottleneck',
            answer: [
              { valueString: 'Te weinig spreekkamers' },
              { valueString: 'Wachtlijst POH-GGZ' },
            ],
          },
        ],
      },
    ]);
    const rating = (code: string) => [
      { valueCoding: { system: 'https://praktijkscan.nl/fhir/CodeSystem/rating', code } },
    ];
    expect(group('scan.idea')).toEqual([
      {
        linkId: 'scan.idea',
        item: [
          { linkId: 'scan.idea.id', answer: [{ valueString: 'kort' }] },
          { linkId: 'scan.idea.title', answer: [{ valueString: 'Kort' }] },
          { linkId: 'scan.idea.effect', answer: rating('5') },
          { linkId: 'scan.idea.energy', answer: rating('1') },
        ],
      },
      {
        linkId: 'scan.idea',
        item: [
          { linkId: 'scan.idea.id', answer: [{ valueString: 'vol' }] },
          { linkId: 'scan.idea.title', answer: [{ valueString: 'Vol' }] },
          { linkId: 'scan.idea.date', answer: [{ valueDate: '2026-01-02' }] },
          ...(['from', 'team', 'problem', 'size', 'idea', 'yield', 'involve'] as const).map(
            (field, index) => ({
              linkId: `scan.idea.${field}`,
              answer: [{ valueString: 'ABCDEFG'.charAt(index) }],
            }),
          ),
          { linkId: 'scan.idea.effect', answer: rating('2') },
          { linkId: 'scan.idea.energy', answer: rating('4') },
        ],
      },
    ]);
  });

  it('gives the same resource for a raw and a parsed response', () => {
    for (const sample of [sampleStarting, sampleHalfway, sampleAdvanced]) {
      const raw = JSON.parse(JSON.stringify(sample));
      expect(toFhirQuestionnaireResponse(raw)).toEqual(
        toFhirQuestionnaireResponse(parseResponse(raw)),
      );
    }
  });

  it('validates an unparsed response first and lets the model error through', () => {
    const broken = { ...minimal(), answers: { [agreementItem.id]: 9 } };
    expect(() => toFhirQuestionnaireResponse(broken)).toThrow(ResponseValidationError);
  });

  it('writes against a custom questionnaire passed in the options', () => {
    const custom = { ...questionnaire, id: 'regio-scan', version: '2.0.0' };
    const response = minimal({
      questionnaire: { id: 'regio-scan', version: '2.0.0' },
      answers: { [agreementItem.id]: 4 },
    });
    const fhir = toFhirQuestionnaireResponse(response, { questionnaire: custom });
    expect(fhir.questionnaire).toBe('https://praktijkscan.nl/fhir/Questionnaire/regio-scan|2.0.0');
    const parsedElsewhere = parseResponse(response, { questionnaire: custom });
    expect(() => toFhirQuestionnaireResponse(parsedElsewhere)).toThrow(/options\.questionnaire/);
  });
});
