/**
 * Three fictional sample practices (starting, halfway, advanced), each a valid response, and a
 * team scan of a fourth: four members' responses (`sampleTeam`).
 *
 * @packageDocumentation
 * @module @praktijkscan/model/samples
 */

// Three fictional practices, one per stage, for demos, documentation and tests. They hold
// practice-level data only, as every response does (no patient data).

import type { PracticeResponse } from '../response/types';
import { deepFreeze } from '../shared/freeze';
import { sampleAdvanced } from './advanced';
import { sampleHalfway } from './halfway';
import { sampleStarting } from './starting';
import { sampleTeam, teamSampleDisagreements } from './team';
import { sampleAdvancedV1 } from './v1/advanced';
import { sampleHalfwayV1 } from './v1/halfway';
import { sampleStartingV1 } from './v1/starting';

export {
  sampleAdvanced,
  sampleAdvancedV1,
  sampleHalfway,
  sampleHalfwayV1,
  sampleStarting,
  sampleStartingV1,
  sampleTeam,
  teamSampleDisagreements,
};

/**
 * The three sample practices in order of maturity: starting (De Linde), halfway (Rivierzicht)
 * and advanced (Zuiderpark). Each answers questionnaire `praktijkscan` 2.0.0. Deep-frozen.
 *
 * @example
 * ```ts
 * import { samplePractices } from '@praktijkscan/model/samples';
 *
 * samplePractices.map((sample) => sample.practiceId);
 * // ['sample-de-linde', 'sample-rivierzicht', 'sample-zuiderpark']
 * ```
 */
export const samplePractices: readonly PracticeResponse[] = deepFreeze([
  sampleStarting,
  sampleHalfway,
  sampleAdvanced,
]);

/**
 * The same three practices as they answered questionnaire 1.0.0, kept for migration and
 * cross-version tests: `migrateResponse(sample, { to: '2.0.0' })` carries their answers over.
 * Deep-frozen.
 *
 * @example
 * ```ts
 * import { samplePracticesV1 } from '@praktijkscan/model/samples';
 * samplePracticesV1.map((sample) => sample.questionnaire.version); // ['1.0.0', '1.0.0', '1.0.0']
 * ```
 */
export const samplePracticesV1: readonly PracticeResponse[] = deepFreeze([
  sampleStartingV1,
  sampleHalfwayV1,
  sampleAdvancedV1,
]);
