import { daysBetween, type ScoreResult } from '@praktijkscan/scoring';
import { ReportDataError } from '../errors';
import { sharedItemCount } from './comparability';

/**
 * Checks that `previous` is an earlier assessment of the same practice on the same questionnaire,
 * in the same version or in an earlier one that migrates to it, so that a change between them
 * means something (how much, the trend says).
 *
 * @throws {ReportDataError} `previous-other-practice`, `previous-later` or `previous-other-version`.
 */
export function checkPrevious(previous: ScoreResult, current: ScoreResult): void {
  if (previous === null || typeof previous !== 'object' || !previous.aspects) {
    throw new ReportDataError('invalid-option', 'previous must be a score result of scoreResponse');
  }
  if (previous.practiceId !== current.practiceId) {
    throw new ReportDataError(
      'previous-other-practice',
      `previous is of practice "${previous.practiceId}", not "${current.practiceId}"`,
    );
  }
  if (daysBetween(previous.completedOn, current.completedOn) < 0) {
    throw new ReportDataError(
      'previous-later',
      `previous was completed on ${previous.completedOn}, after the current ${current.completedOn}`,
    );
  }
  if (
    previous.questionnaire.id !== current.questionnaire.id ||
    (previous.questionnaire.version !== current.questionnaire.version &&
      sharedItemCount(
        current.questionnaire.id,
        previous.questionnaire.version,
        current.questionnaire.version,
      ) === undefined)
  ) {
    throw new ReportDataError(
      'previous-other-version',
      `previous answers ${previous.questionnaire.id} ${previous.questionnaire.version}; scores of another questionnaire, or of a version that does not migrate to this one, are not comparable with ${current.questionnaire.id} ${current.questionnaire.version}`,
    );
  }
}
