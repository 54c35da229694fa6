import type { Locale } from '@praktijkscan/model';
import { RecommendOptionsError, recommend } from '@praktijkscan/recommendations';
import { buildReportData, ReportDataError } from '@praktijkscan/report-data';
import {
  combineResponses,
  daysBetween,
  ScoreOptionsError,
  scoreTeam,
  TeamInputError,
} from '@praktijkscan/scoring';
import { CliError, issueLine } from '../errors';
import { type CliIo, readInput } from '../io';
import { teamTextsFor } from '../locales/team';
import { renderHtmlReport } from '../render/html-report';
import { renderMarkdownReport } from '../render/markdown-report';
import type { teamFormats } from './choices';
import { inputName } from './load';
import { writeOutput } from './score';

export interface TeamOptions {
  readonly format: (typeof teamFormats)[number];
  readonly out?: string;
  readonly lang: Locale;
  readonly asOf: string;
  readonly spreadToDiscuss?: number;
  readonly yesNoSpreadToDiscuss?: number;
}

/**
 * `praktijkscan team FILE...`: the responses of several members of one practice to one team
 * report. The files are read first; then every problem of every file is reported at once, each
 * line naming its file.
 */
export async function teamCommand(io: CliIo, sources: readonly string[], options: TeamOptions) {
  const errors = teamTextsFor(options.lang).errors;
  if (sources.filter((source) => source === '-').length > 1)
    throw new CliError(2, errors.stdinOnce);
  const inputs: unknown[] = [];
  for (const source of sources) {
    const text = await readInput(io, source, options.lang, inputName(source));
    try {
      inputs.push(JSON.parse(text));
    } catch (error) {
      throw new CliError(
        1,
        errors.notJson(inputName(source), error instanceof Error ? error.message : String(error)),
      );
    }
  }
  try {
    const combination = combineResponses(inputs, {
      locale: options.lang,
      ...(options.spreadToDiscuss === undefined
        ? {}
        : { spreadToDiscuss: options.spreadToDiscuss }),
      ...(options.yesNoSpreadToDiscuss === undefined
        ? {}
        : { yesNoSpreadToDiscuss: options.yesNoSpreadToDiscuss }),
    });
    const response = combination.response;
    if (daysBetween(response.completedOn, options.asOf) < 0)
      throw new CliError(1, errors.asOfBeforeCompletion(options.asOf, response.completedOn));
    const scores = scoreTeam(combination);
    const recommendations = await recommend(scores.team, response, {
      asOf: options.asOf,
      locale: options.lang,
      team: combination,
    });
    const report = buildReportData({
      response,
      result: scores.team,
      recommendations,
      asOf: options.asOf,
      locale: options.lang,
      team: { combination, scores },
    });
    const text =
      options.format === 'html'
        ? renderHtmlReport(report)
        : options.format === 'markdown'
          ? renderMarkdownReport(report)
          : `${JSON.stringify(report, null, 2)}\n`;
    await writeOutput(io, options.out, text, options.lang);
  } catch (error) {
    if (error instanceof TeamInputError) {
      throw new CliError(
        1,
        errors.notOneTeam(error.issues.length),
        error.issues.map((issue) => {
          const where = issue.index === null ? '' : `${inputName(sources[issue.index] ?? '')}: `;
          const pointer =
            issue.index === null ? issue.pointer : issue.pointer.replace(/^\/\d+/, '');
          return `${where}${issueLine({ ...issue, pointer })}`;
        }),
      );
    }
    if (error instanceof ScoreOptionsError) throw new CliError(2, error.message);
    if (error instanceof ReportDataError) throw new CliError(1, `${error.message} (${error.code})`);
    if (error instanceof RecommendOptionsError) throw new CliError(1, error.message);
    throw error;
  }
}
