import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type ToolChoiceCheckId, toolChoiceCheckIds } from './ids';
import type { ToolChoiceCheck } from './types';

// The three questions of seed 001's PDCA table (Do 2).
const headings: Readonly<Record<ToolChoiceCheckId, string>> = {
  'fits-work-processes': 'Sluit deze oplossing aan binnen de huidige werkprocessen?',
  'workable-for-team': 'Is de tool werkbaar binnen het team?',
  safe: 'Is de tool veilig?',
};

/**
 * The three checks a tool must pass before the team chooses it (seed 001, Do 2): it fits the
 * current work processes, it is workable for the team, and it is safe.
 *
 * @example
 * ```ts
 * import { toolChoiceChecks } from '@praktijkscan/model';
 * toolChoiceChecks.map((check) => check.label.en);
 * // ['Fits the current work processes', 'Workable for the team', 'Safe']
 * ```
 */
export const toolChoiceChecks: readonly ToolChoiceCheck[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ toolChoiceCheckIds.map((id) => ({
    id,
    ...conceptTexts(nl.toolChoiceChecks, en.toolChoiceChecks, id),
    source: { seed: '001_a329bfd150ee0d04.txt', heading: headings[id] },
  })),
);
