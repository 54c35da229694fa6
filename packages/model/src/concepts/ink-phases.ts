import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { inkPhaseIds } from './ids';
import type { InkPhase } from './types';

/**
 * The five phases of the INK phase model (seed 004, step 6 of the e-health toolbox), in order of
 * maturity, each with its typical e-health emphasis. A practice spends at least one, usually two
 * years in a phase before it moves on.
 *
 * @example
 * ```ts
 * import { inkPhases } from '@praktijkscan/model';
 * inkPhases[0].label.nl; // 'Activiteitgeoriënteerd'
 * inkPhases[3].emphasis.en; // 'Coordination and data exchange with other care partners.'
 * ```
 */
export const inkPhases: readonly InkPhase[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ inkPhaseIds.map((id) => ({
    id,
    ...conceptTexts(nl.inkPhases, en.inkPhases, id),
    emphasis: { nl: nl.inkPhases[id].emphasis, en: en.inkPhases[id].emphasis },
    minimumYears: 1 as const,
    typicalYears: 2 as const,
    source: { seed: '004_a7ae77890b5be1ca.txt', heading: 'INK-fasenmodel' },
  })),
);
