import {
  calendarDateRange,
  isParsedResponse,
  type PracticeResponse,
  parseResponse,
} from '@praktijkscan/model';
import { addYearsToDate, daysBetween, isCalendarDate } from '@praktijkscan/scoring';
import { RecommendOptionsError } from '../engine/errors';
import { quoted, readingInput } from '../engine/recommend';
import type { MonitoringDates } from './types';

/**
 * Per questionnaire version, the item whose answer `"na"` says the region holds no practice
 * visits: 1.0.0 asked about the visit's feedback, 2.0.0 about the support discussed at the visit.
 */
export const practiceVisitItems: Readonly<Record<string, string>> = {
  '1.0.0': 'practice-visit-feedback',
  '2.0.0': 'practice-visit-support',
};

// Calendar dates YYYY-MM-DD compare as text in time order.
const later = (a: string, b: string) => (b > a ? b : a);

/**
 * The dates of the yearly scan and of the practice visit, worked out once: the roadmap dates its
 * maintenance steps with them and report-data shows them, so the two cannot disagree. The next
 * scan is a year after the last one, or now where that has passed; the next visit a year after
 * the last, now where that has passed or the last is not known, and none where the region holds
 * no visits.
 *
 * @throws {RecommendOptionsError} for an `asOf` that is not a date in the calendar range.
 * @throws {ResponseValidationError} for an invalid raw response.
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { monitoringDates } from '@praktijkscan/recommendations';
 *
 * monitoringDates(sampleHalfway, '2026-11-22').visitStatus; // 'not-held' (its region holds no practice visits)
 * ```
 */
export function monitoringDates(response: PracticeResponse, asOf: string): MonitoringDates {
  return readingInput(() => {
    if (!isCalendarDate(asOf))
      throw new RecommendOptionsError(
        'asOf',
        `expected a date YYYY-MM-DD from ${calendarDateRange.earliest} to ${calendarDateRange.latest}, got ${quoted(asOf)}`,
      );
    return datesOf(isParsedResponse(response) ? response : parseResponse(response), asOf);
  });
}

/** The dates of a parsed response, `asOf` checked: what the roadmap itself reads. */
export function datesOf(response: PracticeResponse, asOf: string): MonitoringDates {
  const scanDue = addYearsToDate(response.completedOn, 1);
  const lastVisitOn = response.lastPracticeVisitOn ?? null;
  const visitItem = practiceVisitItems[response.questionnaire.version];
  const notHeld =
    visitItem !== undefined &&
    ownAnswer(response.answers, visitItem) === 'na' &&
    lastVisitOn === null;
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

/**
 * One answer of a response, found among its own keys: an answers object has a shape of its own
 * (the items each practice answered), so reading one item by name missed V8's caches for almost
 * every practice, slower than walking the keys.
 */
function ownAnswer(answers: PracticeResponse['answers'], itemId: string) {
  for (const key in answers) if (key === itemId) return answers[key];
  return undefined;
}
