import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Locale, parseResponse } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { CliError } from '../errors';
import { type CliIo, describeFileError, resolvePath, writeText } from '../io';
import { textsFor } from '../locales';
import { formatNumber } from '../render/format';
import { renderHtmlReport } from '../render/html-report';
import { renderMarkdownReport } from '../render/markdown-report';
import { buildReport } from './report';

/** The demo's fixed "now", so that it gives the same output on every machine and every day. */
export const demoAsOf = '2026-11-22';

/** The demo's default output directory. */
export const demoOutDir = './praktijkscan-report';

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
    throw new CliError(1, `cannot write to ${options.out}: ${describeFileError(error)}`);
  }

  const format = (value: number | null) => formatNumber(value, locale);
  const next = result.inkPhase.next;
  const steps = report.recommendations;
  const lines = [
    texts.title(response.practiceName ?? response.practiceId, response.completedOn, demoAsOf),
    `(${texts.fixedDate})`,
    `${result.questionnaire.id} ${result.questionnaire.version}: ${texts.items(result.completeness.answered, result.completeness.applicable)}`,
    '',
    `${texts.overall.padEnd(22)} ${format(result.overall).padStart(5)}   (${texts.ownJudgement}: ${format(result.selfAssessment?.score ?? null)})`,
    ...report.aspects.map(
      (aspect) =>
        `  ${aspect.label.padEnd(20)} ${format(aspect.score).padStart(5)}   ${texts.coverage} ${format(aspect.coverage).padStart(5)}`,
    ),
    '',
    `${texts.inkPhase.padEnd(22)} ${result.inkPhase.phase}${report.summary.inkPhase.label ? ` (${report.summary.inkPhase.label})` : ''}`,
    `${texts.nextPhase.padEnd(22)} ${
      next
        ? texts.nextPhaseDetail(
            next.phase,
            format(next.progress),
            next.earliestDate,
            next.typicalDate,
          )
        : texts.lastPhase
    }`,
    '',
    texts.firstSteps(steps.length),
    ...steps
      .slice(0, 3)
      .flatMap((step) => [
        `  ${step.rank}. ${step.title} [${report.matrix.find((quadrant) => quadrant.quadrant === step.quadrant)?.label ?? step.quadrant}, ${texts.startBy} ${step.startBy}, ${texts.evaluateOn} ${step.evaluateOn}]`,
        ...step.reasons.map((reason) => `     ${texts.because}: ${reason.text}`),
      ]),
    '',
    texts.written,
    ...files.map(([name]) => `  ${join(options.out, name)}`),
  ];
  await writeText(io.stdout, `${lines.join('\n')}\n`);
}
