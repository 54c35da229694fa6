/**
 * Thrown by `recommend` for options or inputs it cannot use; `option` names the one at fault.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { recommend, RecommendOptionsError } from '@praktijkscan/recommendations';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * try {
 *   await recommend(scoreResponse(sampleHalfway), sampleHalfway, { asOf: 'today' });
 * } catch (error) {
 *   if (error instanceof RecommendOptionsError) error.option; // 'asOf'
 * }
 * ```
 */
export class RecommendOptionsError extends TypeError {
  override readonly name = 'RecommendOptionsError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`Invalid recommend input "${option}": ${message}`);
  }
}
