import type { ValidationIssue } from '@praktijkscan/model';
import type { RecommendedStep } from '@praktijkscan/recommendations';
import type { ScoreResult } from '@praktijkscan/scoring';

/** The codes of a bad line in the batch output. */
export type BatchErrorCode =
  | 'blank-line'
  | 'invalid-utf8'
  | 'line-too-long'
  | 'invalid-json'
  | 'invalid-response'
  | 'completed-after-as-of'
  | 'duplicate-practice'
  | 'other-questionnaire'
  | 'internal-error';

/** What `batch` answers for one input line, in the key order it is written in. */
export type BatchLine =
  | {
      readonly line: number;
      readonly ok: true;
      readonly practiceId: string;
      readonly result: ScoreResult;
      readonly recommendations?: readonly RecommendedStep[];
    }
  | {
      readonly line: number;
      readonly ok: false;
      readonly error: {
        readonly code: BatchErrorCode;
        readonly message: string;
        readonly issues: readonly Pick<ValidationIssue, 'pointer' | 'code' | 'message'>[];
      };
    };
