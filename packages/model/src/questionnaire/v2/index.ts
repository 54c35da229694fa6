import { deepFreeze } from '../../shared/freeze';
import type { Locale, LocalizedText } from '../../shared/text';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemStructure,
  QuestionnaireSection,
  QuestionnaireStructure,
} from '../types';
import { en } from './en';
import { nl } from './nl';
import {
  type ItemId,
  itemIds,
  itemStructure,
  type QuestionnaireLocale,
  questionnaireId,
  questionnaireVersion,
  sectionIds,
} from './structure';

export type { ItemId, QuestionnaireLocale, SectionId } from './structure';
export { itemIds, sectionIds } from './structure';

function itemStructureOf(id: ItemId): QuestionnaireItemStructure {
  const {
    section,
    scale,
    weights,
    theme,
    inkPhase,
    applicationType,
    allowsNotApplicable,
    scored,
    source,
  } = itemStructure[id];
  return {
    id,
    section,
    scale,
    weights: { ...weights },
    theme,
    ...(inkPhase === undefined ? {} : { inkPhase }),
    ...(applicationType === undefined ? {} : { applicationType }),
    allowsNotApplicable,
    scored,
    source: { ...source },
  };
}

/**
 * Questionnaire 2.0.0 without its texts: what validating and scoring a response read.
 *
 * @example
 * ```ts
 * import { questionnaireV2Structure } from './index';
 * questionnaireV2Structure.items.length; // 61
 * ```
 */
export const questionnaireV2Structure: QuestionnaireStructure = /* @__PURE__ */ deepFreeze({
  id: questionnaireId,
  version: questionnaireVersion,
  sections: /* @__PURE__ */ sectionIds.map((id) => ({ id })),
  items: /* @__PURE__ */ itemIds.map(itemStructureOf),
});

/** One text of each language, keyed by language: `{ nl: … }`, `{ en: … }` or both. */
function textOf<L extends Locale>(
  texts: Readonly<Record<L, QuestionnaireLocale>>,
  pick: (locale: QuestionnaireLocale) => string,
): LocalizedText<L> {
  const text: Partial<Record<L, string>> = {};
  for (const language of Object.keys(texts) as L[]) text[language] = pick(texts[language]);
  return text as LocalizedText<L>;
}

/**
 * Questionnaire 2.0.0 with its texts in the languages given: both for `questionnaireV2`, one for
 * a language edition (`src/nl.ts`, `src/en.ts`), which so carries the texts of that language only.
 */
export function buildQuestionnaireV2<L extends Locale>(
  texts: Readonly<Record<L, QuestionnaireLocale>>,
): Questionnaire<L> {
  const languages = Object.values<QuestionnaireLocale>(texts);
  const item = (id: ItemId): QuestionnaireItem<L> => {
    const withHelp = languages.filter((language) => language.items[id].help !== undefined);
    if (withHelp.length !== 0 && withHelp.length !== languages.length) {
      throw new Error(`Questionnaire item "${id}" has help text in some languages only`);
    }
    const { id: _id, section, ...rest } = itemStructureOf(id);
    return {
      id,
      section,
      text: textOf(texts, (language) => language.items[id].text),
      ...(withHelp.length === 0
        ? {}
        : { help: textOf(texts, (language) => language.items[id].help as string) }),
      ...rest,
    };
  };
  return deepFreeze({
    id: questionnaireId,
    version: questionnaireVersion,
    title: textOf(texts, (language) => language.title),
    description: textOf(texts, (language) => language.description),
    sections: sectionIds.map(
      (id): QuestionnaireSection<L> => ({
        id,
        title: textOf(texts, (language) => language.sections[id].title),
        description: textOf(texts, (language) => language.sections[id].description),
      }),
    ),
    items: itemIds.map(item),
  });
}

/**
 * Version 2.0.0 of the praktijkscan questionnaire, the current one: 60 scored items and the
 * practice's own overall judgement. Faithful to the seeds, one question per item, no behaviour
 * counted twice; the inventory of application types weighs 1 per item on one aspect, so that the
 * six aspect scores are about the quality of the practice's digital care and the adoption of
 * applications is a profile of its own. Responses to 1.0.0 migrate to it with `migrateResponse`.
 * Deep-frozen; texts in Dutch and English.
 *
 * @example
 * ```ts
 * import { questionnaireV2 } from './index';
 *
 * questionnaireV2.version; // '2.0.0'
 * const item = questionnaireV2.items.find((candidate) => candidate.id === 'channel-guidance');
 * item?.weights.equity; // 2
 * item?.text.en; // 'Do we tell patients the best way to contact the practice?'
 * ```
 */
export const questionnaireV2: Questionnaire = /* @__PURE__ */ buildQuestionnaireV2({ nl, en });
