import { type Locale, matrixQuadrants } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { textsFor } from '../locales';
import type { CliTexts } from '../locales/types';
import { formatChange, formatDate, formatNumber, formatPercent, usageLabel } from './format';
import { html, type SafeHtml } from './safe-html';
import { printPageStyles, reportStyles } from './styles';
import { renderSummaryPage } from './summary-page';
import { teamSection, teamStyles } from './team-html';

interface Context {
  readonly report: ReportData;
  readonly texts: CliTexts;
  readonly locale: Locale;
}

const score = (value: number | null, { texts, locale }: Context) =>
  formatNumber(value, locale, texts.noScore);

const percent = (value: number | null, { texts, locale }: Context) =>
  formatPercent(value, locale, texts.noScore);

/** A date as a long date in the report's language, with the ISO date in `datetime`. */
const date = (value: string | null, { locale }: Context, fallback = '–') =>
  value === null ? fallback : html`<time datetime="${value}">${formatDate(value, locale)}</time>`;

function header(context: Context): SafeHtml {
  const { report, texts } = context;
  const { meta } = report;
  return html`<header class="report-header">
<p class="kicker">${texts.reportTitle}</p>
<h1>${meta.practiceName ?? meta.practiceId}</h1>
<dl class="meta">
<div><dt>${texts.meta.practiceId}</dt><dd>${meta.practiceId}</dd></div>
<div><dt>${texts.meta.completedOn}</dt><dd>${date(meta.completedOn, context)}</dd></div>
<div><dt>${texts.meta.asOf}</dt><dd>${date(meta.asOf, context)}</dd></div>
<div><dt>${texts.meta.questionnaire}</dt><dd>${texts.meta.questionnaireVersion(meta.questionnaire.version)}</dd></div>
</dl>
</header>`;
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
      html`<tr><th scope="row">${row.label}</th><td class="num">${score(row.score, context)} ${bar(row.score)}</td><td class="num">${percent(row.coverage, context)}</td>${
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
${report.benchmark ? null : html`<p class="small muted" data-benchmark="none">${texts.onePage.noBenchmark}</p>`}
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

/**
 * The adoption of application types: a table per domain and the list of applications, apart from
 * the scores. The table's roles keep it a table for screen readers on a phone, where the styles
 * lay its rows out as grids (which some browsers take as no longer a table).
 */
function adoption(context: Context): SafeHtml {
  const { report, texts, locale } = context;
  const t = texts.adoption;
  const a = report.adoption;
  const head = html`<h2>${texts.headings.adoption}</h2>
<p>${t.intro}</p>`;
  if (a.applications.length === 0)
    return html`<section id="adoption" class="section">
${head}
<p class="muted">${t.noneAsked}</p>
</section>`;
  const row = (
    label: string,
    counts: (typeof a.domains)[number] | typeof a.nivelTypes,
    id: string,
  ) =>
    html`<tr role="row" data-domain="${id}"><th scope="row" role="rowheader">${label}</th><td class="num" role="cell">${t.ofAsked(counts.inUse, counts.asked)}</td><td class="num" role="cell">${counts.notApplicable}</td><td class="num" role="cell">${counts.missing}</td><td class="num" role="cell">${score(counts.usageLevel, context)}</td></tr>\n`;
  return html`<section id="adoption" class="section">
${head}
<p class="small muted">${t.inUseFrom(usageLabel(a.inUseFrom, locale))}</p>
<table class="adoption" role="table">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${t.domain}</th><th scope="col" role="columnheader" class="num">${t.inUse}</th><th scope="col" role="columnheader" class="num">${t.notApplicable}</th><th scope="col" role="columnheader" class="num">${t.missing}</th><th scope="col" role="columnheader" class="num">${t.usageLevel}</th></tr></thead>
<tbody role="rowgroup">${a.domains
    .filter((domain) => domain.asked > 0)
    .map((domain) => row(domain.label, domain, domain.id))}</tbody>
<tfoot role="rowgroup">${row(a.nivelTypes.label, a.nivelTypes, 'nivel-types')}</tfoot>
</table>
<p class="small muted">${t.usageLevelNote}</p>
<h3>${t.perApplication}</h3>
<div class="applications">${a.domains
    .filter((domain) => domain.asked > 0)
    .map(
      (domain) => html`<div class="application-domain">
<h4>${domain.label}</h4>
<ul>${a.applications
        .filter((application) => application.domain === domain.id)
        .map(
          (application) =>
            html`<li data-application="${application.id}" data-answer="${String(application.answer)}"><span>${application.label}${application.nivelType ? html` <span class="badge">${t.nivelType}</span>` : null}</span> <strong class="usage usage-${application.answer === null ? 'missing' : application.answer === 'na' ? 'na' : application.inUse ? 'in-use' : 'not-in-use'}">${application.answerLabel}</strong></li>\n`,
        )}</ul>
</div>\n`,
    )}</div>
</section>`;
}

function phaseLadder(context: Context): SafeHtml {
  const { report, texts } = context;
  const rungs = [...report.phaseLadder].reverse().map((rung) => {
    const next =
      rung.status === 'next'
        ? html`<div class="next-phase"><span>${texts.ladder.progress}: ${percent(rung.progress, context)}</span>${
            rung.progress === null
              ? null
              : html`<span class="bar wide" aria-hidden="true"><span style="width:${rung.progress}%"></span></span>`
          }<span>${texts.ladder.earliestDate} ${date(rung.earliestDate, context)}, ${texts.ladder.typicalDate} ${date(rung.typicalDate, context)}</span></div>`
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
<p class="facts"><span>${t.quadrant}: <strong>${quadrantLabel(step.quadrant)}</strong></span> <span>${t.effectEnergy}: ${step.effect} / ${step.energy}${step.rated ? ` (${t.rated})` : ''}</span> ${step.startBy === null || step.evaluateOn === null ? html`<span>${texts.plan.later}</span>` : html`<span>${t.startBy}: ${date(step.startBy, context)}</span> <span>${t.evaluateOn}: ${date(step.evaluateOn, context)}</span>`}</p>
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

type PlanStep = ReportData['plan']['focus'][number];

function planStepRow(context: Context, step: PlanStep): SafeHtml {
  const { texts } = context;
  const t = texts.plan;
  const tags = [step.maintenance ? t.maintenance : null, step.kind === 'idea' ? t.idea : null]
    .filter((tag) => tag !== null)
    .join(', ');
  return html`<tr data-step="${step.id}"><td>${step.title}${tags === '' ? null : html` <span class="small muted">(${tags})</span>`}${step.ideas.length === 0 ? null : html`<br><span class="small">${t.ideas}: ${step.ideas.join(', ')}</span>`}</td><td>${step.roles.map((role) => role.label).join(', ')}</td><td class="date">${date(step.startBy, context)}</td><td class="date">${date(step.evaluateOn, context)}</td></tr>\n`;
}

function planTable(context: Context, steps: readonly PlanStep[]): SafeHtml {
  const { texts } = context;
  const t = texts.recommendation;
  return html`<table class="plan-items"><thead><tr><th scope="col">${texts.plan.items}</th><th scope="col">${t.roles}</th><th scope="col">${t.startBy}</th><th scope="col">${t.evaluateOn}</th></tr></thead><tbody>${steps.map((step) => planStepRow(context, step))}</tbody></table>`;
}

/**
 * The roadmap after the focus (which opens the summary page): the quarters, then later, then what
 * to avoid, then notes.
 */
function roadmap(context: Context): SafeHtml {
  const { report, texts } = context;
  const t = texts.plan;
  const { quarters, later, avoid } = report.plan;
  return html`<section id="roadmap" class="section">
<h2>${texts.headings.roadmap}</h2>
${quarters.map(
  (quarter) => html`<div class="quarter" data-quarter="${String(quarter.index)}">
<h3>${t.quarter(quarter.index)} <span class="small muted">${t.period}: ${date(quarter.startsOn, context)} – ${date(quarter.endsOn, context)}</span></h3>
${quarter.steps.length === 0 ? html`<p class="small muted">${t.noItems}</p>` : planTable(context, quarter.steps)}
</div>\n`,
)}
</section>
<section id="later" class="section">
<h2>${texts.headings.later}</h2>
${later.length === 0 ? html`<p class="muted">${t.noLater}</p>` : html`<ul class="later">${later.map((entry) => html`<li data-step="${entry.id}" data-reason="${entry.reason}"><strong>${entry.title}</strong>: ${entry.text}</li>\n`)}</ul>`}
</section>
<section id="avoid" class="section">
<h2>${texts.headings.avoid}</h2>
${avoid.length === 0 ? html`<p class="muted">${t.noAvoid}</p>` : html`<ul class="avoid">${avoid.map((entry) => html`<li data-step="${entry.id}"><strong>${entry.title}</strong>: ${entry.text}</li>\n`)}</ul>`}
</section>
<section id="notes" class="section">
<h2>${texts.headings.notes}</h2>
${report.notes.length === 0 ? html`<p class="muted">${t.noNotes}</p>` : html`<ul class="notes">${report.notes.map((note) => html`<li data-note="${note.id}"><strong>${note.title}</strong>: ${note.description}<ul class="reasons small">${note.reasons.map((reason) => html`<li>${reason}</li>`)}</ul></li>\n`)}</ul>`}
</section>`;
}

/** The PDCA section: what each phase holds, then each step's own cycle, in time order. */
function plan(context: Context): SafeHtml {
  const { report, texts } = context;
  const t = texts.plan;
  const phases = report.pdca.phases.map(
    (phase) => html`<div class="pdca" data-phase="${phase.phase}">
<h3>${phase.label}</h3>
<ul class="small">${phase.activities.map((activity) => html`<li><strong>${activity.label}</strong>: ${activity.description}</li>`)}</ul>
<p class="small"><strong>${t.roles}:</strong> ${phase.roles.map((role) => role.label).join(', ')}</p>
</div>\n`,
  );
  const labels = report.pdca.phases.map((phase) => phase.label);
  const cycles =
    report.pdca.steps.length === 0
      ? html`<p class="small muted">${t.noItems}</p>`
      : html`<table class="plan-cycles"><thead><tr><th scope="col">${t.items}</th>${labels.map((label) => html`<th scope="col">${label}</th>`)}</tr></thead><tbody>${report.pdca.steps.map(
          (step) =>
            html`<tr data-step="${step.id}"><td>${step.title}</td>${step.cycle.map((activity) => html`<td data-phase="${activity.phase}" class="date">${date(activity.on, context)}</td>`)}</tr>\n`,
        )}</tbody></table>`;
  return html`<section id="plan" class="section">
<h2>${texts.headings.plan}</h2>
${phases}
<p>${t.cycleIntro}</p>
${cycles}
</section>`;
}

function monitoring(context: Context): SafeHtml {
  const { report, texts } = context;
  const t = texts.monitoring;
  const m = report.monitoring;
  const status = (state: 'on-time' | 'overdue' | 'unknown' | 'not-held') =>
    state === 'overdue'
      ? html`<span class="badge badge-overdue" data-status="overdue">${t.overdue}</span>`
      : state === 'on-time'
        ? html`<span class="badge badge-on-time" data-status="on-time">${t.onTime}</span>`
        : html`<span class="badge" data-status="${state}">${state === 'unknown' ? t.unknown : t.notHeld}</span>`;
  return html`<section id="monitoring" class="section">
<h2>${texts.headings.monitoring}</h2>
<table class="monitoring">
<thead><tr><th scope="col">${t.what}</th><th scope="col">${t.last}</th><th scope="col">${t.nextDue}</th><th scope="col">${t.status}</th></tr></thead>
<tbody>
<tr data-monitoring="questionnaire"><th scope="row">${t.questionnaire}</th><td>${date(m.lastQuestionnaireOn, context)}</td><td>${date(m.nextQuestionnaireDue, context)}</td><td>${status(m.questionnaireOverdue ? 'overdue' : 'on-time')}</td></tr>
<tr data-monitoring="visit"><th scope="row">${t.visit}</th><td>${date(m.lastVisitOn, context, t.unknown)}</td><td>${date(m.nextVisitDue, context, t.none)}</td><td>${status(m.visitStatus)}</td></tr>
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
<p>${t.answered}: <strong>${q.answered} / ${q.applicable}</strong> (${percent(q.percentage, context)})</p>
<p>${t.lowCoverage}: ${q.lowCoverageAspects.length === 0 ? t.noneLow : q.lowCoverageAspects.map((aspect) => aspect.label).join(', ')}</p>
<p><strong>${t.missing}:</strong> ${q.missing.length === 0 ? t.noneMissing : null}</p>
${q.missing.length === 0 ? null : html`<ul class="missing">${q.missing.map((item) => html`<li data-item="${item.id}"><code>${item.id}</code> ${item.text}</li>`)}</ul>`}
</section>`;
}

/**
 * Renders a report as one self-contained HTML page: inline CSS and SVG, no script, no external
 * URL, every text escaped, print CSS for A4. Sections carry stable ids (`summary`, `radar`,
 * `aspects`, `adoption`, `phase-ladder`, `focus`, `roadmap`, `later`, `avoid`, `notes`, `matrix`,
 * `recommendations`, `plan`, `monitoring`, `data-quality`) and
 * the radar's points `data-axis` and `data-value`, so that programs can read the page.
 *
 * @example
 * ```ts
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
 * const html = renderHtmlReport(report); // write it to a file, or serve it
 * html.startsWith('<!doctype html>'); // true
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
<style>${reportStyles}${report.team ? `\n${teamStyles(report)}` : ''}
${printPageStyles(report.meta.practiceName ?? report.meta.practiceId, formatDate(report.meta.asOf, locale), context.texts.onePage.page)}</style>
</head>
<body>
<main>
${renderSummaryPage(context, header(context))}
<div class="details">
${teamSection(report, locale)}
${aspects(context)}
${adoption(context)}
${phaseLadder(context)}
${roadmap(context)}
${matrix(context)}
${recommendations(context)}
${plan(context)}
${monitoring(context)}
${dataQuality(context)}
</div>
</main>
<footer class="report-footer small muted">${context.texts.meta.generatedBy(report.meta.packageVersion)} · ${context.texts.meta.asOf} ${date(report.meta.asOf, context)}</footer>
</body>
</html>
`;
  return page.value;
}
