import { igjThemeIds, type PracticeResponse, qualityAspectIds } from '@praktijkscan/model';
import type { ScoreResult } from './types';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** A score, coverage or progress: `null`, or a number from 0 to 100 (NaN is neither). */
const isScore = (value: unknown) =>
  value === null || (typeof value === 'number' && value >= 0 && value <= 100);

const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;

/** `{ score, coverage }` under each of `ids` (each own key where none are given). */
function isScoredBy(value: unknown, ids?: readonly string[]): boolean {
  if (!isRecord(value)) return false;
  // A loop with the pair read once rather than `every` with a callback: this check runs three
  // times a report, once for each stage after scoring.
  for (const id of ids ?? Object.keys(value)) {
    const pair = value[id];
    if (!(isRecord(pair) && isScore(pair.score) && isScore(pair.coverage))) return false;
  }
  return true;
}

/**
 * Whether `result` has the structure of a score result, down to each number the stages after
 * scoring compute with: a value inside a forged or damaged result must not break them.
 */
function hasResultStructure(candidate: Fields): boolean {
  const { inkPhase, completeness, selfAssessment } = candidate;
  return (
    isScore(candidate.overall) &&
    isScoredBy(candidate.aspects, qualityAspectIds) &&
    isScoredBy(candidate.themes, igjThemeIds) &&
    isScoredBy(candidate.sections) &&
    isRecord(inkPhase) &&
    isCount(inkPhase.phase) &&
    inkPhase.phase <= 5 &&
    isRecord(inkPhase.attained) &&
    (inkPhase.next === null || (isRecord(inkPhase.next) && isScore(inkPhase.next.progress))) &&
    isRecord(completeness) &&
    isCount(completeness.answered) &&
    isCount(completeness.applicable) &&
    completeness.answered <= completeness.applicable &&
    Array.isArray(completeness.missing) &&
    (selfAssessment === null || (isRecord(selfAssessment) && isScore(selfAssessment.score))) &&
    Array.isArray(candidate.ideas)
  );
}

/**
 * Tells whether a score result belongs to a response: the same questionnaire (id and version),
 * practice and completion date, with the structure of a score result (every aspect, theme and
 * section score a number from 0 to 100 or `null`, the INK phase 0 to 5, the counts of
 * completeness). Stages after scoring use it to refuse a result paired with another practice's
 * response, or one that is not a score result at all.
 *
 * @example
 * ```ts
 * import { sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
 * import { isResultOf, scoreResponse } from '@praktijkscan/scoring';
 * const result = scoreResponse(sampleHalfway);
 * isResultOf(result, sampleHalfway); // true
 * isResultOf(result, sampleStarting); // false
 * isResultOf({ ...result, overall: Number.NaN }, sampleHalfway); // false
 * ```
 */
export function isResultOf(
  result: unknown,
  response: Pick<PracticeResponse, 'questionnaire' | 'practiceId' | 'completedOn'>,
): result is ScoreResult {
  try {
    if (!isRecord(result) || !isRecord(response)) return false;
    const questionnaire = result.questionnaire as Fields | undefined;
    return (
      result.practiceId === response.practiceId &&
      result.completedOn === response.completedOn &&
      questionnaire?.id === response.questionnaire?.id &&
      questionnaire?.version === response.questionnaire?.version &&
      hasResultStructure(result)
    );
  } catch {
    // A value that throws when read (a getter, a revoked Proxy) belongs to nothing.
    return false;
  }
}
