import type { Locale } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { textsFor } from '../locales';
import { teamTextsFor } from '../locales/team';
import { formatChange, formatNumber } from './format';
import { renderRadarSvg } from './radar';
import { html, type SafeHtml } from './safe-html';

// Distinct strokes for up to eight members; the team's series is drawn like the practice's.
const memberColours = [
  '#b5480e',
  '#2e7d32',
  '#6a1b9a',
  '#00838f',
  '#8d6e00',
  '#ad1457',
  '#37474f',
  '#4e342e',
];

/** The CSS of the team radar's member series, one colour and dash per position. */
export function teamStyles(report: ReportData): string {
  const series = report.team?.radar.series ?? [];
  return series
    .filter((entry) => entry.id !== 'team')
    .map((entry, index) => {
      const colour = memberColours[index % memberColours.length];
      const selector = CSS_ESCAPE(entry.id);
      return `.series-${selector} .series-shape { stroke: ${colour}; stroke-dasharray: ${4 + index} 3; }\n.series-${selector} .point { fill: ${colour}; }\n.legend-${selector} line { stroke: ${colour}; stroke-dasharray: ${4 + index} 3; }`;
    })
    .concat(
      '.series-team .series-shape { stroke: var(--accent); stroke-width: 3.5; }\n.series-team polygon.series-shape { fill: rgba(31, 95, 168, 0.12); }\n.series-team .point { fill: var(--accent); }\n.legend-team line { stroke: var(--accent); stroke-width: 4; }',
    )
    .join('\n');
}

// Member keys are role ids with a number: kebab-case, safe as a class name as they are.
const CSS_ESCAPE = (id: string) => id.replace(/[^a-z0-9-]/g, '');

/** The team section of the HTML report: radar per member, members' judgement gaps, the agenda. */
export function teamSection(report: ReportData, locale: Locale): SafeHtml | null {
  const team = report.team;
  if (!team) return null;
  const texts = teamTextsFor(locale);
  const cliTexts = textsFor(locale);
  const number = (value: number | null) => formatNumber(value, locale, cliTexts.noScore);
  const radar = {
    ...team.radar,
    series: team.radar.series,
  } as unknown as ReportData['radar'];
  const legend = team.radar.series.map(
    (series) =>
      html`<li class="legend-${CSS_ESCAPE(series.id)}"><svg width="28" height="12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6"/></svg> ${series.label}</li>`,
  );
  const members = team.respondents.map(
    (entry) =>
      html`<tr data-respondent="${entry.key}"><th scope="row">${entry.label}</th><td>${entry.completedOn}</td><td class="num">${number(entry.overall)}</td><td class="num">${number(entry.judgement)}</td><td class="num">${formatChange(entry.judgementGap, locale)}</td></tr>`,
  );
  const agenda =
    team.agenda.length === 0
      ? html`<p>${texts.noAgenda}</p>`
      : html`<ol class="agenda">${team.agenda.map(
          (entry) =>
            html`<li data-item="${entry.item}"><p><strong>${entry.text}</strong> <span class="small muted">(${texts.spread}: ${String(entry.spread)})</span></p>
<ul>${entry.answers.map((answer) => html`<li data-respondent="${answer.respondent}">${answer.label}: ${answer.answerLabel}</li>`)}<li><strong>${texts.team}: ${entry.combinedLabel}</strong></li></ul>
<p class="small">${texts.aspects}: ${entry.aspects.map((aspect) => aspect.label).join(', ')}</p></li>`,
        )}</ol>`;
  return html`<section id="team" class="section">
<h2>${texts.heading}</h2>
<p>${texts.intro}</p>
<figure class="radar team-radar">${renderRadarSvg(radar, { ...cliTexts, radar: { ...cliTexts.radar, caption: texts.radarCaption } }, locale)}
<figcaption><ul class="legend">${legend}</ul><p class="small">${texts.radarCaption}. ${cliTexts.radar.gapNote}</p></figcaption>
</figure>
<h3>${texts.agenda}</h3>
<p class="small">${texts.agendaIntro(team.thresholds.spreadToDiscuss, team.thresholds.yesNoSpreadToDiscuss)}</p>
${agenda}
<h3>${texts.respondents}</h3>
<table class="team-respondents"><thead><tr><th scope="col">${texts.respondent}</th><th scope="col">${texts.completedOn}</th><th scope="col" class="num">${texts.overall}</th><th scope="col" class="num">${texts.judgement}</th><th scope="col" class="num">${texts.gap}</th></tr></thead>
<tbody>${members}</tbody></table>
</section>`;
}
