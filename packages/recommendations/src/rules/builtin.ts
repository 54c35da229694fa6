import { deepFreeze } from '@praktijkscan/model';
import adoption from './adoption.json';
import governance from './governance.json';
import inkPhases from './ink-phases.json';
import monitoring from './monitoring.json';
import network from './network.json';
import patients from './patients.json';
import security from './security.json';
import tools from './tools.json';
import type { RecommendationRule } from './types';

/**
 * The built-in rules, kept as JSON data in `src/rules/*.json` (one file per theme) and checked by
 * the tests against the same strict format as extra rules. Frozen.
 *
 * @example
 * ```ts
 * import { builtinRules } from '@praktijkscan/recommendations';
 * builtinRules[0]?.name; // 'formulate-digital-care-vision-when-weak'
 * ```
 */
export const builtinRules: readonly RecommendationRule[] = deepFreeze([
  ...governance,
  ...adoption,
  ...patients,
  ...tools,
  ...security,
  ...network,
  ...monitoring,
  ...inkPhases,
] as RecommendationRule[]);
