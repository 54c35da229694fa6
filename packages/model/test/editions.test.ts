import { describe, expect, it } from 'vitest';
import {
  answerScales,
  applicationTypes,
  bottlenecks,
  competenceRoles,
  digitalSkillThemes,
  digitisationDomains,
  digitisationYields,
  findQuestionnaireStructure,
  getQuestionnaire,
  igjThemes,
  inkPhases,
  isDeepFrozen,
  type Locale,
  matrixQuadrants,
  nivelSteps,
  parseResponse,
  pdcaActivities,
  pdcaPhases,
  type Questionnaire,
  qualityAspects,
  questionnaire,
  questionnaireStructures,
  questionnaires,
  roles,
  toolboxSteps,
  toolChoiceChecks,
} from '../src';
import * as en from '../src/editions/en';
import * as nl from '../src/editions/nl';
import { sampleHalfway } from '../src/samples';

const editions = { nl, en } as const;

/** The questionnaire with every text kept in one language only, as an edition should have it. */
function inLanguage(whole: Questionnaire, locale: Locale): unknown {
  const pick = (text: Record<Locale, string>) => ({ [locale]: text[locale] });
  return {
    ...whole,
    title: pick(whole.title),
    description: pick(whole.description),
    sections: whole.sections.map((section) => ({
      ...section,
      title: pick(section.title),
      description: pick(section.description),
    })),
    items: whole.items.map((item) => ({
      ...item,
      text: pick(item.text),
      ...(item.help === undefined ? {} : { help: pick(item.help) }),
    })),
  };
}

/** The questionnaire without any text: what validation and scoring read. */
function withoutTexts(whole: Questionnaire): unknown {
  const { title: _title, description: _description, sections, items, ...rest } = whole;
  return {
    ...rest,
    sections: sections.map(({ id }) => ({ id })),
    items: items.map(({ text: _text, help: _help, ...item }) => item),
  };
}

describe('questionnaire structures', () => {
  it('are the published questionnaires without their texts, deep-frozen, in the same order', () => {
    expect(questionnaireStructures.map(({ version }) => version)).toEqual(['1.0.0', '2.0.0']);
    expect(questionnaireStructures).toEqual(questionnaires.map(withoutTexts));
    expect(isDeepFrozen(questionnaireStructures)).toBe(true);
  });

  it('are found by id and version, and not otherwise', () => {
    for (const [index, published] of questionnaires.entries()) {
      expect(findQuestionnaireStructure(published.id, published.version)).toBe(
        questionnaireStructures[index],
      );
    }
    expect(findQuestionnaireStructure(questionnaire.id, '9.9.9')).toBeUndefined();
    expect(findQuestionnaireStructure('other', questionnaire.version)).toBeUndefined();
  });

  it('are what parseResponse reads: a response parses the same against the whole questionnaire', () => {
    const answered = getQuestionnaire(sampleHalfway.questionnaire.version);
    expect(parseResponse(sampleHalfway)).toEqual(
      parseResponse(sampleHalfway, { questionnaire: answered }),
    );
  });
});

describe.each(Object.keys(editions) as Locale[])('the %s edition', (locale) => {
  const edition = editions[locale];

  it('has the published questionnaire with its texts in this language only, deep-frozen', () => {
    expect(edition.questionnaire).toEqual(inLanguage(questionnaire, locale));
    expect(isDeepFrozen(edition.questionnaire)).toBe(true);
    expect(edition.questionnaires).toEqual(
      questionnaires.map((published) => inLanguage(published, locale)),
    );
    expect(edition.questionnaires.at(-1)).toBe(edition.questionnaire);
    expect(isDeepFrozen(edition.questionnaires)).toBe(true);
    for (const published of edition.questionnaires) {
      expect(edition.findQuestionnaire(published.id, published.version)).toBe(published);
    }
    expect(edition.findQuestionnaire(questionnaire.id, '9.9.9')).toBeUndefined();
  });

  it('has the label and description of every concept in this language, and no others', () => {
    const pairs = [
      [edition.qualityAspectTexts, qualityAspects],
      [edition.inkPhaseTexts, inkPhases],
      [edition.matrixQuadrantTexts, matrixQuadrants],
      [edition.igjThemeTexts, igjThemes],
      [edition.pdcaPhaseTexts, pdcaPhases],
      [edition.pdcaActivityTexts, pdcaActivities],
      [edition.nivelStepTexts, nivelSteps],
      [edition.toolboxStepTexts, toolboxSteps],
      [edition.digitisationDomainTexts, digitisationDomains],
      [edition.applicationTypeTexts, applicationTypes],
      [edition.roleTexts, roles],
      [edition.bottleneckTexts, bottlenecks],
      [edition.toolChoiceCheckTexts, toolChoiceChecks],
      [edition.digitalSkillThemeTexts, digitalSkillThemes],
      [edition.digitisationYieldTexts, digitisationYields],
      [edition.competenceRoleTexts, competenceRoles],
    ] as const;
    for (const [texts, concepts] of pairs) {
      const byId = texts as Readonly<Record<string, { label: string; description: string }>>;
      expect(Object.keys(byId).sort()).toEqual(concepts.map(({ id }) => String(id)).sort());
      for (const concept of concepts) {
        expect(byId[String(concept.id)]?.label).toBe(concept.label[locale]);
        expect(byId[String(concept.id)]?.description).toBe(concept.description[locale]);
      }
    }
    expect(Object.keys(edition.answerScaleTexts).sort()).toEqual(
      answerScales.map(({ id }) => id).sort(),
    );
    for (const scale of answerScales) {
      expect(edition.answerScaleTexts[scale.id].label).toBe(scale.label[locale]);
      expect(edition.answerScaleTexts[scale.id].values).toEqual(
        scale.values.map((value) => value.label[locale]),
      );
    }
  });
});
