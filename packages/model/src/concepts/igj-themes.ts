import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { igjThemeIds } from './ids';
import type { IgjTheme } from './types';

/**
 * The five themes of the IGJ assessment framework "Inzet van e-health door zorgaanbieders", as the
 * e-health toolbox (seed 004) uses them as its guideline, in the framework's order.
 *
 * @example
 * ```ts
 * import { igjThemes } from '@praktijkscan/model';
 * igjThemes.map((theme) => theme.id);
 * // ['governance', 'adoption', 'patient-participation', 'network-data-exchange', 'security-continuity']
 * ```
 */
export const igjThemes: readonly IgjTheme[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ igjThemeIds.map((id) => ({
    id,
    ...conceptTexts(nl.igjThemes, en.igjThemes, id),
    source: { seed: '004_a7ae77890b5be1ca.txt', heading: 'Toetsingskader IGJ' },
  })),
);
