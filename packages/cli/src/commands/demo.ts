import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Locale, parseResponse } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { CliError } from '../errors';
import { type CliIo, describeFileError, resolvePath, writeText } from '../io';
import { textsFor } from '../locales';
import { formatDate, formatNumber, formatPercent } from '../render/format';
import { renderHtmlReport } from '../render/html-report';
import { renderMarkdownReport } from '../render/markdown-report';
import { demoAsOf } from './choices';
import { buildReport } from './report';

/**
 * `praktijkscan demo`: scores the embedded sample practice as of {@link demoAsOf}, writes
 * `report.html`, `report.md`, `report-data.json` and the scored `response.json`, and prints a
 * summary and the four paths.
 */
export async function demoCommand(io: CliIo, options: { lang: Locale; out: string }) {
  const locale = options.lang;
  const texts = textsFor(locale).demo;
  const response = parseResponse(sampleHalfway);
  const { report, result } = await buildReport({ response, asOf: demoAsOf, locale });

  const files = [
    ['report.html', renderHtmlReport(report)],
    ['report.md', renderMarkdownReport(report)],
    ['report-data.json', `${JSON.stringify(report, null, 2)}\n`],
    // The response it scored, to try `score`, `validate` and `batch` on.
    ['response.json', `${JSON.stringify(sampleHalfway, null, 2)}\n`],
  ] as const;
  const directory = resolvePath(io, options.out);
  try {
    await mkdir(directory, { recursive: true });
    for (const [name, text] of files) await writeFile(join(directory, name), text);
  } catch (error) {
    throw new CliError(
      1,
      textsFor(locale).fileErrors.cannotWriteInto(options.out, describeFileError(error, locale)),
    );
  }

  const format = (value: number | null) => formatNumber(value, locale);
  // Dates as the report writes them in its language (long dates), not as JSON does.
  const date = (value: string | null) => formatDate(value, locale);
  const next = result.inkPhase.next;
  // What to do now is the roadmap's focus, as on the report's first page; the reasons are the
  // recommendation's.
  const focus = report.plan.focus;
  const recommended = new Map(report.recommendations.map((step) => [step.id, step]));
  const lines = [
    texts.title(
      response.practiceName ?? response.practiceId,
      date(response.completedOn),
      date(demoAsOf),
    ),
    `(${texts.fixedDate})`,
    `${result.questionnaire.id} ${result.questionnaire.version}: ${texts.items(result.completeness.answered, result.completeness.applicable)}`,
    '',
    `${texts.overall.padEnd(22)} ${format(result.overall).padStart(5)}   (${texts.ownJudgement}: ${format(result.selfAssessment?.score ?? null)})`,
    ...report.aspects.map(
      (aspect) =>
        `  ${aspect.label.padEnd(20)} ${format(aspect.score).padStart(5)}   ${texts.coverage} ${formatPercent(aspect.coverage, locale).padStart(6)}`,
    ),
    '',
    `${texts.inkPhase.padEnd(22)} ${result.inkPhase.phase}${report.summary.inkPhase.label ? ` (${report.summary.inkPhase.label})` : ''}`,
    `${texts.nextPhase.padEnd(22)} ${
      next
        ? texts.nextPhaseDetail(
            next.phase,
            formatPercent(next.progress, locale),
            date(next.earliestDate),
            date(next.typicalDate),
          )
        : texts.lastPhase
    }`,
    '',
    texts.focus(focus.length, report.recommendations.length),
    ...focus.flatMap((step, index) => [
      `  ${index + 1}. ${step.title} [${texts.startBy} ${date(step.startBy)}, ${texts.evaluateOn} ${date(step.evaluateOn)}]`,
      ...(recommended.get(step.id)?.reasons ?? []).map(
        (reason) => `     ${texts.because}: ${reason.text}`,
      ),
    ]),
    '',
    texts.written,
    ...files.map(([name]) => `  ${join(options.out, name)}`),
  ];
  await writeText(io.stdout, `${lines.join('\n')}\n`);
}
