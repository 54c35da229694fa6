import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { roleIds } from './ids';
import type { Role } from './types';

/**
 * The four roles in the practice team that seed 001's PDCA step plan names as carrying every phase:
 * GP, practice manager, practice nurse (POH) and doctor's assistant.
 *
 * @example
 * ```ts
 * import { roles } from '@praktijkscan/model';
 * roles.map((role) => role.label.nl);
 * // ['Huisarts', 'Praktijkmanager', 'Praktijkondersteuner (POH)', 'Doktersassistent']
 * ```
 */
export const roles: readonly Role[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ roleIds.map((id) => ({
    id,
    ...conceptTexts(nl.roles, en.roles, id),
    source: {
      seed: '001_a329bfd150ee0d04.txt',
      heading: 'Huisarts, praktijkmanager, POH en doktersassistent',
    },
  })),
);
