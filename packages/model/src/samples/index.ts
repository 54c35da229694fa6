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

export { sampleAdvanced, sampleHalfway, sampleStarting, sampleTeam, teamSampleDisagreements };

/**
 * The three sample practices in order of maturity: starting (De Linde), halfway (Rivierzicht)
 * and advanced (Zuiderpark). Each answers questionnaire `praktijkscan` 1.0.0. Deep-frozen.
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
