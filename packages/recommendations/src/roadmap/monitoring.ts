import type { PracticeResponse } from '@praktijkscan/model';
import { addYearsToDate, daysBetween } from '@praktijkscan/scoring';
import type { MonitoringDates } from './types';

/**
 * The questionnaire item that says whether the region's practice visit gave feedback; `"na"` where
 * the region holds no visits. (Re-keyed with the questionnaire where a new version renames it.)
 */
export const practiceVisitItem = 'practice-visit-feedback';

// Calendar dates YYYY-MM-DD compare as text in time order.
const later = (a: string, b: string) => (b > a ? b : a);

/**
 * The dates of the yearly scan and of the practice visit, worked out once: the roadmap dates its
 * maintenance steps with them and report-data shows them, so the two cannot disagree. The next
 * scan is a year after the last one, or now where that has passed; the next visit a year after
 * the last, now where that has passed or the last is not known, and none where the region holds
 * no visits.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { monitoringDates } from '@praktijkscan/recommendations';
 *
 * monitoringDates(sampleHalfway, '2026-11-22').visitStatus; // 'not-held' (its region holds no practice visits)
 * ```
 */
export function monitoringDates(response: PracticeResponse, asOf: string): MonitoringDates {
  const scanDue = addYearsToDate(response.completedOn, 1);
  const lastVisitOn = response.lastPracticeVisitOn ?? null;
  const notHeld = response.answers[practiceVisitItem] === 'na' && lastVisitOn === null;
  const visitDue = lastVisitOn === null ? null : addYearsToDate(lastVisitOn, 1);
  return {
    lastQuestionnaireOn: response.completedOn,
    nextQuestionnaireDue: later(asOf, scanDue),
    questionnaireOverdue: daysBetween(scanDue, asOf) > 0,
    lastVisitOn,
    nextVisitDue: notHeld ? null : visitDue === null ? asOf : later(asOf, visitDue),
    visitStatus: notHeld
      ? 'not-held'
      : visitDue === null
        ? 'unknown'
        : daysBetween(visitDue, asOf) > 0
          ? 'overdue'
          : 'on-time',
  };
}
