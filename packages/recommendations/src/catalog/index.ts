import { deepFreeze } from '@praktijkscan/model';
import { en } from './en';
import { nl } from './nl';
import { recommendationStages } from './stages';
import { type RecommendationId, recommendationIds, recommendationStructure } from './structure';
import type { CatalogStep } from './types';

export type { Prerequisite, RecommendationStage } from './stages';
export { recommendationStages } from './stages';
export type {
  RecommendationId,
  RecommendationLocale,
  RecommendationStructure,
  RecommendationTexts,
} from './structure';
export { recommendationIds } from './structure';
export type { CatalogStep, Recommendation } from './types';

/** Joins the structure and the Dutch and English texts of one recommendation. */
function assemble(id: RecommendationId): CatalogStep {
  const structure = recommendationStructure[id];
  return {
    id,
    title: { nl: nl[id].title, en: en[id].title },
    description: { nl: nl[id].description, en: en[id].description },
    rationale: { nl: nl[id].rationale, en: en[id].rationale },
    ...structure,
    source: { ...structure.source },
    aspects: [...structure.aspects],
    roles: [...structure.roles],
    bottlenecks: [...structure.bottlenecks],
    digitisationDomains: [...structure.digitisationDomains],
    inkPhases: [...structure.inkPhases],
    stage: recommendationStages[id],
  };
}

/**
 * The catalog of next steps a GP practice can take with digital care, each grounded in a seed
 * passage (`source`), placed in the PDCA cycle, Nivel's implementation plan, the e-health toolbox
 * and the IGJ themes, and rated on effect and energy. Texts in Dutch (primary) and English. In the
 * order of `recommendationIds`; deep-frozen. Which of them a practice gets is decided by the rules
 * in `src/rules/*.json`.
 *
 * @example
 * ```ts
 * import { catalogSteps } from '@praktijkscan/recommendations';
 *
 * catalogSteps[0]?.id; // 'formulate-digital-care-vision'
 * catalogSteps.filter((step) => step.maintenance).map((step) => step.id);
 * // ['repeat-scan-yearly', 'plan-yearly-practice-visit', 'keep-nen7510-current']
 * ```
 */
export const catalogSteps: readonly CatalogStep[] = deepFreeze(
  recommendationIds.map((id) => assemble(id)),
);

/**
 * The former name of {@link catalogSteps}: the same array.
 *
 * @deprecated Use `catalogSteps`. See docs/migration.md.
 * @example
 * ```ts
 * import { catalogSteps, recommendations } from '@praktijkscan/recommendations';
 * recommendations === catalogSteps; // true
 * ```
 */
export const recommendations: readonly CatalogStep[] = catalogSteps;

const byId: ReadonlyMap<string, CatalogStep> = new Map(catalogSteps.map((step) => [step.id, step]));

/**
 * Looks a catalog step up by its id.
 *
 * @example
 * ```ts
 * import { getCatalogStep } from '@praktijkscan/recommendations';
 * getCatalogStep('map-bottlenecks')?.title.en; // 'Map the bottlenecks'
 * getCatalogStep('no-such-step'); // undefined
 * ```
 */
export function getCatalogStep(id: string): CatalogStep | undefined {
  return byId.get(id);
}

/**
 * The former name of {@link getCatalogStep}: the same function.
 *
 * @deprecated Use `getCatalogStep`. See docs/migration.md.
 * @example
 * ```ts
 * import { getCatalogStep, getRecommendation } from '@praktijkscan/recommendations';
 * getRecommendation === getCatalogStep; // true
 * ```
 */
export const getRecommendation: (id: string) => CatalogStep | undefined = getCatalogStep;
