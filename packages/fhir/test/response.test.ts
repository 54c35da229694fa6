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
    const fhir = toFhirQuestionnaireResponse(minimal({ answers }), { locale: 'en' });
    expect(fhir.language).toBe('en-GB');
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

  it('leaves missing answers out, and the item list where nothing is answered', () => {
    const fhir = toFhirQuestionnaireResponse(minimal({ answers: { [agreementItem.id]: 0 } }));
    expect(fhir.item).toHaveLength(1);
    expect(fhir.item?.[0]?.item).toHaveLength(1);
    expect(toFhirQuestionnaireResponse(minimal()).item).toBeUndefined();
  });

  it('carries the last practice visit, bottlenecks, own bottlenecks and ideas in extensions', () => {
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
    const base = 'https://praktijkscan.nl/fhir/StructureDefinition/';
    expect(fhir.extension).toEqual([
      { url: `${base}last-practice-visit`, valueDate: '2025-11-04' },
      // bottlenecks in the model's canonical order (parseResponse sorts them)
      {
        url: `${base}bottleneck`,
        valueCoding: {
          system: 'https://praktijkscan.nl/fhir/CodeSystem/bottleneck',
          code: 'morning-phone-pressure',
          display: 'Telefoondruk in de ochtend',
        },
      },
      {
        url: `${base}bottleneck`,
        valueCoding: {
          system: 'https://praktijkscan.nl/fhir/CodeSystem/bottleneck',
          code: 'retyping',
          display: 'Veel overtypen en overzetten',
        },
      },
      { url: `${base}own-bottleneck`, valueString: 'Te weinig spreekkamers' },
      { url: `${base}own-bottleneck`, valueString: 'Wachtlijst POH-GGZ' },
      {
        url: `${base}improvement-idea`,
        extension: [
          { url: 'id', valueString: 'kort' },
          { url: 'title', valueString: 'Kort' },
          { url: 'effect', valueInteger: 5 },
          { url: 'energy', valueInteger: 1 },
        ],
      },
      {
        url: `${base}improvement-idea`,
        extension: [
          { url: 'id', valueString: 'vol' },
          { url: 'title', valueString: 'Vol' },
          { url: 'date', valueDate: '2026-01-02' },
          { url: 'from', valueString: 'A' },
          { url: 'team', valueString: 'B' },
          { url: 'problem', valueString: 'C' },
          { url: 'size', valueString: 'D' },
          { url: 'idea', valueString: 'E' },
          { url: 'yield', valueString: 'F' },
          { url: 'involve', valueString: 'G' },
          { url: 'effect', valueInteger: 2 },
          { url: 'energy', valueInteger: 4 },
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
