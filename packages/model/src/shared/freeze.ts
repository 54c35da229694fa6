/** A value whose every nested object and array is read-only. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything it holds, so that shared domain data cannot be changed by a
 * caller by accident.
 *
 * @example
 * ```ts
 * import { deepFreeze } from '@praktijkscan/model';
 * const phases = deepFreeze([{ id: 1 }]);
 * Object.isFrozen(phases[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/**
 * Tells whether a value and everything it holds are frozen, so that anything derived from it can
 * be cached for as long as the value lives (the published questionnaire is).
 *
 * @example
 * ```ts
 * import { isDeepFrozen, questionnaire } from '@praktijkscan/model';
 * isDeepFrozen(questionnaire); // true
 * isDeepFrozen({ items: [] }); // false
 * ```
 */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) {
    if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
