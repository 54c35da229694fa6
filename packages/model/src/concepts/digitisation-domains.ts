import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type DigitisationDomainId, digitisationDomainIds } from './ids';
import type { DigitisationDomain } from './types';

// The domain headings of seed 001, section "Wat valt onder praktijkdigitalisering?".
const headings: Readonly<Record<DigitisationDomainId, string>> = {
  'patient-contact': 'Patiëntcontact & bereikbaarheid',
  'triage-preparation': 'Triage & consultvoorbereiding',
  'practice-processes': 'Praktijkprocessen en werkdrukverlaging',
  'security-privacy': 'Digitale veiligheid en privacy',
};

/**
 * The four digitisation domains of seed 001 that together make up practice digitisation; every
 * application type belongs to one of them.
 *
 * @example
 * ```ts
 * import { digitisationDomains } from '@praktijkscan/model';
 * digitisationDomains.map((domain) => domain.label.nl);
 * // ['Patiëntcontact & bereikbaarheid', 'Triage & consultvoorbereiding',
 * //  'Praktijkprocessen en werkdrukverlaging', 'Digitale veiligheid en privacy']
 * ```
 */
export const digitisationDomains: readonly DigitisationDomain[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ digitisationDomainIds.map((id) => ({
    id,
    ...conceptTexts(nl.digitisationDomains, en.digitisationDomains, id),
    source: { seed: '001_a329bfd150ee0d04.txt', heading: headings[id] },
  })),
);
