import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { qualityAspectIds } from './ids';
import type { QualityAspect } from './types';

/**
 * The six quality aspects of the Wkkgz (art. 2), in the order of the law. Digital care must be at
 * least as good as physical care on each of them; they count equally in the overall score.
 *
 * @example
 * ```ts
 * import { qualityAspects } from '@praktijkscan/model';
 * qualityAspects.map((aspect) => aspect.label.nl);
 * // ['Veiligheid', 'Effectiviteit', 'Efficiëntie', 'Persoonsgerichtheid', 'Tijdigheid', 'Gelijkwaardigheid']
 * ```
 */
export const qualityAspects: readonly QualityAspect[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ qualityAspectIds.map((id) => ({
    id,
    ...conceptTexts(nl.qualityAspects, en.qualityAspects, id),
    source: { seed: '000_b3fde464fb93530b.txt', heading: '6 kwaliteitsaspecten uit artikel 2.0' },
  })),
);
