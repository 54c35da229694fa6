/** Deep-freezes test data the way the model freezes its own. */
export function deepFreezeForTest<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value))
      deepFreezeForTest((value as Record<string, unknown>)[key]);
  }
  return value;
}
