import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  type Locale,
  parseResponseJson,
  ResponseValidationError,
  type ValidationIssue,
} from '@praktijkscan/model';
import { type RecommendedStep, recommendSync } from '@praktijkscan/recommendations';
import { RegionalAggregator } from '@praktijkscan/report-data';
import { daysBetween, type ScoreResult, scoreResponse } from '@praktijkscan/scoring';
import cliProgress from 'cli-progress';
import { CliError } from '../errors';
import { type CliIo, describeFileError, resolvePath, writeText } from '../io';
import { textsFor } from '../locales';
import type { CliTexts } from '../locales/types';
import { FirstLines } from './first-lines';
import { maxLineBytes, ndjsonLines } from './ndjson-lines';

export interface BatchOptions {
  readonly out?: string;
  readonly minGroupSize: number;
  readonly asOf: string;
  readonly lang: Locale;
  /** Also write each practice's recommended steps (`recommendSync`, in `lang`). */
  readonly recommend?: boolean;
}

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

type BatchLine =
  | {
      line: number;
      ok: true;
      practiceId: string;
      result: ScoreResult;
      recommendations?: RecommendedStep[];
    }
  | {
      line: number;
      ok: false;
      error: {
        code: BatchErrorCode;
        message: string;
        issues: readonly Pick<ValidationIssue, 'pointer' | 'code' | 'message'>[];
      };
    };

/** What the run keeps between lines: the first line of each practice and the aggregate's numbers. */
class BatchState {
  readonly firstLines = new FirstLines({ directory: tmpdir() });
  readonly accumulator = new RegionalAggregator();
  questionnaire: { id: string; major: string; label: string } | undefined;
  readonly lineErrors: CliTexts['batchLineErrors'];
  constructor(
    readonly asOf: string,
    readonly locale: Locale,
    readonly recommend: boolean,
  ) {
    this.lineErrors = textsFor(locale).batchLineErrors;
  }
}

const fail = (
  line: number,
  code: BatchErrorCode,
  message: string,
  issues: readonly ValidationIssue[] = [],
): BatchLine => ({
  line,
  ok: false,
  error: {
    code,
    message,
    issues: issues.map((issue) => ({
      pointer: issue.pointer,
      code: issue.code,
      message: issue.message,
    })),
  },
});

/** Scores one NDJSON line; never throws, so that a bad line never stops the run. */
const nonBlank = /\S/;

function processLine(text: string, line: number, state: BatchState): BatchLine {
  // As `text.trim() === ''`, without copying the line.
  if (!nonBlank.test(text)) return fail(line, 'blank-line', state.lineErrors.blankLine);
  try {
    const response = parseResponseJson(text, { locale: state.locale });
    if (daysBetween(response.completedOn, state.asOf) < 0) {
      return fail(
        line,
        'completed-after-as-of',
        state.lineErrors.completedAfterAsOf(response.completedOn, state.asOf),
      );
    }
    const first = state.firstLines.firstLineOf(response.practiceId);
    if (first !== undefined) {
      return fail(
        line,
        'duplicate-practice',
        state.lineErrors.duplicatePractice(response.practiceId, first),
      );
    }
    const result = scoreResponse(response);
    const major = result.questionnaire.version.split('.')[0] ?? '';
    const label = `${result.questionnaire.id} ${result.questionnaire.version}`;
    if (!state.questionnaire) state.questionnaire = { id: result.questionnaire.id, major, label };
    else if (
      state.questionnaire.id !== result.questionnaire.id ||
      state.questionnaire.major !== major
    ) {
      return fail(
        line,
        'other-questionnaire',
        state.lineErrors.otherQuestionnaire(label, state.questionnaire.label),
      );
    }
    // Synchronous: the compiled rules, the same steps as recommend, without a Promise per line.
    const recommendations = state.recommend
      ? recommendSync(result, response, { asOf: state.asOf, locale: state.locale })
      : undefined;
    state.firstLines.remember(response.practiceId, line);
    state.accumulator.add(result);
    return recommendations
      ? { line, ok: true, practiceId: response.practiceId, result, recommendations }
      : { line, ok: true, practiceId: response.practiceId, result };
  } catch (error) {
    if (error instanceof ResponseValidationError) {
      const notJson = error.issues.length === 1 && error.issues[0]?.code === 'invalid-json';
      return notJson
        ? fail(line, 'invalid-json', state.lineErrors.invalidJson, error.issues)
        : fail(
            line,
            'invalid-response',
            state.lineErrors.invalidResponse(error.issues.length),
            error.issues,
          );
    }
    return fail(line, 'internal-error', error instanceof Error ? error.message : String(error));
  }
}

/** How many characters of output lines are gathered before they are written. */
const outputChunk = 1 << 16;
// How much written output an --out file may hold before batch waits for `drain`: sixteen chunks,
// so that the next lines are scored while earlier ones are written (with the stream's default of
// 16 KiB, every chunk waited for its own write, and a 200,000-line run was idle about 6 % of its
// time). A fixed amount, whatever the input's length.
const outputHighWaterMark = 16 * outputChunk;

interface Progress {
  advance(bytes: number): void;
  stop(): void;
}

/** A progress bar on stderr, only when stderr is a terminal; nothing otherwise. */
function startProgress(io: CliIo, totalBytes: number | undefined): Progress {
  if (!io.stderr.isTTY) return { advance() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format:
        totalBytes === undefined
          ? 'praktijkscan batch | {lines} lines'
          : 'praktijkscan batch [{bar}] {percentage}% | {lines} lines',
      hideCursor: false,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let bytes = 0;
  let lines = 0;
  bar.start(totalBytes ?? 0, 0, { lines });
  return {
    advance(read) {
      bytes += read;
      lines += 1;
      bar.update(totalBytes === undefined ? 0 : Math.min(bytes, totalBytes), { lines });
    },
    stop() {
      bar.stop();
    },
  };
}

async function openInput(
  io: CliIo,
  source: string,
  locale: Locale,
): Promise<{ stream: Readable; size?: number; handle?: FileHandle }> {
  if (source === '-') return { stream: io.stdin };
  try {
    const handle = await open(resolvePath(io, source), 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return { stream: handle.createReadStream(), size: stat.size, handle };
  } catch (error) {
    throw new CliError(
      1,
      textsFor(locale).fileErrors.cannotRead(source, describeFileError(error, locale)),
    );
  }
}

async function openOutput(io: CliIo, out: string | undefined, locale: Locale): Promise<Writable> {
  if (out === undefined) return io.stdout;
  try {
    const handle = await open(resolvePath(io, out), 'w');
    return handle.createWriteStream({ highWaterMark: outputHighWaterMark });
  } catch (error) {
    throw new CliError(
      1,
      textsFor(locale).fileErrors.cannotWrite(out, describeFileError(error, locale)),
    );
  }
}

/**
 * `praktijkscan batch FILE|-`: NDJSON of responses in, one output line per input line in the same
 * order, then `{"aggregate": …}`. Reads line by line (split at LF only, each line strict UTF-8) and
 * writes each line as it is ready, waiting for `drain` when the output asks to (for an --out file,
 * with 1 MiB written and not yet on disk). Memory holds one line, 10 to 20 bytes per practice to
 * find duplicates ({@link FirstLines}, which keeps each id and its first line number in a
 * temporary file, or in memory where none can be made) and the aggregate's counters.
 */
export async function batchCommand(io: CliIo, source: string, options: BatchOptions) {
  const input = await openInput(io, source, options.lang);
  const output = await openOutput(io, options.out, options.lang);
  const progress = startProgress(io, input.size);
  // Holds a temporary file from here on: the `finally` below closes it.
  const state = new BatchState(options.asOf, options.lang, options.recommend === true);
  let readError: unknown;
  let writeError: unknown;
  output.on('error', (error) => {
    writeError ??= error;
  });
  let number = 0;
  let good = 0;
  // Output lines are written in chunks of about 64 KiB rather than one write each: a write per line
  // cost more than the scoring of a line. The bytes are the same.
  let buffered = '';
  const flush = async () => {
    if (buffered === '') return;
    const chunk = buffered;
    buffered = '';
    await writeText(output, chunk);
  };
  try {
    for await (const line of ndjsonLines(input.stream)) {
      number += 1;
      const outcome = line.ok
        ? processLine(
            number === 1 && line.text.charCodeAt(0) === 0xfeff ? line.text.slice(1) : line.text,
            number,
            state,
          )
        : line.problem === 'invalid-utf8'
          ? fail(number, 'invalid-utf8', state.lineErrors.invalidUtf8)
          : fail(number, 'line-too-long', state.lineErrors.lineTooLong(maxLineBytes));
      if (outcome.ok) good += 1;
      buffered += `${JSON.stringify(outcome)}\n`;
      if (buffered.length >= outputChunk) await flush();
      progress.advance(line.bytes);
      if (writeError !== undefined) break;
    }
  } catch (error) {
    if (writeError === undefined) readError ??= error;
  } finally {
    progress.stop();
    state.firstLines.close();
    await input.handle?.close().catch(() => {});
  }
  // The lines gathered so far, also those before a read error (they are answered, as before).
  if (writeError === undefined)
    await flush().catch((error: unknown) => {
      writeError ??= error;
    });
  const what = source === '-' ? 'stdin' : source;
  const fileErrors = textsFor(options.lang).fileErrors;
  if (readError === undefined && writeError === undefined) {
    const aggregate = state.accumulator.aggregate(options.minGroupSize);
    await writeText(output, `${JSON.stringify({ aggregate })}\n`).catch((error: unknown) => {
      writeError ??= error;
    });
  }
  if (output !== io.stdout) {
    output.end();
    await finished(output).catch((error: unknown) => {
      writeError ??= error;
    });
  }
  if (writeError !== undefined) {
    // runCli reports an error of stdout once, whichever command met it.
    if (output === io.stdout) throw writeError;
    throw new CliError(
      1,
      fileErrors.cannotWrite(options.out ?? 'stdout', describeFileError(writeError, options.lang)),
    );
  }
  if (readError !== undefined) {
    throw new CliError(
      1,
      fileErrors.cannotReadAfterLine(what, number, describeFileError(readError, options.lang)),
    );
  }
  // The count of good and bad lines, on stderr so that stdout stays pure NDJSON.
  io.stderr.write(`${textsFor(options.lang).batchDone(number, good, number - good)}\n`);
}
