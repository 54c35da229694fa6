import type { Locale } from '@praktijkscan/model';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version as packageVersion } from '../package.json';
import {
  demoAsOf,
  demoOutDir,
  questionnaireFormats,
  scoreFormats,
  teamFormats,
} from './commands/choices';
import { CliError, exitCodes } from './errors';
import type { CliIo } from './io';

// `--help` and `--version` load commander and the CLI's own texts only: the packages (zod, the
// questionnaire, the rules) and each command's module are loaded once a command is dispatched,
// which took `praktijkscan --help` from about 3× `node -e 0` to within 2.5× (docs/performance.md).

/** What reading a command's options needs from the packages, loaded before they are read. */
interface OptionChecks {
  readonly isCalendarDate: (value: unknown) => value is string;
  readonly calendarDateRange: { readonly earliest: string; readonly latest: string };
  readonly isLocale: (value: unknown) => value is Locale;
}

let optionChecks: OptionChecks | undefined;

async function loadOptionChecks(): Promise<void> {
  if (optionChecks !== undefined) return;
  const [model, scoring] = await Promise.all([
    import('@praktijkscan/model'),
    import('@praktijkscan/scoring'),
  ]);
  optionChecks = {
    isCalendarDate: scoring.isCalendarDate,
    calendarDateRange: model.calendarDateRange,
    isLocale: model.isLocale,
  };
}

/** The checks, once a command is dispatched (the `preSubcommand` hook has loaded them). */
function checks(): OptionChecks {
  if (optionChecks === undefined) throw new Error('the option checks are not loaded');
  return optionChecks;
}

const exitCodeHelp = `
Exit codes:
  0  ok
  1  invalid input: a file that cannot be read, is not JSON, or is not a valid response
  2  usage error: unknown command or option, missing argument, bad option value`;

function parseDate(value: string): string {
  const { isCalendarDate, calendarDateRange } = checks();
  if (!isCalendarDate(value)) {
    throw new InvalidArgumentError(
      `expected a calendar date YYYY-MM-DD from ${calendarDateRange.earliest} to ${calendarDateRange.latest}, e.g. 2026-11-22.`,
    );
  }
  return value;
}

function parseGroupSize(value: string): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError('expected a whole number of at least 1.');
  }
  return number;
}

const langOption = (what: string) =>
  new Option('--lang <locale>', `${what}: nl (Dutch, the default) or en (English)`)
    .choices(['nl', 'en'])
    .default('nl');

const asOfOption = (what: string) =>
  new Option('--as-of <date>', `${what} (default: today, local date)`).argParser(parseDate);

function locale(value: unknown): Locale {
  return checks().isLocale(value) ? value : 'nl';
}

function buildProgram(io: CliIo, onLocale: (locale: Locale) => void): Command {
  const program = new Command('praktijkscan')
    .description(
      'Scores how far a Dutch GP practice (huisartsenpraktijk) has come with digital care and says what to do next.',
    )
    .version(packageVersion, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', exitCodeHelp)
    // A command's options are checked with the packages' own checks (the calendar range, the
    // languages), loaded here, once a command is named, and not for `--help` or `--version`.
    .hook('preSubcommand', loadOptionChecks)
    // The language commander read for the command, for a message written after it has ended.
    .hook('preAction', (_program, command) => {
      const { lang } = command.opts<{ lang?: unknown }>();
      if (lang === 'nl' || lang === 'en') onLocale(lang);
    });

  program
    .command('demo')
    .summary('score the sample practice (fixed as-of date) and write its reports')
    .description(
      `Scores the embedded sample practice (Huisartsenpraktijk Rivierzicht) as of the fixed date ${demoAsOf}, so that the demo gives the same output everywhere; writes report.html, report.md and report-data.json into DIR and prints a summary.`,
    )
    .addOption(langOption('language of the report and summary'))
    .option('--out <dir>', 'directory to write the three files into', demoOutDir)
    .addHelpText(
      'after',
      `\nExample:\n  praktijkscan demo --lang nl --out ./report\n${exitCodeHelp}`,
    )
    .action(async (options: { lang: string; out: string }) => {
      const { demoCommand } = await import('./commands/demo');
      await demoCommand(io, { lang: locale(options.lang), out: options.out });
    });

  program
    .command('score')
    .summary('score one response into its report (json, markdown or html)')
    .description(
      'Scores one response (a JSON file, or stdin with "-") and writes its report: json (the ReportData), markdown or html.',
    )
    .argument('<file>', 'the response as JSON, or "-" for stdin')
    .addOption(
      new Option('--format <format>', 'report format').choices(scoreFormats).default('json'),
    )
    .option('--out <file>', 'write the report to FILE instead of stdout')
    .addOption(langOption('language of the report and of validation messages'))
    .addOption(asOfOption('"now" as YYYY-MM-DD, the reference for the plan and monitoring dates'))
    .option(
      '--previous <file>',
      'an earlier response of the same practice, for the change per aspect and the trend',
    )
    .option(
      '--benchmark <file>',
      'the regional aggregate of "praktijkscan batch" (its last line, a file of it, or its whole output), for the region column and radar series',
    )
    .addHelpText(
      'after',
      `\nThe as-of date is always in the report (meta.asOf).\n\nExamples:\n  praktijkscan score practice.json --format html --out report.html --as-of 2026-11-22\n  cat practice.json | praktijkscan score - --format markdown --previous last-year.json\n  praktijkscan batch region.ndjson | tail -n 1 > aggregate.json\n  praktijkscan score practice.json --format html --benchmark aggregate.json\n${exitCodeHelp}`,
    )
    .action(
      async (
        file: string,
        options: {
          format: string;
          out?: string;
          lang: string;
          asOf?: string;
          previous?: string;
          benchmark?: string;
        },
      ) => {
        const [{ scoreCommand }, { today }] = await Promise.all([
          import('./commands/score'),
          import('./io'),
        ]);
        await scoreCommand(io, file, {
          format: options.format as (typeof scoreFormats)[number],
          lang: locale(options.lang),
          asOf: options.asOf ?? today(io),
          ...(options.out === undefined ? {} : { out: options.out }),
          ...(options.previous === undefined ? {} : { previous: options.previous }),
          ...(options.benchmark === undefined ? {} : { benchmark: options.benchmark }),
        });
      },
    );

  program
    .command('team')
    .summary('combine the responses of several team members into one team report')
    .description(
      'Combines the responses of several members of one practice (each a JSON file naming its respondent, or stdin "-" once) into the team response, scores it and writes its report with the team part: each member on the radar, their own judgement beside their own score, and the questions to discuss where the answers lie apart.',
    )
    .argument('<files...>', 'two or more responses of one practice, as JSON files')
    .addOption(
      new Option('--format <format>', 'report format').choices(teamFormats).default('json'),
    )
    .option('--out <file>', 'write the report to FILE instead of stdout')
    .addOption(langOption('language of the report and of the messages'))
    .addOption(asOfOption('"now" as YYYY-MM-DD, the reference for the plan and monitoring dates'))
    .addOption(
      new Option(
        '--spread-to-discuss <n>',
        'least difference in points on a 0..4 question to put it on the agenda',
      )
        .argParser(parseGroupSize)
        .default(2),
    )
    .addOption(
      new Option(
        '--yes-no-spread-to-discuss <n>',
        'least difference on a yes/no question (1: any disagreement)',
      )
        .argParser(parseGroupSize)
        .default(1),
    )
    .addHelpText(
      'after',
      `\nExample:\n  praktijkscan team gp.json manager.json assistant-1.json assistant-2.json --format html --out team.html\n${exitCodeHelp}`,
    )
    .action(
      async (
        files: string[],
        options: {
          format: string;
          out?: string;
          lang: string;
          asOf?: string;
          spreadToDiscuss: number;
          yesNoSpreadToDiscuss: number;
        },
      ) => {
        const [{ teamCommand }, { today }] = await Promise.all([
          import('./commands/team'),
          import('./io'),
        ]);
        await teamCommand(io, files, {
          format: options.format as (typeof teamFormats)[number],
          lang: locale(options.lang),
          asOf: options.asOf ?? today(io),
          spreadToDiscuss: options.spreadToDiscuss,
          yesNoSpreadToDiscuss: options.yesNoSpreadToDiscuss,
          ...(options.out === undefined ? {} : { out: options.out }),
        });
      },
    );

  program
    .command('validate')
    .summary('check one response and list every problem')
    .description(
      'Checks one response. Prints "valid" (exit 0), or every problem as "<pointer> <code> <message>", one a line, on stdout (exit 1). The pointer is a JSON Pointer; the whole input is "(root)".',
    )
    .argument('<file>', 'the response as JSON, or "-" for stdin')
    .addOption(langOption('language of the messages'))
    .addHelpText(
      'after',
      `\nExample:\n  praktijkscan validate practice.json --lang nl\n${exitCodeHelp}`,
    )
    .action(async (file: string, options: { lang: string }) => {
      const { validateCommand } = await import('./commands/validate');
      await validateCommand(io, file, { lang: locale(options.lang) });
    });

  program
    .command('migrate')
    .summary('migrate a response to a later questionnaire version and list every change')
    .description(
      'Migrates one response (a JSON file, or stdin with "-") to a later published version of its questionnaire: carried answers keep their value, merged items get the combined answer, split and new items stay open, dropped items go. Writes the migrated response (to --out FILE, or stdout) and prints every change, one a line (on stdout when --out is given, else on stderr).',
    )
    .argument('<file>', 'the response as JSON, or "-" for stdin')
    .requiredOption('--to <version>', 'the questionnaire version to migrate to, e.g. 2.0.0')
    .option('--out <file>', 'write the migrated response to FILE instead of stdout')
    .addOption(langOption('language of the changes and of validation messages'))
    .addHelpText(
      'after',
      `\nExample:\n  praktijkscan migrate last-year.json --to 2.0.0 --out last-year-2.0.0.json --lang nl\n${exitCodeHelp}`,
    )
    .action(async (file: string, options: { to: string; out?: string; lang: string }) => {
      const { migrateCommand } = await import('./commands/migrate');
      await migrateCommand(io, file, {
        to: options.to,
        lang: locale(options.lang),
        ...(options.out === undefined ? {} : { out: options.out }),
      });
    });

  program
    .command('questionnaire')
    .summary('print the questionnaire as JSON, or as a paper form in Markdown or HTML')
    .description(
      'Prints the questionnaire, for people who fill it in on paper or build their own form: json (the questionnaire object) or markdown (a paper form with everything a response holds: the practice, the last practice visit, bottlenecks as tick boxes and own bottlenecks, every question numbered with its scale as tick boxes, "not applicable" where allowed, and three improvement forms (verbeterformat) with effect and energy) or html (the same paper form as a page to print on A4 or fill in in a browser).',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(questionnaireFormats)
        .default('json'),
    )
    .addOption(langOption('language of the form'))
    .addHelpText(
      'after',
      `\nExamples:\n  praktijkscan questionnaire --format markdown > vragenlijst.md\n  praktijkscan questionnaire --format html > vragenlijst.html\n${exitCodeHelp}`,
    )
    .action(async (options: { format: string; lang: string }) => {
      const { questionnaireCommand } = await import('./commands/questionnaire');
      await questionnaireCommand(io, {
        format: options.format as (typeof questionnaireFormats)[number],
        lang: locale(options.lang),
      });
    });

  program
    .command('batch')
    .summary('score NDJSON of responses into NDJSON with a regional aggregate')
    .description(
      'Scores NDJSON (one response per line) into NDJSON: one output line per input line, in the same order, then one line {"aggregate": …} with the regional aggregate of the valid lines.',
    )
    .argument('<file>', 'the responses as NDJSON, or "-" for stdin')
    .option('--out <file>', 'write the NDJSON to FILE instead of stdout')
    .addOption(
      new Option(
        '--min-group-size <n>',
        'least number of practices (and of scores per figure) for the aggregate to publish figures',
      )
        .argParser(parseGroupSize)
        .default(5),
    )
    .addOption(
      asOfOption('"now" as YYYY-MM-DD: a response completed after it is reported as an error'),
    )
    .addOption(
      langOption('language of the validation messages (and of the steps, with --recommend)'),
    )
    .option(
      '--recommend',
      'also write each practice\'s recommended steps ("recommendations"), as of --as-of',
    )
    .addHelpText(
      'after',
      `
Each output line is {"line": n, "ok": true, "practiceId": …, "result": <ScoreResult>} (with
--recommend also "recommendations": the steps recommend gives, in --lang) or
{"line": n, "ok": false, "error": {"code", "message", "issues": [{"pointer", "code", "message"}]}}.
A bad line never stops the run and is never dropped. Error codes:
  blank-line             an empty or whitespace-only line (reported, not skipped, so that output
                         line n always answers input line n)
  invalid-utf8           the line is not UTF-8 text (lines end at LF; a CR before it is dropped)
  line-too-long          the line is longer than 4,000,000 bytes
  invalid-json           the line is not JSON
  invalid-response       not a valid response; "issues" lists every problem
  completed-after-as-of  completed after --as-of (default: today), so not yet part of the region
  duplicate-practice     a practice already scored on an earlier line; the first valid line is kept
  other-questionnaire    answers another questionnaire (or major version) than the earlier lines
The aggregate counts only the ok lines. Memory stays small: a count per score (0.0 to 100.0) for
the aggregate and each practice's first line are kept.
A progress bar is drawn on stderr only when stderr is a terminal.

Examples:
  praktijkscan batch region.ndjson --out scores.ndjson --min-group-size 10
  cat region.ndjson | praktijkscan batch - | tail -n 1

Exit codes:
  0  done, even when some lines are bad (they are in the output)
  1  the input cannot be read at all (or the output cannot be written)
  2  usage error: unknown command or option, missing argument, bad option value`,
    )
    .action(
      async (
        file: string,
        options: {
          out?: string;
          minGroupSize: number;
          asOf?: string;
          lang: string;
          recommend?: boolean;
        },
      ) => {
        const [{ batchCommand }, { today }] = await Promise.all([
          import('./commands/batch'),
          import('./io'),
        ]);
        await batchCommand(io, file, {
          minGroupSize: options.minGroupSize,
          asOf: options.asOf ?? today(io),
          lang: locale(options.lang),
          recommend: options.recommend === true,
          ...(options.out === undefined ? {} : { out: options.out }),
        });
      },
    );

  return program;
}

// The language of the last command run: a write error of stdout can come after runCli has
// returned, and the bin reports it in that language (stdoutErrorMessage).
let lastLocale: Locale = 'nl';

/**
 * Runs the `praktijkscan` command line on the given arguments (without `node` and the script) and
 * streams, and resolves to the exit code: 0 ok, 1 invalid input, 2 usage error. It never calls
 * `process.exit` and never throws, so that tests and other tools can run it in-process.
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import { runCli } from '@praktijkscan/cli';
 *
 * const stdout = new PassThrough();
 * let text = '';
 * stdout.on('data', (chunk) => (text += chunk));
 * const code = await runCli(['questionnaire', '--format', 'markdown', '--lang', 'nl'], {
 *   stdin: process.stdin,
 *   stdout,
 *   stderr: process.stderr,
 * });
 * code; // 0
 * text.startsWith('# Praktijkscan digitale zorg'); // true
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Standard output that cannot be written (a full disk: ENOSPC) is reported like `--out`; a closed
  // pipe (`praktijkscan … | head`) is not an error of ours.
  let stdoutError: unknown;
  const onStdoutError = (error: unknown) => {
    stdoutError ??= error;
  };
  // Dutch, the default, unless the command was given another --lang.
  let locale: Locale = 'nl';
  io.stdout.on('error', onStdoutError);
  try {
    const code = await runProgram(argv, io, onStdoutError, (chosen) => {
      locale = chosen;
    });
    lastLocale = locale;
    await flushed(io.stdout);
    return (await reportStdoutError(io, stdoutError, locale)) ?? code;
  } finally {
    io.stdout.off('error', onStdoutError);
  }
}

/** Resolves once what was written to the stream has been handed on (or failed). */
function flushed(stream: CliIo['stdout']): Promise<void> {
  if (stream.destroyed || stream.writableEnded || stream.writableLength === 0)
    return Promise.resolve();
  return new Promise((resolve) => {
    stream.write('', () => resolve());
  });
}

async function reportStdoutError(
  io: CliIo,
  error: unknown,
  locale: Locale,
): Promise<number | undefined> {
  if (error === undefined) return undefined;
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') return undefined;
  io.stderr.write(`praktijkscan: ${await stdoutErrorMessage(error, locale)}\n`);
  return exitCodes.invalidInput;
}

/**
 * The message for a write error of stdout, in `locale`: by default the language of the last
 * command {@link runCli} ran, for an error that comes after it has returned.
 */
export async function stdoutErrorMessage(error: unknown, locale = lastLocale): Promise<string> {
  const [{ describeFileError }, { textsFor }] = await Promise.all([
    import('./io'),
    import('./locales'),
  ]);
  return textsFor(locale).fileErrors.cannotWrite('stdout', describeFileError(error, locale));
}

async function runProgram(
  argv: readonly string[],
  io: CliIo,
  onStdoutError: (error: unknown) => void,
  onLocale: (locale: Locale) => void,
): Promise<number> {
  const program = buildProgram(io, onLocale);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
        ? exitCodes.ok
        : exitCodes.usage;
    }
    if (error instanceof CliError) {
      const details = error.details.map((line) => `  ${line}\n`).join('');
      io.stderr.write(`praktijkscan: ${error.message}\n${details}`);
      return error.exitCode;
    }
    // A write to stdout that failed surfaces here too (thrown by a file's synchronous write, or
    // from waiting for `drain`): runCli says it once.
    if (
      (error as NodeJS.ErrnoException | undefined)?.syscall === 'write' ||
      isStdoutError(io, error)
    ) {
      onStdoutError(error);
      return exitCodes.invalidInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    const { boundedText } = await import('@praktijkscan/model');
    io.stderr.write(`praktijkscan: unexpected error: ${boundedText(message)}\n`);
    return exitCodes.invalidInput;
  }
}

function isStdoutError(io: CliIo, error: unknown): boolean {
  return io.stdout.errored !== null && io.stdout.errored === error;
}
