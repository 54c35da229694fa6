import { writeFile } from 'node:fs/promises';
import type { Locale } from '@praktijkscan/model';
import { CliError } from '../errors';
import { type CliIo, describeFileError, resolvePath, writeText } from '../io';
import { textsFor } from '../locales';
import { renderHtmlReport } from '../render/html-report';
import { renderMarkdownReport } from '../render/markdown-report';
import { loadBenchmark } from './benchmark';
import type { scoreFormats } from './choices';
import { inputName, loadResponse } from './load';
import { buildReport } from './report';

export interface ScoreOptions {
  readonly format: (typeof scoreFormats)[number];
  readonly out?: string;
  readonly lang: Locale;
  readonly asOf: string;
  readonly previous?: string;
  /** A regional aggregate of `batch`: its line, a file of it, or batch's whole output. */
  readonly benchmark?: string;
}

/** Writes a command's output to `--out FILE`, or to stdout. */
export async function writeOutput(
  io: CliIo,
  out: string | undefined,
  text: string,
  locale: Locale,
) {
  if (out === undefined) {
    await writeText(io.stdout, text);
    return;
  }
  try {
    await writeFile(resolvePath(io, out), text);
  } catch (error) {
    throw new CliError(
      1,
      textsFor(locale).fileErrors.cannotWrite(out, describeFileError(error, locale)),
    );
  }
}

/** `praktijkscan score FILE|-`: one response to its report. */
export async function scoreCommand(io: CliIo, source: string, options: ScoreOptions) {
  if (options.previous === '-' && source === '-') {
    throw new CliError(2, textsFor(options.lang).fileErrors.responseAndPreviousFromStdin);
  }
  const response = await loadResponse(io, source, options.lang);
  const previous =
    options.previous === undefined
      ? undefined
      : await loadResponse(
          io,
          options.previous,
          options.lang,
          `--previous ${inputName(options.previous)}`,
        );
  if (options.benchmark === '-' && (source === '-' || options.previous === '-')) {
    throw new CliError(2, textsFor(options.lang).fileErrors.stdinOnce);
  }
  const benchmark =
    options.benchmark === undefined
      ? undefined
      : await loadBenchmark(io, options.benchmark, options.lang);
  const { report } = await buildReport({
    response,
    ...(benchmark ? { benchmark } : {}),
    asOf: options.asOf,
    locale: options.lang,
    ...(previous ? { previous } : {}),
  });
  const text =
    options.format === 'html'
      ? renderHtmlReport(report)
      : options.format === 'markdown'
        ? renderMarkdownReport(report)
        : `${JSON.stringify(report, null, 2)}\n`;
  await writeOutput(io, options.out, text, options.lang);
}
