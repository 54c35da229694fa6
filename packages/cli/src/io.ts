import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { boundedText } from '@praktijkscan/model';
import { CliError } from './errors';

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

/** A file system error in a few words, e.g. `no such file or directory`. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return boundedText(error instanceof Error ? error.message : String(error));
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Reads a whole input as UTF-8 text: a file, or stdin for `-`. A byte order mark is dropped; bytes
 * that are not UTF-8 are a `CliError`.
 */
export async function readInput(io: CliIo, source: string, what = source): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of io.stdin) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      }
    } catch (error) {
      throw new CliError(1, `cannot read ${what} from stdin: ${describeFileError(error)}`);
    }
    return decodeUtf8(Buffer.concat(chunks), what);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(resolvePath(io, source));
  } catch (error) {
    throw new CliError(1, `cannot read ${what}: ${describeFileError(error)}`);
  }
  return decodeUtf8(bytes, what);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes as text, strictly: a byte that is not UTF-8 is an error, never a silent U+FFFD. */
function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return stripBom(strictUtf8.decode(bytes));
  } catch {
    throw new CliError(1, `${what} is not UTF-8 text`);
  }
}

/** Writes text to a stream and waits for it to drain when the stream asks to (backpressure). */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
