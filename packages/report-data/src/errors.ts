/** The stable codes of report-data errors. */
export type ReportDataErrorCode =
  | 'invalid-option'
  | 'result-mismatch'
  | 'previous-other-practice'
  | 'previous-later'
  | 'previous-other-version'
  | 'invalid-results'
  | 'invalid-benchmark';

/** Thrown for input a report cannot be built from; `code` says what, the message how to fix it. */
export class ReportDataError extends Error {
  override readonly name = 'ReportDataError';
  constructor(
    readonly code: ReportDataErrorCode,
    message: string,
  ) {
    super(message);
  }
}
