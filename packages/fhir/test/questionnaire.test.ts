import {
  answerScaleMax,
  answerScales,
  type Locale,
  type QuestionnaireItem,
  questionnaire,
} from '@praktijkscan/model';
import { describe, expect, it } from 'vitest';
import {
  type FhirExtension,
  type FhirPrimitiveElement,
  type FhirQuestionnaireItem,
  fhirUrls,
  toFhirQuestionnaire,
} from '../src';

const other: Record<Locale, Locale> = { nl: 'en', en: 'nl' };
const tag: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The translations on a primitive's `_name` element, as `{ lang: content }`. */
function translations(element: FhirPrimitiveElement | undefined): Record<string, string> {
  return Object.fromEntries(
    (element?.extension ?? []).map((extension: FhirExtension) => {
      expect(extension.url).toBe('http://hl7.org/fhir/StructureDefinition/translation');
      const lang = extension.extension?.find((sub) => sub.url === 'lang')?.valueCode;
      const content = extension.extension?.find((sub) => sub.url === 'content')?.valueString;
      return [lang, content];
    }),
  );
}

/** The section groups: every top-level group but the scan's own (`scan.…`). */
const sectionGroups = (items: readonly FhirQuestionnaireItem[] | undefined) =>
  (items ?? []).filter((group) => !group.linkId.startsWith('scan.'));

function questionOf(items: readonly FhirQuestionnaireItem[], id: string) {
  for (const group of items) {
    const found = group.item?.find((child) => child.linkId === id);
    if (found) return found;
  }
  throw new Error(`no question ${id}`);
}

const withHelp = questionnaire.items.find((item) => item.help) as QuestionnaireItem;
const withNa = questionnaire.items.find((item) => item.allowsNotApplicable) as QuestionnaireItem;
const withoutNa = questionnaire.items.find(
  (item) => !item.allowsNotApplicable && !item.help,
) as QuestionnaireItem;

describe.each(['nl', 'en'] as const)('toFhirQuestionnaire, locale %s', (locale) => {
  const fhir = toFhirQuestionnaire(questionnaire, { locale });

  it('has the resource metadata', () => {
    expect(fhir).toMatchObject({
      resourceType: 'Questionnaire',
      id: `praktijkscan-${questionnaire.version}`,
      language: tag[locale],
      url: 'https://praktijkscan.nl/fhir/Questionnaire/praktijkscan',
      version: questionnaire.version,
      name: 'Praktijkscan',
      title: questionnaire.title[locale],
      status: 'active',
      subjectType: ['Organization'],
      description: questionnaire.description[locale],
    });
    expect(fhir.url).toBe(fhirUrls.questionnaire);
    expect(translations(fhir._title)).toEqual({
      [tag[other[locale]]]: questionnaire.title[other[locale]],
    });
    expect(translations(fhir._description)).toEqual({
      [tag[other[locale]]]: questionnaire.description[other[locale]],
    });
  });

  it('has the practice group, a group per section in order, then bottlenecks, ideas and scores', () => {
    expect(fhir.item?.map((group) => group.linkId)).toEqual([
      'scan.practice',
      ...questionnaire.sections.map((section) => section.id),
      'scan.bottlenecks',
      'scan.idea',
      'scan.scores',
    ]);
  });

  it('opens each section group with the section description', () => {
    sectionGroups(fhir.item).forEach((group, index) => {
      const section = questionnaire.sections[index]!;
      expect(group.type).toBe('group');
      expect(group.text).toBe(section.title[locale]);
      expect(translations(group._text)).toEqual({
        [tag[other[locale]]]: section.title[other[locale]],
      });
      expect(group.item?.[0]).toMatchObject({
        linkId: `${section.id}.description`,
        type: 'display',
        text: section.description[locale],
      });
      expect(group.item?.slice(1).map((item) => item.linkId)).toEqual(
        questionnaire.items.filter((item) => item.section === section.id).map((item) => item.id),
      );
    });
  });

  it('has every item, the unscored own judgement too, as an optional choice question', () => {
    const questions = sectionGroups(fhir.item).flatMap((group) => group.item?.slice(1) ?? []);
    expect(questions.map((item) => item.linkId)).toEqual(
      questionnaire.items.map((item) => item.id),
    );
    for (const [index, question] of questions.entries()) {
      const item = questionnaire.items[index]!;
      expect(question).toMatchObject({ type: 'choice', required: false, text: item.text[locale] });
      // Radio buttons: one answer of a short ordered scale, all options in view.
      expect(question.extension).toEqual([
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
          valueCodeableConcept: {
            coding: [
              {
                system: 'http://hl7.org/fhir/questionnaire-item-control',
                code: 'radio-button',
                display: 'Radio Button',
              },
            ],
            text: 'Radio Button',
          },
        },
      ]);
      expect(translations(question._text)).toEqual({
        [tag[other[locale]]]: item.text[other[locale]],
      });
    }
    expect(questionOf(fhir.item ?? [], 'overall-integration').type).toBe('choice');
  });

  it('has an answer option per scale value, with code, display, translation and weight (on the option and its Coding)', () => {
    const question = questionOf(fhir.item ?? [], withoutNa.id);
    const scale = answerScales.find((candidate) => candidate.id === withoutNa.scale)!;
    expect(question.answerOption).toHaveLength(answerScaleMax(withoutNa.scale) + 1);
    question.answerOption?.forEach((option, value) => {
      const { valueCoding } = option;
      expect(valueCoding.system).toBe(`https://praktijkscan.nl/fhir/CodeSystem/${withoutNa.scale}`);
      expect(valueCoding.code).toBe(String(value));
      expect(valueCoding.display).toBe(scale.values[value]!.label[locale]);
      expect(translations(valueCoding._display)).toEqual({
        [tag[other[locale]]]: scale.values[value]!.label[other[locale]],
      });
      const weights = [
        { url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: value },
        { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: value },
      ];
      expect(option.extension).toEqual(weights);
      expect(valueCoding.extension).toEqual(weights);
    });
  });

  it('adds "na" without a weight only where the item allows it', () => {
    const options = questionOf(fhir.item ?? [], withNa.id).answerOption ?? [];
    const na = options.at(-1)!.valueCoding;
    expect(na).toMatchObject({
      system: fhirUrls.answerSystems[withNa.scale],
      code: 'na',
      display: locale === 'nl' ? 'Niet van toepassing' : 'Not applicable',
    });
    expect(na.extension).toBeUndefined();
    expect(options.at(-1)?.extension).toBeUndefined();
    expect(options).toHaveLength(answerScaleMax(withNa.scale) + 2);
    const codes = questionOf(fhir.item ?? [], withoutNa.id).answerOption?.map(
      (option) => option.valueCoding.code,
    );
    expect(codes).not.toContain('na');
  });

  it('puts help in a display child with the itemControl code help', () => {
    const question = questionOf(fhir.item ?? [], withHelp.id);
    expect(question.item).toEqual([
      {
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
            valueCodeableConcept: {
              coding: [
                {
                  system: 'http://hl7.org/fhir/questionnaire-item-control',
                  code: 'help',
                  display: 'Help-Button',
                },
              ],
              text: 'Help-Button',
            },
          },
        ],
        linkId: `${withHelp.id}.help`,
        text: withHelp.help?.[locale],
        _text: expect.anything(),
        type: 'display',
      },
    ]);
    expect(translations(question.item?.[0]?._text)).toEqual({
      [tag[other[locale]]]: withHelp.help?.[other[locale]],
    });
    expect(questionOf(fhir.item ?? [], withoutNa.id).item).toBeUndefined();
  });

  it('is plain JSON: it survives JSON.stringify unchanged', () => {
    expect(JSON.parse(JSON.stringify(fhir))).toEqual(fhir);
  });
});

describe('toFhirQuestionnaire defaults', () => {
  it('writes the published questionnaire in Dutch by default', () => {
    expect(toFhirQuestionnaire()).toEqual(toFhirQuestionnaire(questionnaire, { locale: 'nl' }));
  });

  it('names a custom questionnaire by its own id', () => {
    const custom = { ...questionnaire, id: 'regio-scan', version: '2.1.0' };
    const fhir = toFhirQuestionnaire(custom);
    expect(fhir).toMatchObject({
      id: 'regio-scan-2.1.0',
      url: 'https://praktijkscan.nl/fhir/Questionnaire/regio-scan',
      version: '2.1.0',
      name: 'RegioScan',
    });
  });
});
