import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type BottleneckId, bottleneckIds } from './ids';
import type { Bottleneck } from './types';

// The examples in seed 001's PDCA table (Do 1), spelled as in the seed ("Telefoondrukke" included).
const headings: Readonly<Record<BottleneckId, string>> = {
  'morning-phone-pressure': 'Telefoondrukke in de ochtend',
  'repeat-questions': 'Veel herhaalvragen',
  retyping: 'Veel overtypen/overzetten',
  'unclear-task-division': 'Onduidelijke taakverdeling',
};

/**
 * The bottlenecks (knelpunten) that seed 001 gives as examples when a practice maps its current
 * problems (Do 1). A practice may add its own in free text.
 *
 * @example
 * ```ts
 * import { bottlenecks } from '@praktijkscan/model';
 * bottlenecks[0].label.nl; // 'Telefoondruk in de ochtend'
 * ```
 */
export const bottlenecks: readonly Bottleneck[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ bottleneckIds.map((id) => ({
    id,
    ...conceptTexts(nl.bottlenecks, en.bottlenecks, id),
    source: { seed: '001_a329bfd150ee0d04.txt', heading: headings[id] },
  })),
);
