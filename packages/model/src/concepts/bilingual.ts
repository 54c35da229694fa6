import type { ConceptTexts } from '../locales/types';
import type { LocalizedText } from '../shared/text';

/**
 * Joins the Dutch and English label and description of one concept. The caller passes the two
 * groups it reads (`nl.qualityAspects`, `en.qualityAspects`) rather than a group name, so that
 * every concept module refers to its own group only and a bundle drops the texts of the others.
 *
 * @example
 * ```ts
 * import * as en from '../locales/en';
 * import * as nl from '../locales/nl';
 * import { conceptTexts } from './bilingual';
 * conceptTexts(nl.qualityAspects, en.qualityAspects, 'safety').label;
 * // { nl: 'Veiligheid', en: 'Safety' }
 * ```
 */
export function conceptTexts<Id extends PropertyKey>(
  nlGroup: Readonly<Record<Id, ConceptTexts>>,
  enGroup: Readonly<Record<Id, ConceptTexts>>,
  id: Id,
): { label: LocalizedText; description: LocalizedText } {
  const nlTexts = nlGroup[id];
  const enTexts = enGroup[id];
  return {
    label: { nl: nlTexts.label, en: enTexts.label },
    description: { nl: nlTexts.description, en: enTexts.description },
  };
}
