/**
 * Freezes a value and everything it holds, so that the shared catalog cannot be changed by a
 * caller by accident. (The model package keeps its own copy internal.)
 *
 * @example
 * ```ts
 * const steps = deepFreeze([{ id: 'map-bottlenecks', roles: ['gp'] }]);
 * Object.isFrozen(steps[0]?.roles); // true
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
