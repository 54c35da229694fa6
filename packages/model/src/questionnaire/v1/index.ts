import { deepFreeze } from '../../shared/freeze';
import type { Questionnaire, QuestionnaireItem, QuestionnaireSection } from '../types';
import { en } from './en';
import { nl } from './nl';
import {
  type ItemId,
  itemIds,
  itemStructure,
  questionnaireId,
  questionnaireVersion,
  sectionIds,
} from './structure';

export type { ItemId, QuestionnaireLocale, SectionId } from './structure';
export { itemIds, sectionIds } from './structure';

function buildItem(id: ItemId): QuestionnaireItem {
  const nlTexts = nl.items[id];
  const enTexts = en.items[id];
  if ((nlTexts.help === undefined) !== (enTexts.help === undefined)) {
    throw new Error(`Questionnaire item "${id}" has help text in one language only`);
  }
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
    text: { nl: nlTexts.text, en: enTexts.text },
    ...(nlTexts.help !== undefined && enTexts.help !== undefined
      ? { help: { nl: nlTexts.help, en: enTexts.help } }
      : {}),
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

const sections: QuestionnaireSection[] = sectionIds.map((id) => ({
  id,
  title: { nl: nl.sections[id].title, en: en.sections[id].title },
  description: { nl: nl.sections[id].description, en: en.sections[id].description },
}));

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
 * import { questionnaireV1 } from './questionnaire/v1';
 *
 * questionnaireV1.version; // '1.0.0'
 * const item = questionnaireV1.items.find((candidate) => candidate.id === 'channel-guidance');
 * item?.weights.equity; // 2
 * item?.text.en; // 'Do we tell patients how best to reach us: …'
 * ```
 */
export const questionnaireV1: Questionnaire = deepFreeze({
  id: questionnaireId,
  version: questionnaireVersion,
  title: { nl: nl.title, en: en.title },
  description: { nl: nl.description, en: en.description },
  sections,
  items: itemIds.map(buildItem),
});
