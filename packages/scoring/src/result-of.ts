import type { PracticeResponse } from '@praktijkscan/model';
import type { ScoreResult } from './types';

/**
 * Tells whether a score result belongs to a response: the same questionnaire (id and version),
 * practice and completion date. Stages after scoring use it to refuse a result paired with
 * another practice's response.
 *
 * @example
 * ```ts
 * import { sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
 * import { isResultOf, scoreResponse } from '@praktijkscan/scoring';
 * isResultOf(scoreResponse(sampleHalfway), sampleHalfway); // true
 * isResultOf(scoreResponse(sampleHalfway), sampleStarting); // false
 * ```
 */
export function isResultOf(
  result: unknown,
  response: Pick<PracticeResponse, 'questionnaire' | 'practiceId' | 'completedOn'>,
): result is ScoreResult {
  try {
    if (result === null || typeof result !== 'object') return false;
    if (response === null || typeof response !== 'object') return false;
    const candidate = result as Partial<ScoreResult>;
    return (
      candidate.practiceId === response.practiceId &&
      candidate.completedOn === response.completedOn &&
      candidate.questionnaire?.id === response.questionnaire?.id &&
      candidate.questionnaire?.version === response.questionnaire?.version &&
      typeof candidate.aspects === 'object' &&
      candidate.aspects !== null
    );
  } catch {
    // A value that throws when read (a getter, a revoked Proxy) belongs to nothing.
    return false;
  }
}
