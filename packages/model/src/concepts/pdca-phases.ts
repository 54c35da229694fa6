import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import type { SourceRef } from '../shared/source';
import { conceptTexts } from './bilingual';
import {
  type PdcaActivityId,
  type PdcaPhaseId,
  pdcaActivityIds,
  pdcaPhaseIds,
  roleIds,
} from './ids';
import type { PdcaActivity, PdcaPhase } from './types';

const seed = '001_a329bfd150ee0d04.txt';

/** The phase each core activity belongs to, and the passage of seed 001's PDCA table it comes from. */
const activityDetails: Readonly<
  Record<PdcaActivityId, { readonly phase: PdcaPhaseId; readonly source: SourceRef }>
> = {
  'formulate-goal': { phase: 'plan', source: { seed, heading: 'Formuleer een praktijkdoel' } },
  'inventory-solutions': {
    phase: 'plan',
    source: { seed, heading: 'Inventariseer en maak een overzicht' },
  },
  'map-bottlenecks': {
    phase: 'do',
    source: { seed, heading: 'Breng huidige knelpunten in kaart' },
  },
  'choose-solution': {
    phase: 'do',
    source: { seed, heading: 'Kies samen welke oplossing bij het doel past' },
  },
  'set-up-and-agree': {
    phase: 'do',
    source: { seed, heading: 'Richt de tool in en zorg ervoor dat het hele team op de hoogte is' },
  },
  'inform-patients': { phase: 'do', source: { seed, heading: 'informeer dan patiënten actief' } },
  'evaluate-use': { phase: 'check', source: { seed, heading: 'Evaluatie en terugkoppeling' } },
  'adjust-and-embed': { phase: 'act', source: { seed, heading: 'Bijstellen en vervolg' } },
};

/**
 * The eight core activities of seed 001's PDCA step plan, in order (plan: 2, do: 4, check: 1,
 * act: 1). Each is also listed under its phase in {@link pdcaPhases}.
 *
 * @example
 * ```ts
 * import { pdcaActivities } from '@praktijkscan/model';
 * pdcaActivities[0].label.en; // 'Formulate a practice goal'
 * ```
 */
export const pdcaActivities: readonly PdcaActivity[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ pdcaActivityIds.map((id) => ({
    id,
    ...conceptTexts(nl.pdcaActivities, en.pdcaActivities, id),
    source: activityDetails[id].source,
  })),
);

/**
 * The four phases of seed 001's step plan "Stappenplan volgens PDCA", each with its core
 * activities and the roles that carry them: the handreiking names the GP, practice manager, POH
 * and doctor's assistant for every phase.
 *
 * @example
 * ```ts
 * import { pdcaPhases } from '@praktijkscan/model';
 * pdcaPhases.find((phase) => phase.id === 'do')?.activities.map((activity) => activity.id);
 * // ['map-bottlenecks', 'choose-solution', 'set-up-and-agree', 'inform-patients']
 * ```
 */
export const pdcaPhases: readonly PdcaPhase[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ pdcaPhaseIds.map((id) => ({
    id,
    ...conceptTexts(nl.pdcaPhases, en.pdcaPhases, id),
    activities: pdcaActivities.filter((activity) => activityDetails[activity.id].phase === id),
    roles: [...roleIds],
    source: { seed, heading: 'Stappenplan volgens PDCA' },
  })),
);
