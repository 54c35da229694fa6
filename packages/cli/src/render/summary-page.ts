import type { Locale } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import type { CliTexts } from '../locales/types';
import {
  formatChange,
  formatDate,
  formatIntegerChange,
  formatNumber,
  formatPercent,
} from './format';
import { renderRadarSvg } from './radar';
import { html, type SafeHtml } from './safe-html';

/** The coverage under which the summary warns that the scores rest on few answers. */
export const lowCoverageThreshold = 50;

interface SummaryContext {
  readonly report: ReportData;
  readonly texts: CliTexts;
  readonly locale: Locale;
}

const dateMarkup = (value: string, locale: Locale) =>
  html`<time datetime="${value}">${formatDate(value, locale)}</time>`;

function phaseMarkup({ report, texts }: SummaryContext): SafeHtml {
  const t = texts.onePage;
  const { phase, label } = report.summary.inkPhase;
  const current = report.phaseLadder.find((rung) => rung.status === 'current');
  const next = report.phaseLadder.find((rung) => rung.status === 'next');
  const title =
    phase === 0 ? texts.summary.noPhase : `${texts.summary.inkPhase} ${phase} · ${label ?? ''}`;
  const meaning = phase === 0 ? t.notYetPhase1 : (current?.emphasis ?? '');
  const nextLine = next
    ? html`<p class="small muted">${t.nextPhase(`${next.phase} · ${next.label}`)}</p>`
    : null;
  return html`<div class="figure phase" data-phase="${phase}"><dt>${texts.summary.inkPhase}</dt><dd><strong>${title}</strong><p class="small"><span class="visually-hidden">${t.phaseMeaning}: </span>${meaning}</p>${nextLine}</dd></div>`;
}

function figures(context: SummaryContext): SafeHtml {
  const { report, texts, locale } = context;
  const { overall, completeness } = report.summary;
  const warning =
    completeness.percentage !== null && completeness.percentage < lowCoverageThreshold
      ? html`<p class="warning" role="note" data-warning="low-coverage">${texts.onePage.lowCoverage(formatPercent(completeness.percentage, locale))}</p>`
      : null;
  return html`<dl class="summary-figures">
<div class="figure overall"><dt>${texts.summary.overall}</dt><dd><strong class="big">${formatNumber(overall, locale, texts.noScore)}</strong> <span class="small muted">${overall === null ? '' : texts.onePage.ofHundred}</span></dd></div>
${phaseMarkup(context)}
<div class="figure"><dt>${texts.summary.selfAssessment}</dt><dd><strong>${formatNumber(report.summary.selfAssessment, locale, texts.noScore)}</strong><span class="small muted"> (${texts.summary.gap}: ${formatChange(report.summary.selfAssessmentGap, locale)})</span></dd></div>
<div class="figure"><dt>${texts.summary.completeness}</dt><dd><strong>${formatPercent(completeness.percentage, locale)}</strong><span class="small muted"> (${texts.summary.answeredOf(completeness.answered, completeness.applicable)})</span></dd></div>
</dl>
${warning}`;
}

/**
 * The focus: the roadmap's first quarter (`report.plan.focus`, at most its capacity of steps),
 * each with who and by when. It is the report's one focus section; the quarters follow in the
 * details.
 */
function focus(context: SummaryContext): SafeHtml {
  const { report, texts, locale } = context;
  const t = texts.onePage;
  const { plan } = report;
  const items = plan.focus.map((step) => {
    const tags = [
      step.maintenance ? texts.plan.maintenance : null,
      step.kind === 'idea' ? texts.plan.idea : null,
    ]
      .filter((tag) => tag !== null)
      .join(', ');
    return html`<li data-step="${step.id}"><strong>${step.title}</strong>${tags === '' ? null : html` <span class="small muted">(${tags})</span>`}<br><span class="small">${t.who}: ${step.roles.map((role) => role.label).join(', ')}<br>${t.startBy} ${dateMarkup(step.startBy, locale)}, ${t.evaluateOn} ${dateMarkup(step.evaluateOn, locale)}</span>${step.ideas.length === 0 ? null : html`<br><span class="small">${texts.plan.ideas}: ${step.ideas.join(', ')}</span>`}</li>`;
  });
  return html`<section id="focus" class="focus">
<h2>${texts.headings.focus}</h2>
<p class="small">${texts.plan.focusIntro(plan.capacity)}</p>
${plan.focus.length === 0 ? html`<p>${texts.plan.noFocus}</p>` : html`<ol>${items}</ol>`}
<p class="small muted">${t.focusNote}</p>
</section>`;
}

function comparison({ report, texts, locale }: SummaryContext): SafeHtml {
  const t = texts.onePage;
  const { trend, benchmark } = report;
  const previous = trend
    ? t.previous(
        formatDate(trend.previousCompletedOn, locale),
        formatChange(trend.overallChange, locale),
        formatIntegerChange(trend.inkPhaseChange),
      )
    : t.noPrevious;
  const region = !benchmark
    ? t.noBenchmark
    : benchmark.suppressed || benchmark.overall === null
      ? t.benchmarkSuppressed
      : t.benchmarkFigures(
          benchmark.n ?? 0,
          formatNumber(benchmark.overall.p25, locale),
          formatNumber(benchmark.overall.median, locale),
          formatNumber(benchmark.overall.p75, locale),
        );
  return html`<section id="comparison" class="comparison">
<h2>${t.comparison}</h2>
<dl>
<div data-compare="previous" data-given="${trend ? 'true' : 'false'}"><dt>${t.lastYear}</dt><dd>${previous}${trend ? html`<br><span class="small" data-comparability="${trend.acrossVersions ? 'across-versions' : 'same-version'}">${trend.comparability}</span>` : null}</dd></div>
<div data-compare="region" data-given="${benchmark ? 'true' : 'false'}"><dt>${t.region}</dt><dd>${region}</dd></div>
</dl>
</section>`;
}

/** The radar section: the chart, its legend and the note on gaps. */
export function radarSection({ report, texts, locale }: SummaryContext): SafeHtml {
  const legend = report.radar.series.map(
    (series) =>
      html`<li class="legend-${series.id}"><svg width="28" height="12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6"/></svg> ${series.label}</li>`,
  );
  return html`<section id="radar" class="radar-section">
<h2 class="visually-hidden">${texts.headings.radar}</h2>
<figure class="radar">${renderRadarSvg(report.radar, texts, locale)}
<figcaption><ul class="legend">${legend}</ul><p class="small">${texts.radar.caption}. ${texts.radar.gapNote}</p></figcaption>
</figure>
</section>`;
}

/**
 * The report's first printed page: practice and date, overall score and phase with what the
 * phase means (and a warning where coverage is low), the radar, the focus with who and by when,
 * and the previous assessment and the region, or words saying they were not given.
 */
export function renderSummaryPage(context: SummaryContext, header: SafeHtml): SafeHtml {
  return html`<section id="summary" class="summary-page">
${header}
<h2 class="visually-hidden">${context.texts.headings.summary}</h2>
${figures(context)}
<div class="summary-body">
${radarSection(context)}
<div class="summary-side">
${focus(context)}
${comparison(context)}
</div>
</div>
</section>`;
}
