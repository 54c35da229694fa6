import { type Locale, matrixQuadrants } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { textsFor } from '../locales';
import type { CliTexts } from '../locales/types';
import { formatChange, formatIntegerChange, formatNumber } from './format';
import { renderRadarSvg } from './radar';
import { html, type SafeHtml } from './safe-html';
import { reportStyles } from './styles';

interface Context {
  readonly report: ReportData;
  readonly texts: CliTexts;
  readonly locale: Locale;
}

const score = (value: number | null, { texts, locale }: Context) =>
  formatNumber(value, locale, texts.noScore);

function header({ report, texts }: Context): SafeHtml {
  const { meta } = report;
  return html`<header class="report-header">
<p class="kicker">${texts.reportTitle}</p>
<h1>${meta.practiceName ?? meta.practiceId}</h1>
<dl class="meta">
<div><dt>${texts.meta.practiceId}</dt><dd>${meta.practiceId}</dd></div>
<div><dt>${texts.meta.completedOn}</dt><dd><time datetime="${meta.completedOn}">${meta.completedOn}</time></dd></div>
<div><dt>${texts.meta.asOf}</dt><dd><time datetime="${meta.asOf}">${meta.asOf}</time></dd></div>
<div><dt>${texts.meta.questionnaire}</dt><dd>${texts.meta.questionnaireVersion(meta.questionnaire.version)}</dd></div>
</dl>
</header>`;
}

function summary(context: Context): SafeHtml {
  const { report, texts, locale } = context;
  const { summary: data, trend, benchmark } = report;
  const phase =
    data.inkPhase.phase === 0
      ? texts.summary.noPhase
      : `${data.inkPhase.phase} · ${data.inkPhase.label ?? ''}`;
  const trendMarkup = trend
    ? html`<div class="figure"><dt>${texts.summary.trend}</dt><dd><span class="small">${texts.summary.previousCompletedOn} ${trend.previousCompletedOn}</span><br>${texts.summary.overallChange}: <strong>${formatChange(trend.overallChange, locale)}</strong>; ${texts.summary.inkPhaseChange}: <strong>${formatIntegerChange(trend.inkPhaseChange)}</strong><br><span class="small">${trend.comparability}</span></dd></div>`
    : null;
  const benchmarkMarkup = benchmark
    ? html`<div class="figure"><dt>${texts.summary.benchmark}</dt><dd>${
        benchmark.suppressed || benchmark.overall === null
          ? texts.summary.benchmarkSuppressed
          : html`${texts.summary.benchmarkGroup(benchmark.n ?? 0)}: p25 ${score(benchmark.overall.p25, context)}, median ${score(benchmark.overall.median, context)}, p75 ${score(benchmark.overall.p75, context)}`
      }</dd></div>`
    : null;
  return html`<section id="summary" class="section">
<h2>${texts.headings.summary}</h2>
<dl class="figures">
<div class="figure big"><dt>${texts.summary.overall}</dt><dd>${score(data.overall, context)}</dd></div>
<div class="figure big"><dt>${texts.summary.selfAssessment}</dt><dd>${score(data.selfAssessment, context)}<span class="small"> (${texts.summary.gap}: ${formatChange(data.selfAssessmentGap, locale)})</span></dd></div>
<div class="figure big"><dt>${texts.summary.inkPhase}</dt><dd>${phase}</dd></div>
<div class="figure big"><dt>${texts.summary.completeness}</dt><dd>${score(data.completeness.percentage, context)}%<span class="small"> (${texts.summary.answeredOf(data.completeness.answered, data.completeness.applicable)})</span></dd></div>
${trendMarkup}${benchmarkMarkup}
</dl>
</section>`;
}

function radar(context: Context): SafeHtml {
  const { report, texts, locale } = context;
  const legend = report.radar.series.map(
    (series) =>
      html`<li class="legend-${series.id}"><svg width="28" height="12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6"/></svg> ${series.label}</li>`,
  );
  return html`<section id="radar" class="section">
<h2>${texts.headings.radar}</h2>
<figure class="radar">${renderRadarSvg(report.radar, texts, locale)}
<figcaption><ul class="legend">${legend}</ul><p class="small">${texts.radar.caption}. ${texts.radar.gapNote}</p></figcaption>
</figure>
</section>`;
}

function scoreTable(
  context: Context,
  firstColumn: string,
  rows: readonly {
    label: string;
    score: number | null;
    coverage: number | null;
    change?: number | null;
    benchmarkPosition?: string | null;
  }[],
  extended: boolean,
): SafeHtml {
  const { texts, locale } = context;
  const bar = (value: number | null) =>
    value === null
      ? null
      : html`<span class="bar" aria-hidden="true"><span style="width:${value}%"></span></span>`;
  return html`<table class="scores">
<thead><tr><th scope="col">${firstColumn}</th><th scope="col" class="num">${texts.table.score}</th><th scope="col" class="num">${texts.table.coverage}</th>${
    extended
      ? html`<th scope="col" class="num">${texts.table.change}</th><th scope="col">${texts.table.benchmark}</th>`
      : null
  }</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr><th scope="row">${row.label}</th><td class="num">${score(row.score, context)} ${bar(row.score)}</td><td class="num">${score(row.coverage, context)}</td>${
        extended
          ? html`<td class="num">${formatChange(row.change ?? null, locale)}</td><td>${
              row.benchmarkPosition
                ? (texts.benchmarkPositions[row.benchmarkPosition] ?? row.benchmarkPosition)
                : '–'
            }</td>`
          : null
      }</tr>\n`,
  )}</tbody>
</table>`;
}

function aspects(context: Context): SafeHtml {
  const { report, texts } = context;
  return html`<section id="aspects" class="section">
<h2>${texts.headings.aspects}</h2>
${scoreTable(context, texts.table.aspect, report.aspects, true)}
</section>
<section id="sections" class="section">
<h2>${texts.headings.sections}</h2>
${scoreTable(context, texts.table.section, report.sections, false)}
</section>
<section id="themes" class="section">
<h2>${texts.headings.themes}</h2>
${scoreTable(context, texts.table.theme, report.themes, false)}
</section>`;
}

function phaseLadder(context: Context): SafeHtml {
  const { report, texts } = context;
  const rungs = [...report.phaseLadder].reverse().map((rung) => {
    const next =
      rung.status === 'next'
        ? html`<div class="next-phase"><span>${texts.ladder.progress}: ${score(rung.progress, context)}</span>${
            rung.progress === null
              ? null
              : html`<span class="bar wide" aria-hidden="true"><span style="width:${rung.progress}%"></span></span>`
          }<span>${texts.ladder.earliestDate} <time datetime="${rung.earliestDate ?? ''}">${rung.earliestDate ?? '–'}</time>, ${texts.ladder.typicalDate} <time datetime="${rung.typicalDate ?? ''}">${rung.typicalDate ?? '–'}</time></span></div>`
        : null;
    return html`<li class="rung rung-${rung.status}" data-phase="${rung.phase}" data-status="${rung.status}">
<span class="rung-number">${rung.phase}</span>
<div class="rung-body"><p class="rung-title"><strong>${rung.label}</strong> <span class="badge badge-${rung.status}">${texts.ladder.status[rung.status]}</span></p>
<p class="small">${rung.emphasis}</p>${next}</div>
</li>\n`;
  });
  return html`<section id="phase-ladder" class="section">
<h2>${texts.headings.phaseLadder}</h2>
<ol class="ladder" reversed>${rungs}</ol>
</section>`;
}

function matrix(context: Context): SafeHtml {
  const { report, texts } = context;
  const placement = new Map(matrixQuadrants.map((quadrant) => [quadrant.id, quadrant]));
  const cell = (effectHigh: boolean, energyHigh: boolean) => {
    const entry = report.matrix.find((quadrant) => {
      const place = placement.get(quadrant.quadrant);
      return place?.highEffect === effectHigh && place.highEnergy === energyHigh;
    });
    if (!entry) return html`<div class="quadrant"></div>`;
    const list = (items: readonly { title: string; effect: number; energy: number }[]) =>
      items.length === 0
        ? html`<p class="small muted">${texts.matrix.none}</p>`
        : html`<ul>${items.map((item) => html`<li>${item.title} <span class="small muted">(${item.effect}/${item.energy})</span></li>`)}</ul>`;
    return html`<div class="quadrant quadrant-${entry.quadrant}" data-quadrant="${entry.quadrant}">
<h3>${entry.label} <span class="badge ${entry.planned ? 'badge-planned' : 'badge-not-planned'}">${entry.planned ? texts.matrix.planned : texts.matrix.notPlanned}</span></h3>
<p class="small">${entry.description}</p>
<h4>${texts.matrix.recommendations}</h4>${list(entry.recommendations)}
<h4>${texts.matrix.ideas}</h4>${list(entry.ideas)}
</div>`;
  };
  const { effect, energy, high, low } = texts.matrix;
  return html`<section id="matrix" class="section">
<h2>${texts.headings.matrix}</h2>
<div class="matrix">
<div class="matrix-axis matrix-y-high">${effect}: ${high}</div>${cell(true, false)}${cell(true, true)}
<div class="matrix-axis matrix-y-low">${effect}: ${low}</div>${cell(false, false)}${cell(false, true)}
<div></div><div class="matrix-axis matrix-x">${energy}: ${low}</div><div class="matrix-axis matrix-x">${energy}: ${high}</div>
</div>
<p class="small muted">${texts.matrix.ratingNote}</p>
</section>`;
}

function recommendations(context: Context): SafeHtml {
  const { report, texts } = context;
  const quadrantLabel = (id: string) =>
    report.matrix.find((quadrant) => quadrant.quadrant === id)?.label ?? id;
  const t = texts.recommendation;
  const items = report.recommendations.map(
    (step) => html`<li class="recommendation" data-id="${step.id}" value="${step.rank}">
<h3>${step.title}</h3>
<p class="facts"><span>${t.quadrant}: <strong>${quadrantLabel(step.quadrant)}</strong></span> <span>${t.effectEnergy}: ${step.effect} / ${step.energy}${step.rated ? ` (${t.rated})` : ''}</span> <span>${t.startBy}: <time datetime="${step.startBy}">${step.startBy}</time></span> <span>${t.evaluateOn}: <time datetime="${step.evaluateOn}">${step.evaluateOn}</time></span></p>
<p>${step.description}</p>
<p class="small"><strong>${t.reasons}:</strong></p>
<ul class="reasons">${step.reasons.map((reason) => html`<li>${reason.text}</li>`)}</ul>
<p class="small"><strong>${t.roles}:</strong> ${step.roles.map((role) => role.label).join(', ')}. <strong>${t.rationale}:</strong> ${step.rationale} <span class="muted">(${t.source}: ${step.source.heading})</span></p>
</li>\n`,
  );
  return html`<section id="recommendations" class="section">
<h2>${texts.headings.recommendations}</h2>
${items.length === 0 ? html`<p>${t.none}</p>` : html`<ol class="recommendations">${items}</ol>`}
</section>`;
}

function plan(context: Context): SafeHtml {
  const { report, texts } = context;
  const t = texts.plan;
  const phases = report.plan.map(
    (phase) => html`<div class="pdca" data-phase="${phase.phase}">
<h3>${phase.label} <span class="small muted">${t.period}: ${phase.startsOn ?? '–'} – ${phase.endsOn ?? '–'}</span></h3>
<p class="small"><strong>${t.activities}:</strong></p>
<ul class="small">${phase.activities.map((activity) => html`<li><strong>${activity.label}</strong>: ${activity.description}</li>`)}</ul>
<p class="small"><strong>${t.roles}:</strong> ${phase.roles.map((role) => role.label).join(', ')}</p>
${
  phase.items.length === 0
    ? html`<p class="small muted">${t.noItems}</p>`
    : html`<table class="plan-items"><thead><tr><th scope="col">${t.items}</th><th scope="col">${texts.recommendation.roles}</th><th scope="col">${texts.recommendation.startBy}</th><th scope="col">${texts.recommendation.evaluateOn}</th></tr></thead><tbody>${phase.items.map(
        (item) =>
          html`<tr data-recommendation="${item.recommendation}"><td>${item.title}</td><td>${item.roles.map((role) => role.label).join(', ')}</td><td><time datetime="${item.startBy}">${item.startBy}</time></td><td><time datetime="${item.evaluateOn}">${item.evaluateOn}</time></td></tr>\n`,
      )}</tbody></table>`
}
</div>\n`,
  );
  return html`<section id="plan" class="section">
<h2>${texts.headings.plan}</h2>
${phases}
</section>`;
}

function monitoring(context: Context): SafeHtml {
  const { report, texts } = context;
  const t = texts.monitoring;
  const m = report.monitoring;
  const status = (overdue: boolean) =>
    overdue
      ? html`<span class="badge badge-overdue" data-overdue="true">${t.overdue}</span>`
      : html`<span class="badge badge-on-time" data-overdue="false">${t.onTime}</span>`;
  return html`<section id="monitoring" class="section">
<h2>${texts.headings.monitoring}</h2>
<table class="monitoring">
<thead><tr><th scope="col">${t.what}</th><th scope="col">${t.last}</th><th scope="col">${t.nextDue}</th><th scope="col">${t.status}</th></tr></thead>
<tbody>
<tr data-monitoring="questionnaire"><th scope="row">${t.questionnaire}</th><td>${m.lastQuestionnaireOn}</td><td>${m.nextQuestionnaireDue}</td><td>${status(m.questionnaireOverdue)}</td></tr>
<tr data-monitoring="visit"><th scope="row">${t.visit}</th><td>${m.lastVisitOn ?? t.unknown}</td><td>${m.nextVisitDue}</td><td>${status(m.visitOverdue)}</td></tr>
</tbody>
</table>
</section>`;
}

function dataQuality(context: Context): SafeHtml {
  const { report, texts } = context;
  const t = texts.dataQuality;
  const q = report.dataQuality;
  return html`<section id="data-quality" class="section">
<h2>${texts.headings.dataQuality}</h2>
<p>${t.answered}: <strong>${q.answered} / ${q.applicable}</strong> (${score(q.percentage, context)}%)</p>
<p>${t.lowCoverage}: ${q.lowCoverageAspects.length === 0 ? t.noneLow : q.lowCoverageAspects.map((aspect) => aspect.label).join(', ')}</p>
<p><strong>${t.missing}:</strong> ${q.missing.length === 0 ? t.noneMissing : null}</p>
${q.missing.length === 0 ? null : html`<ul class="missing">${q.missing.map((item) => html`<li data-item="${item.id}"><code>${item.id}</code> ${item.text}</li>`)}</ul>`}
</section>`;
}

/**
 * Renders a report as one self-contained HTML page: inline CSS and SVG, no script, no external
 * URL, every text escaped, print CSS for A4. Sections carry stable ids (`summary`, `radar`,
 * `aspects`, `phase-ladder`, `matrix`, `recommendations`, `plan`, `monitoring`, `data-quality`) and
 * the radar's points `data-axis` and `data-value`, so that programs can read the page.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { recommend } from '@praktijkscan/recommendations';
 * import { buildReportData } from '@praktijkscan/report-data';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * import { renderHtmlReport } from '@praktijkscan/cli';
 *
 * const asOf = '2026-11-22';
 * const result = scoreResponse(sampleHalfway);
 * const recommendations = await recommend(result, sampleHalfway, { asOf, locale: 'en' });
 * const report = buildReportData({ response: sampleHalfway, result, recommendations, asOf, locale: 'en' });
 * writeFileSync('report.html', renderHtmlReport(report));
 * ```
 */
export function renderHtmlReport(report: ReportData): string {
  const locale = report.meta.locale;
  const context: Context = { report, texts: textsFor(locale), locale };
  const title = `${context.texts.reportTitle}: ${report.meta.practiceName ?? report.meta.practiceId}`;
  const page = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${reportStyles}</style>
</head>
<body>
${header(context)}
<main>
${summary(context)}
${radar(context)}
${aspects(context)}
${phaseLadder(context)}
${matrix(context)}
${recommendations(context)}
${plan(context)}
${monitoring(context)}
${dataQuality(context)}
</main>
<footer class="report-footer small muted">${context.texts.meta.generatedBy(report.meta.packageVersion)} · ${context.texts.meta.asOf} ${report.meta.asOf}</footer>
</body>
</html>
`;
  return page.value;
}
