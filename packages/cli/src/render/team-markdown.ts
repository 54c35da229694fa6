import type { Locale } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { textsFor } from '../locales';
import { teamTextsFor } from '../locales/team';
import { formatChange, formatNumber } from './format';

/** The team part of the Markdown report; `escapeText` is the report's Markdown escaping. */
export function teamMarkdown(
  report: ReportData,
  locale: Locale,
  escapeText: (text: string) => string,
): string | null {
  const team = report.team;
  if (!team) return null;
  const texts = teamTextsFor(locale);
  const noScore = textsFor(locale).noScore;
  const number = (value: number | null) => formatNumber(value, locale, noScore);
  const axes = team.radar.axes.map((axis) => escapeText(axis.label));
  const radarRows = team.radar.series.map(
    (series) => `| ${escapeText(series.label)} | ${series.values.map(number).join(' | ')} |`,
  );
  const agenda =
    team.agenda.length === 0
      ? texts.noAgenda
      : team.agenda
          .map((entry, index) =>
            [
              `${index + 1}. **${escapeText(entry.text)}** (${texts.spread}: ${entry.spread})`,
              ...entry.answers.map(
                (answer) => `   - ${escapeText(answer.label)}: ${escapeText(answer.answerLabel)}`,
              ),
              `   - **${texts.team}: ${escapeText(entry.combinedLabel)}**`,
              `   - ${texts.aspects}: ${entry.aspects.map((aspect) => escapeText(aspect.label)).join(', ')}`,
            ].join('\n'),
          )
          .join('\n');
  return [
    `## ${texts.heading}`,
    texts.intro,
    `### ${texts.radarCaption}`,
    [
      `| ${texts.respondent} | ${axes.join(' | ')} |`,
      `| --- | ${axes.map(() => '---:').join(' | ')} |`,
      ...radarRows,
    ].join('\n'),
    `### ${texts.agenda}`,
    texts.agendaIntro(team.thresholds.spreadToDiscuss, team.thresholds.yesNoSpreadToDiscuss),
    agenda,
    `### ${texts.respondents}`,
    [
      `| ${texts.respondent} | ${texts.completedOn} | ${texts.overall} | ${texts.judgement} | ${texts.gap} |`,
      '| --- | --- | ---: | ---: | ---: |',
      ...team.respondents.map(
        (entry) =>
          `| ${escapeText(entry.label)} | ${entry.completedOn} | ${number(entry.overall)} | ${number(entry.judgement)} | ${formatChange(entry.judgementGap, locale)} |`,
      ),
    ].join('\n'),
  ].join('\n\n');
}
