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
 * Questionnaire 1.0.0 without its texts: what validating and scoring a response read.
 *
 * @example
 * ```ts
 * import { questionnaireV1Structure } from './index';
 * questionnaireV1Structure.items.length; // 68
 * ```
 */
export const questionnaireV1Structure: QuestionnaireStructure = /* @__PURE__ */ deepFreeze({
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
 * Questionnaire 1.0.0 with its texts in the languages given: both for `questionnaireV1`, one for
 * a language edition (`src/nl.ts`, `src/en.ts`), which so carries the texts of that language only.
 */
export function buildQuestionnaireV1<L extends Locale>(
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
 * Version 1.0.0 of the praktijkscan questionnaire: the self-assessment a GP practice team fills in
 * to see how far it has come with digital care. Sections on vision, team, work processes (PDCA),
 * digital care delivery, patients, security, collaboration, monitoring, an inventory of the
 * application types and the practice's own overall judgement. Every item has integer weights
 * (0..3) for the six Wkkgz quality aspects, an IGJ theme, optionally the INK phase it indicates,
 * and the seed passage it comes from. Deep-frozen; texts in Dutch and English.
 *
 * @example
 * ```ts
 * import { questionnaireV1 } from './index';
 *
 * questionnaireV1.version; // '1.0.0'
 * const item = questionnaireV1.items.find((candidate) => candidate.id === 'channel-guidance');
 * item?.weights.equity; // 2
 * item?.text.en;
 * // 'Do we tell patients how best to reach us: when to phone, when to send an e-consultation and when it is useful to view their own record online?'
 * ```
 */
export const questionnaireV1: Questionnaire = /* @__PURE__ */ buildQuestionnaireV1({ nl, en });
