/**
 * The limits a response must stay within. Input beyond them is rejected with a clear error before
 * any further work, so that a hostile or broken client cannot make a parse slow or large.
 *
 * @example
 * ```ts
 * import { responseLimits } from '@praktijkscan/model';
 * responseLimits.maxIdeas; // 100
 * ```
 */
export const responseLimits = Object.freeze({
  /** Largest JSON text `parseResponseJson` accepts, in UTF-16 code units (about bytes for JSON). */
  maxJsonLength: 1_000_000,
  /** Deepest nesting of objects and arrays. A valid response nests three levels deep (an idea inside the ideas list). */
  maxDepth: 8,
  /** Most objects, arrays and values in one response, counted before parsing. */
  maxNodes: 20_000,
  maxPracticeIdLength: 128,
  maxPracticeNameLength: 200,
  maxIdLength: 80,
  maxOwnBottlenecks: 20,
  maxOwnBottleneckLength: 300,
  maxIdeas: 100,
  maxIdeaTitleLength: 200,
  maxIdeaTextLength: 2_000,
  /** Most problems one error lists: past it, the first 99 and one that says how many there were. */
  maxIssues: 100,
});
