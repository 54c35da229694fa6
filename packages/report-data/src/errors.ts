/** The stable codes of report-data errors. */
export type ReportDataErrorCode =
  | 'invalid-option'
  | 'result-mismatch'
  | 'previous-other-practice'
  | 'previous-later'
  | 'previous-other-version'
  | 'invalid-results'
  | 'invalid-benchmark';

/**
 * Thrown for input a report cannot be built from; `code` says what, the message how to fix it.
 *
 * @example
 * ```ts
 * import { sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
 * import { buildReportData, ReportDataError } from '@praktijkscan/report-data';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const result = scoreResponse(sampleHalfway);
 * const previous = scoreResponse(sampleStarting); // another practice's result
 * try {
 *   buildReportData({ response: sampleHalfway, result, recommendations: [], asOf: '2026-11-22', locale: 'nl', previous });
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
