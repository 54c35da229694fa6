import type { ValidationCode, ValidationParams } from './codes';

/** One problem in a response: where it is, what it is, and a message for people. */
export interface ValidationIssue {
  /** A stable code, for programs. */
  readonly code: ValidationCode;
  /** The path to the offending value, as keys and array indexes; `[]` is the whole input. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `/answers/has-vision`. */
  readonly pointer: string;
  /** A message in the locale that was asked for (English by default). */
  readonly message: string;
  /** The values the message was built from. */
  readonly params: ValidationParams;
}

/**
 * Thrown by `parseResponse` when a response is not valid. It carries every problem at once, so a
 * form can show each next to its field; nothing of the input is returned.
 *
 * @example
 * ```ts
 * import { parseResponse, ResponseValidationError } from '@praktijkscan/model';
 * try {
 *   parseResponse({});
 * } catch (error) {
 *   if (error instanceof ResponseValidationError) {
 *     error.issues.map((issue) => issue.pointer);
 *     // ['/questionnaire', '/practiceId', '/completedOn', '/answers']
 *     error.issues[0]?.code; // 'missing-field'
 *     error.issues[0]?.message; // 'This field is required.'
 *   }
 * }
 * ```
 */
export class ResponseValidationError extends Error {
  override readonly name = 'ResponseValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map((issue) => `${issue.pointer || '(root)'}: ${issue.message}`)
      .join('\n  ');
    const more = issues.length > 5 ? `\n  … and ${issues.length - 5} more` : '';
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super(`Invalid praktijkscan response (${count}):\n  ${shown}${more}`);
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * Turns a path into a JSON Pointer (RFC 6901).
 *
 * @example
 * ```ts
 * import { toJsonPointer } from '@praktijkscan/model';
 * toJsonPointer(['ideas', 0, 'effect']); // '/ideas/0/effect'
 * ```
 */
export function toJsonPointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
