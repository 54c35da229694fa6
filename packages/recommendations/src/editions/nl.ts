/**
 * The Dutch edition of `@praktijkscan/recommendations`: `recommend` with its texts in Dutch only
 * (the steps' titles, descriptions and rationales, and the reasons), for an app that shows Dutch and
 * should not ship the English texts. It recommends exactly what `recommend` of
 * `@praktijkscan/recommendations` does with `locale: 'nl'`. Everything else (the rules, the
 * catalog, the schemas) comes from `@praktijkscan/recommendations` itself.
 *
 * @packageDocumentation
 * @module @praktijkscan/recommendations/nl
 */

import type { ScoreResult } from '@praktijkscan/scoring';
import { RecommendOptionsError } from '../engine/errors';
import { type RecommendLanguages, recommendIn } from '../engine/recommend';
import type { RecommendedStep, RecommendOptions } from '../engine/types';
import { nl } from '../languages/nl';
import { RuleValidationError } from '../rules/validate';

// Explicit named exports only: the public surface is exactly what is listed here. The errors are
// exported here too: in CommonJS each entry has its own copy of them, and `instanceof` needs the
// one this entry throws.
export { RecommendOptionsError, RuleValidationError };

const nlOnly: RecommendLanguages = { byLocale: { nl }, fallback: 'nl' };

/**
 * Chooses a practice's next steps exactly as `recommend` of `@praktijkscan/recommendations`
 * does, in Dutch: `options.locale` may be left out or be `'nl'`; any other is a
 * `RecommendOptionsError`.
 *
 * @throws {RecommendOptionsError} for bad options, another locale, or a result that does not
 * belong to the response.
 * @throws {RuleValidationError} for `extraRules` that are not admissible.
 * @throws {ResponseValidationError} for an invalid raw response.
 * @example
 * ```ts
 * import { sampleStarting } from '@praktijkscan/model/samples';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * import { recommend } from '@praktijkscan/recommendations/nl';
 *
 * const steps = await recommend(scoreResponse(sampleStarting), sampleStarting, { asOf: '2026-11-22' });
 * steps[0]?.title; // 'Formuleer een concreet praktijkdoel'
 * ```
 */
export function recommend(
  result: ScoreResult,
  response: unknown,
  options: RecommendOptions,
): Promise<RecommendedStep[]> {
  return recommendIn(nlOnly, result, response, options);
}
