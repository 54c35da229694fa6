import type { Readable } from 'node:stream';

/** One line of an NDJSON input: its text, or why it has none. */
export type InputLine =
  | { readonly ok: true; readonly text: string; readonly bytes: number }
  | {
      readonly ok: false;
      readonly problem: 'invalid-utf8' | 'line-too-long';
      readonly bytes: number;
    };

/** The longest line kept, in bytes: four times the longest JSON text `parseResponseJson` reads. */
export const maxLineBytes = 4_000_000;

const newline = 0x0a;
const carriageReturn = 0x0d;

/**
 * The lines of a byte stream, split at LF only (a CR before it is dropped): a lone CR is JSON
 * white space inside a line, not a line break, unlike `node:readline`, which splits at it and so
 * shifts every later line number. Each line is decoded as UTF-8 on its own and strictly, so that
 * a byte that is not UTF-8 is a problem of that line instead of a silent U+FFFD. A line longer
 * than {@link maxLineBytes} is skipped up to its end, not kept.
 */
export async function* ndjsonLines(input: Readable): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const finish = (bytes: number): InputLine => {
    if (skipping) {
      skipping = false;
      return { ok: false, problem: 'line-too-long', bytes };
    }
    let line = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
    if (line.length > 0 && line[line.length - 1] === carriageReturn)
      line = line.subarray(0, line.length - 1);
    try {
      return { ok: true, text: decoder.decode(line), bytes };
    } catch {
      return { ok: false, problem: 'invalid-utf8', bytes };
    }
  };
  for await (const chunk of input) {
    const bytes: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (;;) {
      const end = bytes.indexOf(newline, start);
      const part = bytes.subarray(start, end === -1 ? bytes.length : end);
      if (!skipping) {
        if (pendingBytes + part.length > maxLineBytes) {
          skipping = true;
          pending = [];
        } else if (part.length > 0) pending.push(part);
      }
      pendingBytes += part.length;
      if (end === -1) break;
      const line = finish(pendingBytes + 1);
      pending = [];
      pendingBytes = 0;
      yield line;
      start = end + 1;
    }
  }
  // A last line without LF is a line; an input that ends in LF has no empty line after it.
  if (pendingBytes > 0 || skipping) yield finish(pendingBytes);
}
