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
export function issueLine(
  issue: Pick<ValidationIssue, 'pointer' | 'message'> & { readonly code: string },
): string {
  return `${issue.pointer === '' ? '(root)' : issue.pointer} ${issue.code} ${issue.message}`;
}
