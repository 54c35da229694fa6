import type { ValidationIssue } from '@praktijkscan/model';

/**
 * The exit codes of `praktijkscan`, the same for every command: 0 ok, 1 invalid input, 2 usage
 * error.
 *
 * @example
 * ```ts
 * import { PassThrough, Readable } from 'node:stream';
 * import { exitCodes, runCli } from '@praktijkscan/cli';
 *
 * // `validate -` reads the response from stdin; `{}` is not a valid one.
 * const io = { stdin: Readable.from(['{}']), stdout: new PassThrough(), stderr: new PassThrough() };
 * const code = await runCli(['validate', '-'], io);
 * code === exitCodes.invalidInput; // true
 * exitCodes; // { ok: 0, invalidInput: 1, usage: 2 }
 * ```
 */
export const exitCodes = Object.freeze({
  /** Done. */
  ok: 0,
  /** Invalid input: a file that cannot be read, is not JSON, or is not a valid response. */
  invalidInput: 1,
  /** Usage error: unknown command or option, missing argument, bad option value. */
  usage: 2,
} as const);

/** An error that ends a command: a one-line cause and, for invalid responses, every problem. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A problem as one line: `<pointer> <code> <message>`; the whole input is `(root)`. */
export function issueLine(issue: Pick<ValidationIssue, 'pointer' | 'code' | 'message'>): string {
  return `${issue.pointer === '' ? '(root)' : issue.pointer} ${issue.code} ${issue.message}`;
}

/** An invalid response as a `CliError`: its cause and every problem, one per line. */
export function invalidResponseError(what: string, issues: readonly ValidationIssue[]): CliError {
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  const cause =
    issues.length === 1 && issues[0]?.code === 'invalid-json'
      ? `${what} is not JSON`
      : `${what} is not a valid praktijkscan response (${count})`;
  return new CliError(1, cause, issues.map(issueLine));
}
