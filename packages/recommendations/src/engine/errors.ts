/** Thrown by `recommend` for options or inputs it cannot use; `option` names the one at fault. */
export class RecommendOptionsError extends TypeError {
  override readonly name = 'RecommendOptionsError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`Invalid recommend input "${option}": ${message}`);
  }
}
