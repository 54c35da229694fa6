import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { boundedText, type Locale } from '@praktijkscan/model';
import { CliError } from './errors';
import { textsFor } from './locales';

/**
 * Where the command line reads and writes: the process's streams for the `praktijkscan` bin, or
 * any streams a test or another tool passes to `runCli`.
 *
 * @example
 * ```ts
 * import type { CliIo } from '@praktijkscan/cli';
 *
 * const io: CliIo = {
 *   stdin: process.stdin,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   cwd: '/tmp/reports',
 *   now: () => new Date(2026, 10, 22),
 * };
 * ```
 */
export interface CliIo {
  /** Read for the input `-`. */
  readonly stdin: Readable;
  /** Results: reports, NDJSON, `valid`, summaries. */
  readonly stdout: Writable;
  /** Errors and, on a terminal (`isTTY`), the batch progress bar. */
  readonly stderr: Writable & { readonly isTTY?: boolean };
  /** The directory relative paths are read from and written to; `process.cwd()` by default. */
  readonly cwd?: string;
  /** The clock, read once for the default `--as-of` (today's local date); `new Date()` by default. */
  readonly now?: () => Date;
}

/** The absolute path of a path given on the command line. */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd ?? process.cwd(), path);
}

/** Today's local calendar date, `YYYY-MM-DD`. */
export function today(io: CliIo): string {
  const now = io.now ? io.now() : new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A file system error in a few words of the locale, e.g. `no such file or directory`; a cause
 * without words of our own in the system's words, bounded.
 */
export function describeFileError(error: unknown, locale: Locale): string {
  const causes = textsFor(locale).fileErrors.causes;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return causes.noSuchFile;
    case 'EACCES':
    case 'EPERM':
      return causes.permissionDenied;
    case 'EISDIR':
      return causes.isDirectory;
    case 'ENOTDIR':
      return causes.notDirectory;
    case 'ENOSPC':
      return causes.noSpace;
    default:
      return boundedText(error instanceof Error ? error.message : String(error));
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Reads a whole input as UTF-8 text: a file, or stdin for `-`. A byte order mark is dropped; bytes
 * that are not UTF-8 are a `CliError`.
 */
export async function readInput(
  io: CliIo,
  source: string,
  locale: Locale,
  what = source,
): Promise<string> {
  const texts = textsFor(locale).fileErrors;
  if (source === '-') {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of io.stdin) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      }
    } catch (error) {
      throw new CliError(1, texts.cannotReadStdin(what, describeFileError(error, locale)));
    }
    return decodeUtf8(Buffer.concat(chunks), texts.notUtf8(what));
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(resolvePath(io, source));
  } catch (error) {
    throw new CliError(1, texts.cannotRead(what, describeFileError(error, locale)));
  }
  return decodeUtf8(bytes, texts.notUtf8(what));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes as text, strictly: a byte that is not UTF-8 is an error, never a silent U+FFFD. */
function decodeUtf8(bytes: Uint8Array, notUtf8: string): string {
  try {
    return stripBom(strictUtf8.decode(bytes));
  } catch {
    throw new CliError(1, notUtf8);
  }
}

/** Writes text to a stream and waits for it to drain when the stream asks to (backpressure). */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
