import type { Locale, PracticeResponse } from '@praktijkscan/model';
import { RecommendOptionsError, recommend } from '@praktijkscan/recommendations';
import {
  buildReportData,
  type RegionalAggregate,
  type ReportData,
  ReportDataError,
} from '@praktijkscan/report-data';
import { daysBetween, type ScoreResult, scoreResponse } from '@praktijkscan/scoring';
import { CliError } from '../errors';
import { textsFor } from '../locales';

/** What a report is built from. */
export interface ReportInput {
  readonly response: PracticeResponse;
  readonly asOf: string;
  readonly locale: Locale;
  readonly previous?: PracticeResponse;
  readonly benchmark?: RegionalAggregate;
}

/** The whole pipeline: score, recommend, build the report data. */
export async function buildReport(
  input: ReportInput,
): Promise<{ report: ReportData; result: ScoreResult }> {
  const { response, asOf, locale } = input;
  if (daysBetween(response.completedOn, asOf) < 0) {
    throw new CliError(
      1,
      textsFor(locale).fileErrors.asOfBeforeCompletion(asOf, response.completedOn),
    );
  }
  try {
    const result = scoreResponse(response);
    const previous = input.previous ? scoreResponse(input.previous) : undefined;
    const recommendations = await recommend(result, response, { asOf, locale });
    const report = buildReportData({
      response,
      result,
      recommendations,
      asOf,
      locale,
      ...(previous ? { previous } : {}),
      ...(input.benchmark ? { benchmark: input.benchmark } : {}),
    });
    return { report, result };
  } catch (error) {
    if (error instanceof ReportDataError) {
      const subject = error.code.startsWith('previous-') ? '--previous: ' : '';
      throw new CliError(1, `${subject}${error.message} (${error.code})`);
    }
    if (error instanceof RecommendOptionsError) throw new CliError(1, error.message);
    throw error;
  }
}
