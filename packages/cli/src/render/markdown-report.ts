import { type Locale, matrixQuadrants } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { textsFor } from '../locales';
import type { CliTexts } from '../locales/types';
import { formatChange, formatIntegerChange, formatNumber } from './format';

/**
 * Escapes text for Markdown: inline markup characters (and a heading, list or quote marker at the
 * start) get a backslash and `<`, `>` and `&` become entities, so that no text of a response becomes a link, emphasis or raw HTML when the Markdown
 * is rendered; line breaks become spaces so that a table row stays one row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const e = escapeMarkdown;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function textTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * Renders a report as Markdown: the same content as the HTML report (summary, radar values,
 * aspects, sections, themes, INK phase ladder, effect/energy matrix, recommendations with reasons,
 * PDCA plan, monitoring, data quality) as headings, lists and tables. Every text of the response
 * is escaped.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { recommend } from '@praktijkscan/recommendations';
 * import { buildReportData } from '@praktijkscan/report-data';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * import { renderMarkdownReport } from '@praktijkscan/cli';
 *
 * const asOf = '2026-11-22';
 * const result = scoreResponse(sampleHalfway);
 * const recommendations = await recommend(result, sampleHalfway, { asOf, locale: 'nl' });
 * const report = buildReportData({ response: sampleHalfway, result, recommendations, asOf, locale: 'nl' });
 * renderMarkdownReport(report).startsWith('# Scan digitale zorg'); // true
 * ```
 */
export function renderMarkdownReport(report: ReportData): string {
  const locale: Locale = report.meta.locale;
  const texts: CliTexts = textsFor(locale);
  const score = (value: number | null) => formatNumber(value, locale, texts.noScore);
  const change = (value: number | null) => formatChange(value, locale);
  const { meta, summary } = report;
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks);

  push(
    `# ${e(texts.reportTitle)}: ${e(meta.practiceName ?? meta.practiceId)}`,
    textTable(
      [texts.meta.practice, e(meta.practiceName ?? meta.practiceId)],
      [
        [texts.meta.practiceId, e(meta.practiceId)],
        [texts.meta.completedOn, meta.completedOn],
        [texts.meta.asOf, meta.asOf],
        [texts.meta.questionnaire, e(texts.meta.questionnaireVersion(meta.questionnaire.version))],
      ],
    ),
  );

  const phase =
    summary.inkPhase.phase === 0
      ? texts.summary.noPhase
      : `${summary.inkPhase.phase} · ${e(summary.inkPhase.label ?? '')}`;
  const summaryLines = [
    `- **${texts.summary.overall}**: ${score(summary.overall)}`,
    `- **${texts.summary.selfAssessment}**: ${score(summary.selfAssessment)} (${texts.summary.gap}: ${change(summary.selfAssessmentGap)})`,
    `- **${texts.summary.inkPhase}**: ${phase}`,
    `- **${texts.summary.completeness}**: ${score(summary.completeness.percentage)}% (${texts.summary.answeredOf(summary.completeness.answered, summary.completeness.applicable)})`,
  ];
  if (report.trend) {
    summaryLines.push(
      `- **${texts.summary.trend}** (${texts.summary.previousCompletedOn} ${report.trend.previousCompletedOn}): ${texts.summary.overallChange} ${change(report.trend.overallChange)}; ${texts.summary.inkPhaseChange} ${formatIntegerChange(report.trend.inkPhaseChange)}. ${e(report.trend.comparability)}`,
    );
  }
  if (report.benchmark) {
    const { benchmark } = report;
    summaryLines.push(
      `- **${texts.summary.benchmark}**: ${
        benchmark.suppressed || benchmark.overall === null
          ? texts.summary.benchmarkSuppressed
          : `${texts.summary.benchmarkGroup(benchmark.n ?? 0)}: p25 ${score(benchmark.overall.p25)}, median ${score(benchmark.overall.median)}, p75 ${score(benchmark.overall.p75)}`
      }`,
    );
  }
  push(`## ${texts.headings.summary}`, summaryLines.join('\n'));

  push(
    `## ${texts.headings.radar}`,
    table(
      [texts.table.aspect, ...report.radar.series.map((series) => e(series.label))],
      report.radar.axes.map((axis, index) => [
        e(axis.label),
        ...report.radar.series.map((series) => score(series.values[index] ?? null)),
      ]),
    ),
    `_${texts.radar.caption}. ${texts.radar.gapNote}_`,
  );

  push(
    `## ${texts.headings.aspects}`,
    table(
      [
        texts.table.aspect,
        texts.table.score,
        texts.table.coverage,
        texts.table.change,
        texts.table.benchmark,
      ],
      report.aspects.map((aspect) => [
        e(aspect.label),
        score(aspect.score),
        score(aspect.coverage),
        change(aspect.change),
        aspect.benchmarkPosition
          ? (texts.benchmarkPositions[aspect.benchmarkPosition] ?? aspect.benchmarkPosition)
          : '–',
      ]),
    ),
    `### ${texts.headings.sections}`,
    table(
      [texts.table.section, texts.table.score, texts.table.coverage],
      report.sections.map((section) => [
        e(section.label),
        score(section.score),
        score(section.coverage),
      ]),
    ),
    `### ${texts.headings.themes}`,
    table(
      [texts.table.theme, texts.table.score, texts.table.coverage],
      report.themes.map((theme) => [e(theme.label), score(theme.score), score(theme.coverage)]),
    ),
  );

  push(
    `## ${texts.headings.phaseLadder}`,
    [...report.phaseLadder]
      .reverse()
      .map((rung) => {
        const line = `- **${rung.phase} · ${e(rung.label)}**: ${texts.ladder.status[rung.status]}. ${e(rung.emphasis)}`;
        return rung.status === 'next'
          ? `${line}\n  ${texts.ladder.progress}: ${score(rung.progress)}; ${texts.ladder.earliestDate} ${rung.earliestDate ?? '–'}, ${texts.ladder.typicalDate} ${rung.typicalDate ?? '–'}`
          : line;
      })
      .join('\n'),
  );

  const placement = new Map(matrixQuadrants.map((quadrant) => [quadrant.id, quadrant]));
  const list = (items: readonly { title: string; effect: number; energy: number }[]) =>
    items.length === 0
      ? `- _${texts.matrix.none}_`
      : items.map((item) => `- ${e(item.title)} (${item.effect}/${item.energy})`).join('\n');
  push(`## ${texts.headings.matrix}`, `_${texts.matrix.ratingNote}_`);
  for (const quadrant of report.matrix) {
    const place = placement.get(quadrant.quadrant);
    const position = place
      ? `${texts.matrix.effect} ${place.highEffect ? texts.matrix.high : texts.matrix.low}, ${texts.matrix.energy.toLowerCase()} ${place.highEnergy ? texts.matrix.high : texts.matrix.low}`
      : '';
    push(
      `### ${e(quadrant.label)} (${quadrant.planned ? texts.matrix.planned : texts.matrix.notPlanned})`,
      `_${position}._ ${e(quadrant.description)}`,
      `**${texts.matrix.recommendations}**\n\n${list(quadrant.recommendations)}`,
      `**${texts.matrix.ideas}**\n\n${list(quadrant.ideas)}`,
    );
  }

  const t = texts.recommendation;
  const quadrantLabel = (id: string) =>
    report.matrix.find((quadrant) => quadrant.quadrant === id)?.label ?? id;
  push(`## ${texts.headings.recommendations}`);
  if (report.recommendations.length === 0) push(t.none);
  for (const step of report.recommendations) {
    push(
      `### ${step.rank}. ${e(step.title)}`,
      [
        `- ${t.quadrant}: ${e(quadrantLabel(step.quadrant))}; ${t.effectEnergy}: ${step.effect} / ${step.energy}${step.rated ? ` (${t.rated})` : ''}`,
        `- ${t.startBy}: ${step.startBy}; ${t.evaluateOn}: ${step.evaluateOn}`,
        `- ${t.roles}: ${step.roles.map((role) => e(role.label)).join(', ')}`,
      ].join('\n'),
      e(step.description),
      `**${t.reasons}:**\n\n${step.reasons.map((reason) => `- ${e(reason.text)}`).join('\n')}`,
      `${t.rationale}: ${e(step.rationale)} (${t.source}: ${e(step.source.heading)})`,
    );
  }

  push(`## ${texts.headings.plan}`);
  for (const phase of report.plan) {
    push(
      `### ${e(phase.label)} (${phase.startsOn ?? '–'} – ${phase.endsOn ?? '–'})`,
      `**${texts.plan.activities}:**\n\n${phase.activities.map((activity) => `- **${e(activity.label)}**: ${e(activity.description)}`).join('\n')}`,
      `**${texts.plan.roles}:** ${phase.roles.map((role) => e(role.label)).join(', ')}`,
      phase.items.length === 0
        ? `_${texts.plan.noItems}_`
        : textTable(
            [texts.plan.items, t.roles, t.startBy, t.evaluateOn],
            phase.items.map((item) => [
              e(item.title),
              item.roles.map((role) => e(role.label)).join(', '),
              item.startBy,
              item.evaluateOn,
            ]),
          ),
    );
  }

  const m = report.monitoring;
  const status = (overdue: boolean) =>
    overdue ? `**${texts.monitoring.overdue}**` : texts.monitoring.onTime;
  push(
    `## ${texts.headings.monitoring}`,
    textTable(
      [
        texts.monitoring.what,
        texts.monitoring.last,
        texts.monitoring.nextDue,
        texts.monitoring.status,
      ],
      [
        [
          texts.monitoring.questionnaire,
          m.lastQuestionnaireOn,
          m.nextQuestionnaireDue,
          status(m.questionnaireOverdue),
        ],
        [
          texts.monitoring.visit,
          m.lastVisitOn ?? texts.monitoring.unknown,
          m.nextVisitDue,
          status(m.visitOverdue),
        ],
      ],
    ),
  );

  const q = report.dataQuality;
  push(
    `## ${texts.headings.dataQuality}`,
    [
      `- ${texts.dataQuality.answered}: ${q.answered} / ${q.applicable} (${score(q.percentage)}%)`,
      `- ${texts.dataQuality.lowCoverage}: ${q.lowCoverageAspects.length === 0 ? texts.dataQuality.noneLow : q.lowCoverageAspects.map((aspect) => e(aspect.label)).join(', ')}`,
      `- ${texts.dataQuality.missing}: ${q.missing.length === 0 ? texts.dataQuality.noneMissing : ''}`,
      ...q.missing.map((item) => `  - \`${item.id}\` ${e(item.text)}`),
    ].join('\n'),
    `_${e(texts.meta.generatedBy(meta.packageVersion))} · ${texts.meta.asOf} ${meta.asOf}_`,
  );
  return `${out.join('\n\n')}\n`;
}
