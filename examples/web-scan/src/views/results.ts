import {
  answerScales,
  type Locale,
  type MatrixQuadrantId,
  matrixQuadrants,
  type QualityAspectId,
} from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { h } from '../dom';
import { formatDate, formatPercent, formatScore, uiTexts } from '../i18n';
import { renderRadar } from './radar';

/** The six aspect scores with their coverage, each score with a stable test hook. */
function renderAspects(report: ReportData, locale: Locale): HTMLElement {
  const texts = uiTexts[locale];
  const rows = report.aspects.map((aspect) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, aspect.label),
      h(
        'td',
        {
          class: 'number',
          'data-testid': `aspect-score-${aspect.id as QualityAspectId}`,
          'data-score': aspect.score === null ? '' : String(aspect.score),
        },
        formatScore(aspect.score, locale),
      ),
      h(
        'td',
        {
          class: 'number',
          'data-testid': `aspect-coverage-${aspect.id}`,
          'data-coverage': aspect.coverage === null ? '' : String(aspect.coverage),
        },
        formatPercent(aspect.coverage, locale),
      ),
    ),
  );
  return h(
    'table',
    { class: 'aspects', 'data-testid': 'aspect-scores' },
    h('caption', {}, texts.aspectScores),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, texts.aspect),
        h('th', { scope: 'col', class: 'number' }, texts.score),
        h('th', { scope: 'col', class: 'number' }, texts.coverage),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

/** The label of a usage level (0..4) on the questionnaire's usage scale. */
function usageLabel(level: number, locale: Locale): string {
  const values = answerScales.find((scale) => scale.id === 'usage')?.values ?? [];
  return values[level]?.label[locale] ?? String(level);
}

/**
 * The use of digital applications, apart from the scores: per digitisation domain and over
 * Nivel's seven types, how many of those asked are in use, and each application's answer.
 */
function renderAdoption(report: ReportData, locale: Locale): HTMLElement {
  const texts = uiTexts[locale].adoption;
  const { adoption } = report;
  const panel = (...children: (HTMLElement | null)[]) =>
    h(
      'div',
      { class: 'panel adoption-panel', 'data-testid': 'adoption' },
      h('h3', { id: 'adoption-heading' }, texts.heading),
      h('p', {}, texts.intro),
      ...children,
    );
  if (adoption.applications.length === 0) return panel(h('p', { class: 'hint' }, texts.noneAsked));
  const asked = adoption.domains.filter((domain) => domain.asked > 0);
  const row = (
    label: string,
    counts: ReportData['adoption']['nivelTypes'],
    id: string,
    total = false,
  ): HTMLElement =>
    h(
      'tr',
      {
        class: total ? 'adoption-total' : undefined,
        role: 'row',
        'data-testid': `adoption-${id}`,
      },
      h('th', { scope: 'row', role: 'rowheader' }, label),
      h('td', { class: 'number', role: 'cell' }, texts.ofAsked(counts.inUse, counts.asked)),
      h('td', { class: 'number', role: 'cell' }, String(counts.notApplicable)),
      h('td', { class: 'number', role: 'cell' }, String(counts.missing)),
      h('td', { class: 'number', role: 'cell' }, formatScore(counts.usageLevel, locale)),
    );
  const columnHeader = (text: string, number = true) =>
    h('th', { scope: 'col', role: 'columnheader', class: number ? 'number' : undefined }, text);
  const usageClass = (answer: ReportData['adoption']['applications'][number]) =>
    answer.answer === null
      ? 'usage-missing'
      : answer.answer === 'na'
        ? 'usage-na'
        : answer.inUse
          ? 'usage-in-use'
          : 'usage-not-in-use';
  return panel(
    h('p', { class: 'hint' }, texts.inUseFrom(usageLabel(adoption.inUseFrom, locale))),
    // The roles keep the table a table for screen readers where a narrow panel lays its rows out
    // as grids (style.css), which some browsers take as no longer a table.
    h(
      'table',
      { class: 'adoption', role: 'table', 'aria-labelledby': 'adoption-heading' },
      h(
        'thead',
        { role: 'rowgroup' },
        h(
          'tr',
          { role: 'row' },
          columnHeader(texts.domain, false),
          columnHeader(texts.inUse),
          columnHeader(texts.notApplicable),
          columnHeader(texts.missing),
          columnHeader(texts.usageLevel),
        ),
      ),
      h(
        'tbody',
        { role: 'rowgroup' },
        ...asked.map((domain) => row(domain.label, domain, domain.id)),
      ),
      h(
        'tfoot',
        { role: 'rowgroup' },
        row(adoption.nivelTypes.label, adoption.nivelTypes, 'nivel-types', true),
      ),
    ),
    h('p', { class: 'hint' }, texts.usageLevelNote),
    h('p', { class: 'hint' }, texts.nivelTypeNote),
    h(
      'details',
      { class: 'applications' },
      h('summary', {}, texts.perApplication),
      ...asked.map((domain) =>
        h(
          'section',
          { 'data-domain': domain.id },
          h('h4', {}, domain.label),
          h(
            'ul',
            {},
            ...adoption.applications
              .filter((application) => application.domain === domain.id)
              .map((application) =>
                h(
                  'li',
                  {
                    'data-application': application.id,
                    'data-answer': String(application.answer),
                  },
                  h('span', {}, application.label),
                  application.nivelType ? h('span', { class: 'tag' }, texts.nivelType) : null,
                  ' ',
                  h('strong', { class: usageClass(application) }, application.answerLabel),
                ),
              ),
          ),
        ),
      ),
    ),
  );
}

/** The INK phases from 1 to 5, with the current one, the next one and the way there. */
function renderLadder(report: ReportData, locale: Locale): HTMLElement {
  const texts = uiTexts[locale];
  return h(
    'div',
    { class: 'panel' },
    h('h3', {}, texts.phaseLadder),
    h(
      'ol',
      { class: 'ladder', 'data-testid': 'phase-ladder' },
      ...report.phaseLadder.map((rung) =>
        h(
          'li',
          {
            class: `rung rung-${rung.status}`,
            'data-testid': `phase-${rung.phase}`,
            'data-status': rung.status,
            'aria-current': rung.status === 'current' ? 'step' : undefined,
          },
          h('span', { class: 'rung-number', 'aria-hidden': 'true' }, String(rung.phase)),
          h(
            'span',
            { class: 'rung-body' },
            h('strong', {}, rung.label),
            ' ',
            h('span', { class: 'rung-status' }, `(${texts.phaseStatus[rung.status]})`),
            h('span', { class: 'rung-emphasis' }, rung.emphasis),
            rung.status === 'next'
              ? h(
                  'span',
                  { class: 'rung-next' },
                  [
                    rung.progress === null
                      ? ''
                      : texts.phaseProgress(formatPercent(rung.progress, locale)),
                    rung.earliestDate && rung.typicalDate
                      ? texts.phaseDates(
                          formatDate(rung.earliestDate, locale),
                          formatDate(rung.typicalDate, locale),
                        )
                      : '',
                  ]
                    .filter(Boolean)
                    .join('; '),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}

function quadrantLabel(report: ReportData, id: string): string {
  return report.matrix.find((cell) => cell.quadrant === id)?.label ?? id;
}

/** The recommended steps in their order, each with its reasons. */
function renderRecommendations(report: ReportData, locale: Locale): HTMLElement {
  const texts = uiTexts[locale];
  const list =
    report.recommendations.length === 0
      ? h('p', { 'data-testid': 'recommendations' }, texts.noRecommendations)
      : h(
          'ol',
          { class: 'recommendations', 'data-testid': 'recommendations' },
          ...report.recommendations.map((step) =>
            h(
              'li',
              { 'data-testid': `recommendation-${step.id}`, 'data-rank': step.rank },
              h('h4', {}, step.title),
              h('p', {}, step.description),
              h(
                'p',
                { class: 'meta' },
                `${quadrantLabel(report, step.quadrant)} · ${texts.effect} ${step.effect}, ${texts.energy} ${step.energy} · ${step.startBy === null ? texts.laterStep : texts.startBy(formatDate(step.startBy, locale))}`,
              ),
              h('p', { class: 'reasons-heading' }, `${texts.reasons}:`),
              h(
                'ul',
                { class: 'reasons' },
                ...step.reasons.map((reason) => h('li', {}, reason.text)),
              ),
            ),
          ),
        );
  return h('div', { class: 'panel' }, h('h3', {}, texts.recommendations), list);
}

/** The roadmap as the report has it: the focus first, then the quarters, later and avoid. */
function renderRoadmap(report: ReportData, locale: Locale): HTMLElement {
  const texts = uiTexts[locale];
  const { plan } = report;
  const stepItem = (step: ReportData['plan']['focus'][number]) =>
    h(
      'li',
      { 'data-step': step.id },
      `${step.title} · ${texts.startBy(formatDate(step.startBy, locale))}`,
    );
  const reasonList = (entries: readonly { id: string; title: string; text: string }[]) =>
    h(
      'ul',
      {},
      ...entries.map((entry) =>
        h('li', { 'data-step': entry.id }, `${entry.title}: ${entry.text}`),
      ),
    );
  return h(
    'div',
    { class: 'panel' },
    h('h3', {}, texts.focus),
    plan.focus.length === 0
      ? h('p', { 'data-testid': 'focus' }, texts.noFocus)
      : h('ol', { class: 'focus', 'data-testid': 'focus' }, ...plan.focus.map(stepItem)),
    h('h3', {}, texts.roadmap),
    h(
      'div',
      { 'data-testid': 'roadmap' },
      ...plan.quarters.map((quarter) =>
        h(
          'section',
          { 'data-quarter': quarter.index },
          h(
            'h4',
            {},
            texts.quarter(
              quarter.index,
              formatDate(quarter.startsOn, locale),
              formatDate(quarter.endsOn, locale),
            ),
          ),
          h('ul', {}, ...quarter.steps.map(stepItem)),
        ),
      ),
    ),
    plan.later.length === 0 ? null : h('h3', {}, texts.later),
    plan.later.length === 0 ? null : reasonList(plan.later),
    plan.avoid.length === 0 ? null : h('h3', {}, texts.avoid),
    plan.avoid.length === 0 ? null : reasonList(plan.avoid),
  );
}

/** The effect/energy matrix as a 2x2 table: effect high at the top, energy low on the left. */
function renderMatrix(report: ReportData, locale: Locale): HTMLElement {
  const texts = uiTexts[locale];
  const quadrantAt = (highEffect: boolean, highEnergy: boolean): MatrixQuadrantId | undefined =>
    matrixQuadrants.find(
      (quadrant) => quadrant.highEffect === highEffect && quadrant.highEnergy === highEnergy,
    )?.id;
  const cell = (highEffect: boolean, highEnergy: boolean) => {
    const id = quadrantAt(highEffect, highEnergy);
    const entry = report.matrix.find((candidate) => candidate.quadrant === id);
    if (!entry) return h('td');
    const ideas = entry.ideas.map((idea) =>
      h(
        'li',
        { class: 'matrix-idea', 'data-testid': `matrix-idea-${idea.id}` },
        h('span', { class: 'tag' }, texts.idea),
        ` ${idea.title} (${texts.effect} ${idea.effect}, ${texts.energy} ${idea.energy})`,
      ),
    );
    const steps = entry.recommendations;
    return h(
      'td',
      { class: `matrix-cell matrix-${entry.quadrant}`, 'data-testid': `matrix-${entry.quadrant}` },
      h('strong', { class: 'matrix-label' }, entry.label),
      h('span', { class: 'matrix-description' }, entry.description),
      ideas.length > 0 ? h('ul', { class: 'matrix-ideas' }, ...ideas) : null,
      steps.length > 0
        ? h(
            'details',
            { class: 'matrix-recommendations' },
            h('summary', {}, texts.recommendationCount(steps.length)),
            h('ul', {}, ...steps.map((step) => h('li', {}, step.title))),
          )
        : null,
      ideas.length === 0 && steps.length === 0
        ? h('span', { class: 'matrix-empty' }, texts.emptyCell)
        : null,
    );
  };
  return h(
    'div',
    { class: 'panel' },
    h('h3', { id: 'matrix-heading' }, texts.matrix),
    h('p', { class: 'hint' }, texts.matrixHelp),
    h(
      'table',
      { class: 'matrix', 'data-testid': 'matrix', 'aria-labelledby': 'matrix-heading' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, `${texts.effect} / ${texts.energy}`),
          h('th', { scope: 'col' }, `${texts.energy} ${texts.low}`),
          h('th', { scope: 'col' }, `${texts.energy} ${texts.high}`),
        ),
      ),
      h(
        'tbody',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${texts.effect} ${texts.high}`),
          cell(true, false),
          cell(true, true),
        ),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${texts.effect} ${texts.low}`),
          cell(false, false),
          cell(false, true),
        ),
      ),
    ),
  );
}

/** The coverage under which the scores rest on few answers, and the screen says so. */
const lowCoverageBelow = 50;

/** The INK phase in words: phase 0 is not on the 1–5 ladder, so it says "not yet phase 1". */
function phaseText(report: ReportData, locale: Locale): string {
  const { phase, label } = report.summary.inkPhase;
  return phase === 0 || label === null ? uiTexts[locale].noPhase : `${phase} – ${label}`;
}

/** The warning under 50 % coverage, or nothing. */
function lowCoverageWarning(report: ReportData, locale: Locale): HTMLElement | null {
  const { percentage } = report.summary.completeness;
  return percentage !== null && percentage < lowCoverageBelow
    ? h(
        'p',
        { class: 'warning', role: 'note', 'data-testid': 'low-coverage' },
        uiTexts[locale].lowCoverage(formatPercent(percentage, locale)),
      )
    : null;
}

/**
 * The summary that stays on screen while the practice answers: overall score, INK phase and
 * coverage, with a link to the results (which on a phone come after the whole form).
 */
export function renderStickySummary(report: ReportData | null, locale: Locale): HTMLElement[] {
  const texts = uiTexts[locale];
  const figure = (label: string, value: string, testId: string) =>
    h('div', {}, h('dt', {}, label), h('dd', { 'data-testid': testId }, value));
  return [
    h(
      'dl',
      {},
      figure(
        texts.overall,
        report ? formatScore(report.summary.overall, locale) : texts.noScore,
        'sticky-overall',
      ),
      figure(texts.phase, report ? phaseText(report, locale) : texts.noScore, 'sticky-phase'),
      figure(
        texts.completeness,
        report
          ? texts.coveragePercent(formatPercent(report.summary.completeness.percentage, locale))
          : texts.noScore,
        'sticky-coverage',
      ),
    ),
    h('a', { href: '#results', class: 'to-results', 'data-testid': 'to-results' }, texts.toResults),
  ];
}

/** Everything the screen shows about the current answers, from one `ReportData`. */
export function renderResults(report: ReportData, locale: Locale): HTMLElement {
  const texts = uiTexts[locale];
  const { summary } = report;
  return h(
    'div',
    { class: 'results-body' },
    h(
      'dl',
      { class: 'summary' },
      h(
        'div',
        {},
        h('dt', {}, texts.overall),
        h('dd', { 'data-testid': 'overall-score' }, formatScore(summary.overall, locale)),
      ),
      h(
        'div',
        {},
        h('dt', {}, texts.phase),
        h(
          'dd',
          { 'data-testid': 'ink-phase', 'data-phase': summary.inkPhase.phase },
          phaseText(report, locale),
        ),
        summary.inkPhase.phase === 0
          ? h('dd', { class: 'explain', 'data-testid': 'no-phase' }, texts.noPhaseExplained)
          : null,
      ),
      h(
        'div',
        {},
        h('dt', {}, texts.completeness),
        h(
          'dd',
          { 'data-testid': 'completeness' },
          `${summary.completeness.answered}/${summary.completeness.applicable}`,
        ),
        h(
          'dd',
          { class: 'explain', 'data-testid': 'coverage-percent' },
          formatPercent(summary.completeness.percentage, locale),
        ),
      ),
    ),
    lowCoverageWarning(report, locale),
    renderAspects(report, locale),
    renderRadar(report.radar, locale),
    renderAdoption(report, locale),
    renderLadder(report, locale),
    renderRoadmap(report, locale),
    renderMatrix(report, locale),
    renderRecommendations(report, locale),
  );
}
