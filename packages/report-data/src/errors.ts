/** The stable codes of report-data errors. */
export type ReportDataErrorCode =
  | 'invalid-option'
  | 'result-mismatch'
  | 'previous-other-practice'
  | 'previous-later'
  | 'previous-other-version'
  | 'invalid-results'
  | 'invalid-benchmark'
  | 'invalid-team';

/**
 * Thrown for input a report cannot be built from; `code` says what, the message how to fix it.
 *
 * @example
 * ```ts
 * import { buildReportData, ReportDataError } from '@praktijkscan/report-data';
 * try {
 *   buildReportData({ response, result, recommendations, asOf, locale: 'nl', previous: otherPracticeResult });
 * } catch (error) {
 *   if (error instanceof ReportDataError) error.code; // 'previous-other-practice'
 * }
 * ```
 */
export class ReportDataError extends Error {
  override readonly name = 'ReportDataError';
  constructor(
    readonly code: ReportDataErrorCode,
    message: string,
  ) {
    super(message);
  }
}
