/**
 * Stands in for `hash-it` in the build of this package (see `tsup.config.ts`). json-rules-engine
 * hashes a fact's id and parameters into a key for its cache of fact values, for facts that are
 * cached. `recommend` hands every fact over uncached (its value is already there), so this is not
 * called on the way `recommend` runs the engine; should a cached fact come along, its id and
 * parameters (rules carry none: validated) are JSON data, and their JSON text is as good a key.
 *
 * @example
 * ```ts
 * import factCacheKey from './fact-cache-key';
 * factCacheKey({ params: {}, id: 'overall' }); // '{"params":{},"id":"overall"}'
 * ```
 */
export default function factCacheKey(cacheProperties: unknown): string {
  return JSON.stringify(cacheProperties);
}
