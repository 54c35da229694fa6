import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type DigitisationYieldId, digitisationYieldIds } from './ids';
import type { DigitisationYield } from './types';

/** The term and the seed's own heading of every yield (seed 001, "2. Opbrengst"). */
const details: Readonly<Record<DigitisationYieldId, { term: 'short' | 'long'; heading: string }>> =
  {
    'efficient-processes': { term: 'short', heading: 'Efficiëntere werkprocessen' },
    'better-consult-preparation': { term: 'short', heading: 'Betere consultvoorbereiding' },
    'less-phone-pressure': { term: 'short', heading: 'Vermindering van telefonische druk' },
    'faster-patient-communication': {
      term: 'short',
      heading: 'Snellere communicatie met patiënten',
    },
    'more-time-complex-care': { term: 'long', heading: 'Meer tijd voor complexe zorg' },
    'accessibility-satisfaction': {
      term: 'long',
      heading: 'Betere bereikbaarheid en patiënttevredenheid',
    },
    'future-proof-practice': { term: 'long', heading: 'Toekomstbestendige huisartsenpraktijk' },
  };

/**
 * The short- and long-term yields of practice digitisation that seed 001 names.
 *
 * @example
 * ```ts
 * import { digitisationYields } from '@praktijkscan/model';
 * digitisationYields.filter((entry) => entry.term === 'short').length; // 4
 * ```
 */
export const digitisationYields: readonly DigitisationYield[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ digitisationYieldIds.map((id) => ({
    id,
    ...conceptTexts(nl.digitisationYields, en.digitisationYields, id),
    term: details[id].term,
    source: { seed: '001_a329bfd150ee0d04.txt', heading: details[id].heading },
  })),
);
