import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type IgjThemeId, type ToolboxStepId, toolboxStepIds } from './ids';
import type { ToolboxStep } from './types';

// The step titles as they appear in seed 004.
const headings: Readonly<Record<ToolboxStepId, string>> = {
  1: 'Opstellen visie kwaliteit van leven',
  2: 'Uitwerken visie met de werkvloer',
  3: 'Kiezen uit palet van e-health toepassingen',
  4: 'Uitproberen van toepassing in leeromgeving',
  5: 'Borgen van de toepassing in het primair proces',
  6: 'Borgen in ondersteunende processen',
  7: 'Rekening houden met externe (rand)voorwaarden',
};

// The IGJ theme the toolbox ties a step to, where it names one (steps 4 and 6 name none).
const themes: Readonly<Partial<Record<ToolboxStepId, IgjThemeId>>> = {
  1: 'governance',
  2: 'governance',
  3: 'patient-participation',
  5: 'adoption',
  7: 'network-data-exchange',
};

/**
 * The seven steps of the e-health toolbox (seed 004), in order. Steps 1-4 form the start-up stage,
 * steps 5-7 the scale-up stage; where the toolbox ties a step to an IGJ theme, `igjTheme` names it.
 *
 * @example
 * ```ts
 * import { toolboxSteps } from '@praktijkscan/model';
 * toolboxSteps.filter((step) => step.stage === 'scale-up').map((step) => step.id); // [5, 6, 7]
 * toolboxSteps[2].igjTheme; // 'patient-participation'
 * ```
 */
export const toolboxSteps: readonly ToolboxStep[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ toolboxStepIds.map((id): ToolboxStep => {
    const igjTheme = themes[id];
    return {
      id,
      ...conceptTexts(nl.toolboxSteps, en.toolboxSteps, id),
      stage: id <= 4 ? 'start-up' : 'scale-up',
      ...(igjTheme === undefined ? {} : { igjTheme }),
      source: { seed: '004_a7ae77890b5be1ca.txt', heading: headings[id] },
    };
  }),
);
