import { en } from '../locales/en';
import { nl } from '../locales/nl';
import type { ConceptLocale, ConceptTexts } from '../locales/types';
import type { LocalizedText } from '../shared/text';

type ConceptGroup = {
  [K in keyof ConceptLocale]: ConceptLocale[K] extends Readonly<
    Record<string | number, ConceptTexts>
  >
    ? K
    : never;
}[keyof ConceptLocale];

/** Joins the Dutch and English label and description of one concept. */
export function conceptTexts<G extends ConceptGroup>(
  group: G,
  id: keyof ConceptLocale[G],
): { label: LocalizedText; description: LocalizedText } {
  const nlTexts = nl[group][id] as ConceptTexts;
  const enTexts = en[group][id] as ConceptTexts;
  return {
    label: { nl: nlTexts.label, en: enTexts.label },
    description: { nl: nlTexts.description, en: enTexts.description },
  };
}
