import { toJsonPointer } from '../response/errors';

/** The stable codes of `migrateResponse`'s problems with its options. */
export type MigrationErrorCode = 'invalid-options' | 'unknown-target-version' | 'downgrade';

/** One problem with what `migrateResponse` was asked to do. */
export interface MigrationIssue {
  readonly code: MigrationErrorCode;
  /** The path to the offending option, e.g. `['to']`. */
  readonly path: readonly string[];
  /** The same path as a JSON Pointer, e.g. `/to`. */
  readonly pointer: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Thrown by `migrateResponse` when it cannot migrate as asked: the target version is unknown or
 * older than the response's. (A response that is itself invalid throws `ResponseValidationError`.)
 * Nothing partial is returned.
 *
 * @example
 * ```ts
 * import { migrateResponse, MigrationError } from '@praktijkscan/model';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * try {
 *   migrateResponse(sampleHalfway, { to: '9.0.0' });
 * } catch (error) {
 *   if (error instanceof MigrationError) error.issues[0]?.code; // 'unknown-target-version'
 * }
 * ```
 */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  readonly issues: readonly MigrationIssue[];
  constructor(issues: readonly Omit<MigrationIssue, 'pointer'>[]) {
    super(
      `Cannot migrate the praktijkscan response: ${issues.map((issue) => `${toJsonPointer(issue.path)}: ${issue.message}`).join('; ')}`,
    );
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, pointer: toJsonPointer(issue.path) })),
    );
  }
}
