/**
 * Thrown by `recommend` for options or inputs it cannot use; `option` names the one at fault.
 *
 * @example
 * ```ts
 * import { recommend, RecommendOptionsError } from '@praktijkscan/recommendations';
 * try {
 *   await recommend(result, response, { asOf: 'today' });
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
