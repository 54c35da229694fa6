import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type NivelStepId, nivelStepIds } from './ids';
import type { NivelStep } from './types';

// The step headings of Nivel's infographic, as they appear in seed 003.
const headings: Readonly<Record<NivelStepId, string>> = {
  1: 'Stap 1 Stel aanleiding en/of behoeften vast',
  2: 'Stap 2 Ontwikkel een organisatievisie',
  3: 'Stap 3 Kies bijpassende e-health-toepassingen',
  4: 'Stap 4 Schrijf het implementatieplan',
  5: 'Stap 5 Implementeer en evalueer de toepassing',
  6: 'Stap 6 Bepaal of je gaat opschalen en zo ja, hoe',
};

/**
 * The six steps of Nivel's e-health implementation plan for GP care (seed 003), in order: from
 * establishing needs to deciding on scaling up.
 *
 * @example
 * ```ts
 * import { nivelSteps } from '@praktijkscan/model';
 * nivelSteps[3].label.nl; // 'Implementatieplan schrijven'
 * ```
 */
export const nivelSteps: readonly NivelStep[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ nivelStepIds.map((id) => ({
    id,
    ...conceptTexts(nl.nivelSteps, en.nivelSteps, id),
    source: { seed: '003_f01a0fe878612b8e.txt', heading: headings[id] },
  })),
);
