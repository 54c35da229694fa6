import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type MatrixQuadrantId, matrixQuadrantIds } from './ids';
import type { MatrixQuadrant } from './types';

type Placement = Pick<MatrixQuadrant, 'highEffect' | 'highEnergy' | 'rank' | 'planned'>;

const placements: Readonly<Record<MatrixQuadrantId, Placement>> = {
  'always-do': { highEffect: true, highEnergy: false, rank: 1, planned: true },
  'do-after-weighing': { highEffect: true, highEnergy: true, rank: 2, planned: true },
  'quick-win': { highEffect: false, highEnergy: false, rank: 3, planned: true },
  'never-do': { highEffect: false, highEnergy: true, rank: 4, planned: false },
};

/**
 * The four quadrants of the effect/energy matrix of the improvement form (verbeterformat, seed 004),
 * in the order they are acted on. An idea rated on effect and energy (1..5, "high" is 3 or more)
 * falls into one quadrant; `never-do` ideas are reported but not planned.
 *
 * @example
 * ```ts
 * import { matrixQuadrants } from '@praktijkscan/model';
 * matrixQuadrants.find((q) => q.highEffect && !q.highEnergy)?.label.nl; // 'Altijd doen'
 * matrixQuadrants.filter((q) => q.planned).length; // 3
 * ```
 */
export const matrixQuadrants: readonly MatrixQuadrant[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ matrixQuadrantIds.map((id) => ({
    id,
    ...conceptTexts(nl.matrixQuadrants, en.matrixQuadrants, id),
    ...placements[id],
    source: { seed: '004_a7ae77890b5be1ca.txt', heading: 'Bijlage Verbeterformat' },
  })),
);
