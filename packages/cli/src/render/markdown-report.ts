import { type Locale, matrixQuadrants } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { textsFor } from '../locales';
import type { CliTexts } from '../locales/types';
import {
  formatChange,
  formatDate,
  formatIntegerChange,
  formatNumber,
  formatPercent,
  usageLabel,
} from './format';
import { teamMarkdown } from './team-markdown';

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
  const percent = (value: number | null) => formatPercent(value, locale, texts.noScore);
  const date = (value: string | null, fallback = '–') => formatDate(value, locale, fallback);
  const { meta, summary } = report;
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks);

  push(
    `# ${e(texts.reportTitle)}: ${e(meta.practiceName ?? meta.practiceId)}`,
    textTable(
      [texts.meta.practice, e(meta.practiceName ?? meta.practiceId)],
      [
        [texts.meta.practiceId, e(meta.practiceId)],
        [texts.meta.completedOn, date(meta.completedOn)],
        [texts.meta.asOf, date(meta.asOf)],
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
    `- **${texts.summary.completeness}**: ${percent(summary.completeness.percentage)} (${texts.summary.answeredOf(summary.completeness.answered, summary.completeness.applicable)})`,
  ];
  if (report.trend) {
    summaryLines.push(
      `- **${texts.summary.trend}** (${texts.summary.previousCompletedOn} ${date(report.trend.previousCompletedOn)}): ${texts.summary.overallChange} ${change(report.trend.overallChange)}; ${texts.summary.inkPhaseChange} ${formatIntegerChange(report.trend.inkPhaseChange)}. ${e(report.trend.comparability)}`,
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
  if (!report.trend)
    summaryLines.push(`- **${texts.onePage.lastYear}**: ${e(texts.onePage.noPrevious)}`);
  if (!report.benchmark)
    summaryLines.push(`- **${texts.onePage.region}**: ${e(texts.onePage.noBenchmark)}`);
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
  const team = teamMarkdown(report, locale, e);
  if (team !== null) push(team);

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
        percent(aspect.coverage),
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
        percent(section.coverage),
      ]),
    ),
    `### ${texts.headings.themes}`,
    table(
      [texts.table.theme, texts.table.score, texts.table.coverage],
      report.themes.map((theme) => [e(theme.label), score(theme.score), percent(theme.coverage)]),
    ),
  );
  push(...adoptionMarkdown(report, texts));

  push(
    `## ${texts.headings.phaseLadder}`,
    [...report.phaseLadder]
      .reverse()
      .map((rung) => {
        const line = `- **${rung.phase} · ${e(rung.label)}**: ${texts.ladder.status[rung.status]}. ${e(rung.emphasis)}`;
        return rung.status === 'next'
          ? `${line}\n  ${texts.ladder.progress}: ${percent(rung.progress)}; ${texts.ladder.earliestDate} ${date(rung.earliestDate)}, ${texts.ladder.typicalDate} ${date(rung.typicalDate)}`
          : line;
      })
      .join('\n'),
  );

  const tp = texts.plan;
  const planRows = (steps: ReportData['plan']['focus']) =>
    textTable(
      [
        tp.items,
        texts.recommendation.roles,
        texts.recommendation.startBy,
        texts.recommendation.evaluateOn,
      ],
      steps.map((step) => {
        const tags = [
          step.maintenance ? tp.maintenance : null,
          step.kind === 'idea' ? tp.idea : null,
        ]
          .filter((tag) => tag !== null)
          .join(', ');
        const ideas =
          step.ideas.length === 0 ? '' : ` (${tp.ideas}: ${step.ideas.map(e).join(', ')})`;
        return [
          `${e(step.title)}${tags === '' ? '' : ` _(${tags})_`}${ideas}`,
          step.roles.map((role) => e(role.label)).join(', '),
          date(step.startBy),
          date(step.evaluateOn),
        ];
      }),
    );
  push(
    `## ${texts.headings.focus}`,
    tp.focusIntro(report.plan.capacity),
    report.plan.focus.length === 0
      ? `_${tp.noFocus}_`
      : report.plan.focus
          .map(
            (step, index) =>
              `${index + 1}. **${e(step.title)}** (${texts.recommendation.startBy.toLowerCase()} ${date(step.startBy)}, ${texts.recommendation.evaluateOn.toLowerCase()} ${date(step.evaluateOn)})`,
          )
          .join('\n'),
    `## ${texts.headings.roadmap}`,
  );
  for (const quarter of report.plan.quarters) {
    push(
      `### ${tp.quarter(quarter.index)} (${date(quarter.startsOn)} – ${date(quarter.endsOn)})`,
      quarter.steps.length === 0 ? `_${tp.noItems}_` : planRows(quarter.steps),
    );
  }
  push(
    `## ${texts.headings.later}`,
    report.plan.later.length === 0
      ? `_${tp.noLater}_`
      : report.plan.later.map((entry) => `- **${e(entry.title)}**: ${e(entry.text)}`).join('\n'),
    `## ${texts.headings.avoid}`,
    report.plan.avoid.length === 0
      ? `_${tp.noAvoid}_`
      : report.plan.avoid.map((entry) => `- **${e(entry.title)}**: ${e(entry.text)}`).join('\n'),
    `## ${texts.headings.notes}`,
    report.notes.length === 0
      ? `_${tp.noNotes}_`
      : report.notes
          .map(
            (note) =>
              `- **${e(note.title)}**: ${e(note.description)}${note.reasons.map((reason) => `\n  - ${e(reason)}`).join('')}`,
          )
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
        step.startBy === null || step.evaluateOn === null
          ? `- ${texts.plan.later}`
          : `- ${t.startBy}: ${date(step.startBy)}; ${t.evaluateOn}: ${date(step.evaluateOn)}`,
        `- ${t.roles}: ${step.roles.map((role) => e(role.label)).join(', ')}`,
      ].join('\n'),
      e(step.description),
      `**${t.reasons}:**\n\n${step.reasons.map((reason) => `- ${e(reason.text)}`).join('\n')}`,
      `${t.rationale}: ${e(step.rationale)} (${t.source}: ${e(step.source.heading)})`,
    );
  }

  push(`## ${texts.headings.plan}`);
  for (const phase of report.pdca.phases) {
    push(
      `### ${e(phase.label)}`,
      `**${texts.plan.activities}:**\n\n${phase.activities.map((activity) => `- **${e(activity.label)}**: ${e(activity.description)}`).join('\n')}`,
      `**${texts.plan.roles}:** ${phase.roles.map((role) => e(role.label)).join(', ')}`,
    );
  }
  push(
    texts.plan.cycleIntro,
    report.pdca.steps.length === 0
      ? `_${texts.plan.noItems}_`
      : textTable(
          [texts.plan.items, ...report.pdca.phases.map((phase) => e(phase.label))],
          report.pdca.steps.map((step) => [
            e(step.title),
            ...step.cycle.map((activity) => date(activity.on)),
          ]),
        ),
  );

  const m = report.monitoring;
  const status = (state: 'on-time' | 'overdue' | 'unknown' | 'not-held') =>
    state === 'overdue'
      ? `**${texts.monitoring.overdue}**`
      : state === 'on-time'
        ? texts.monitoring.onTime
        : state === 'unknown'
          ? texts.monitoring.unknown
          : texts.monitoring.notHeld;
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
          date(m.lastQuestionnaireOn),
          date(m.nextQuestionnaireDue),
          status(m.questionnaireOverdue ? 'overdue' : 'on-time'),
        ],
        [
          texts.monitoring.visit,
          date(m.lastVisitOn, texts.monitoring.unknown),
          date(m.nextVisitDue, texts.monitoring.none),
          status(m.visitStatus),
        ],
      ],
    ),
  );

  const q = report.dataQuality;
  push(
    `## ${texts.headings.dataQuality}`,
    [
      `- ${texts.dataQuality.answered}: ${q.answered} / ${q.applicable} (${percent(q.percentage)})`,
      `- ${texts.dataQuality.lowCoverage}: ${q.lowCoverageAspects.length === 0 ? texts.dataQuality.noneLow : q.lowCoverageAspects.map((aspect) => e(aspect.label)).join(', ')}`,
      `- ${texts.dataQuality.missing}: ${q.missing.length === 0 ? texts.dataQuality.noneMissing : ''}`,
      ...q.missing.map((item) => `  - \`${item.id}\` ${e(item.text)}`),
    ].join('\n'),
    `_${e(texts.meta.generatedBy(meta.packageVersion))} · ${texts.meta.asOf} ${date(meta.asOf)}_`,
  );
  return `${out.join('\n\n')}\n`;
}

/** The adoption of application types: a table per domain and the list of applications, apart from the scores. */
function adoptionMarkdown(report: ReportData, texts: CliTexts): string[] {
  const t = texts.adoption;
  const a = report.adoption;
  const locale = report.meta.locale;
  const head = [`## ${texts.headings.adoption}`, t.intro];
  if (a.applications.length === 0) return [...head, t.noneAsked];
  const asked = a.domains.filter((domain) => domain.asked > 0);
  const row = (label: string, counts: typeof a.nivelTypes) => [
    e(label),
    t.ofAsked(counts.inUse, counts.asked),
    String(counts.notApplicable),
    String(counts.missing),
    formatNumber(counts.usageLevel, locale, texts.noScore),
  ];
  return [
    ...head,
    `_${t.inUseFrom(usageLabel(a.inUseFrom, locale))}_`,
    table(
      // Without the soft hyphen the HTML heading has for narrow screens.
      [t.domain, t.inUse, t.notApplicable, t.missing, t.usageLevel.replaceAll('\u00AD', '')],
      [...asked.map((domain) => row(domain.label, domain)), row(a.nivelTypes.label, a.nivelTypes)],
    ),
    `_${t.usageLevelNote}_`,
    `### ${t.perApplication}`,
    ...asked.map((domain) =>
      [
        `**${e(domain.label)}**`,
        '',
        ...a.applications
          .filter((application) => application.domain === domain.id)
          .map(
            (application) =>
              `- ${e(application.label)}${application.nivelType ? ` (${t.nivelType})` : ''}: ${e(application.answerLabel)}`,
          ),
      ].join('\n'),
    ),
  ];
}
