import { deepFreeze } from '@praktijkscan/model';
import { en } from './en';
import { nl } from './nl';
import { recommendationStages } from './stages';
import { type RecommendationId, recommendationIds, recommendationStructure } from './structure';
import type { Recommendation } from './types';

export type { Prerequisite, RecommendationStage } from './stages';
export { recommendationStages } from './stages';
export type {
  RecommendationId,
  RecommendationLocale,
  RecommendationStructure,
  RecommendationTexts,
} from './structure';
export { recommendationIds } from './structure';
export type { Recommendation } from './types';

/** Joins the structure and the Dutch and English texts of one recommendation. */
function assemble(id: RecommendationId): Recommendation {
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
 * import { recommendations } from '@praktijkscan/recommendations';
 *
 * recommendations[0]?.id; // 'formulate-digital-care-vision'
 * recommendations.filter((step) => step.maintenance).map((step) => step.id);
 * // ['repeat-scan-yearly', 'plan-yearly-practice-visit', 'keep-nen7510-current']
 * ```
 */
export const recommendations: readonly Recommendation[] = deepFreeze(
  recommendationIds.map((id) => assemble(id)),
);

const byId: ReadonlyMap<string, Recommendation> = new Map(
  recommendations.map((recommendation) => [recommendation.id, recommendation]),
);

/**
 * Looks a recommendation up by its id.
 *
 * @example
 * ```ts
 * import { getRecommendation } from '@praktijkscan/recommendations';
 * getRecommendation('map-bottlenecks')?.title.en; // 'Map the bottlenecks'
 * getRecommendation('no-such-step'); // undefined
 * ```
 */
export function getRecommendation(id: string): Recommendation | undefined {
  return byId.get(id);
}
