import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { competenceRoleIds, digitalSkillThemeIds } from './ids';
import type { CompetenceRole, DigitalSkillTheme } from './types';

const toolbox = '004_a7ae77890b5be1ca.txt';

/**
 * The eight themes of digital skills of care staff (seed 004, appendix "Digivaardigheid"). The
 * help of questionnaire 2.0.0's `team-knowledge-skills` names them.
 *
 * @example
 * ```ts
 * import { digitalSkillThemes } from '@praktijkscan/model';
 * digitalSkillThemes.map((theme) => theme.label.nl).includes('Zorgdomotica'); // true
 * ```
 */
export const digitalSkillThemes: readonly DigitalSkillTheme[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ digitalSkillThemeIds.map((id) => ({
    id,
    ...conceptTexts(nl.digitalSkillThemes, en.digitalSkillThemes, id),
    source: { seed: toolbox, heading: nl.digitalSkillThemes[id].label },
  })),
);

/**
 * The six roles seed 004 distinguishes for the competences that e-health asks; leadership is the
 * combination of the community builder and the manager.
 *
 * @example
 * ```ts
 * import { competenceRoles } from '@praktijkscan/model';
 * competenceRoles.map((role) => role.id);
 * // ['community-builder', 'manager', 'auditor', 'ambassador', 'care-worker', 'technical-support']
 * ```
 */
export const competenceRoles: readonly CompetenceRole[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ competenceRoleIds.map((id) => ({
    id,
    ...conceptTexts(nl.competenceRoles, en.competenceRoles, id),
    source: { seed: toolbox, heading: 'De volgende rollen zijn te onderscheiden' },
  })),
);
