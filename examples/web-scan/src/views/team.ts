import type { Locale } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { h } from '../dom';
import type { TeamAnalysis } from '../glue';
import { formatScore } from '../i18n';
import { renderRadar } from './radar';

/** The team view's own texts. */
const teamTexts = {
  nl: {
    heading: 'Teamscan',
    intro:
      'Laat elk teamlid de scan zelf invullen, met de eigen rol, en het antwoord downloaden. Lees hier de bestanden van het hele team tegelijk in: u ziet ieders spindiagram, het teamresultaat en de vragen om in het teamoverleg te bespreken.',
    importLabel: 'Bestanden van de teamleden',
    failed: (count: number) => `De bestanden vormen samen geen teamscan (${count} problemen):`,
    agenda: 'Te bespreken in het teamoverleg',
    noAgenda: 'Het team is het over elke vraag eens.',
    spread: 'verschil',
    team: 'Team',
    moves: 'Raakt aan',
    members: 'Eigen score en eigen oordeel',
    member: 'Teamlid',
    overall: 'Eigen score',
    judgement: 'Eigen oordeel',
    gap: 'Oordeel min score',
    file: (name: string) => `bestand ${name}`,
  },
  en: {
    heading: 'Team scan',
    intro:
      "Let each team member fill in the scan on their own, with their role, and download the response. Read the whole team's files here at once: you see everyone's radar, the team's result and the questions to discuss in the team meeting.",
    importLabel: "The team members' files",
    failed: (count: number) => `The files do not make one team scan (${count} problems):`,
    agenda: 'To discuss in the team meeting',
    noAgenda: 'The team agrees on every question.',
    spread: 'difference',
    team: 'Team',
    moves: 'Moves',
    members: 'Own score and own judgement',
    member: 'Team member',
    overall: 'Own score',
    judgement: 'Own judgement',
    gap: 'Judgement minus score',
    file: (name: string) => `file ${name}`,
  },
} as const;

/** The outcome of the last team import, with the names of the files in the order read. */
export type TeamOutcome = {
  readonly fileNames: readonly string[];
  readonly analysis: TeamAnalysis;
};

function teamResult(team: NonNullable<ReportData['team']>, locale: Locale): HTMLElement[] {
  const texts = teamTexts[locale];
  const agenda =
    team.agenda.length === 0
      ? h('p', {}, texts.noAgenda)
      : h(
          'ol',
          { class: 'team-agenda', 'data-testid': 'team-agenda' },
          ...team.agenda.map((entry) =>
            h(
              'li',
              { 'data-item': entry.item },
              h('p', {}, h('strong', {}, entry.text), ` (${texts.spread} ${entry.spread})`),
              h(
                'ul',
                {},
                ...entry.answers.map((answer) =>
                  h('li', {}, `${answer.label}: ${answer.answerLabel}`),
                ),
                h('li', {}, h('strong', {}, `${texts.team}: ${entry.combinedLabel}`)),
              ),
              h(
                'p',
                { class: 'hint' },
                `${texts.moves}: ${entry.aspects.map((aspect) => aspect.label).join(', ')}`,
              ),
            ),
          ),
        );
  const members = h(
    'table',
    { class: 'team-members', 'data-testid': 'team-members' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, texts.member),
        h('th', { scope: 'col' }, texts.overall),
        h('th', { scope: 'col' }, texts.judgement),
        h('th', { scope: 'col' }, texts.gap),
      ),
    ),
    h(
      'tbody',
      {},
      ...team.respondents.map((entry) =>
        h(
          'tr',
          { 'data-respondent': entry.key },
          h('th', { scope: 'row' }, entry.label),
          h('td', {}, formatScore(entry.overall, locale)),
          h('td', {}, formatScore(entry.judgement, locale)),
          h(
            'td',
            {},
            entry.judgementGap === null
              ? '–'
              : `${entry.judgementGap > 0 ? '+' : ''}${formatScore(entry.judgementGap, locale)}`,
          ),
        ),
      ),
    ),
  );
  return [
    renderRadar(team.radar as unknown as ReportData['radar'], locale, 'team-radar'),
    h('h3', {}, texts.agenda),
    agenda,
    h('h3', {}, texts.members),
    members,
  ];
}

/** The team panel: a multi-file input, then the team view or every problem, file by file. */
export function renderTeam(options: {
  readonly locale: Locale;
  readonly outcome: TeamOutcome | null;
  readonly onImport: (files: readonly File[]) => void;
}): HTMLElement {
  const { locale, outcome, onImport } = options;
  const texts = teamTexts[locale];
  const input = h('input', {
    type: 'file',
    id: 'team-files',
    multiple: true,
    accept: 'application/json,.json',
    'data-testid': 'team-files',
  });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (files.length > 0) onImport(files);
    input.value = '';
  });
  let body: HTMLElement[] = [];
  if (outcome?.analysis.ok === true && outcome.analysis.report.team) {
    body = teamResult(outcome.analysis.report.team, locale);
  } else if (outcome?.analysis.ok === false) {
    const { issues } = outcome.analysis;
    body = [
      h(
        'div',
        { class: 'error-summary', role: 'alert', 'data-testid': 'team-errors' },
        h('p', {}, h('strong', {}, texts.failed(issues.length))),
        h(
          'ul',
          {},
          ...issues.map((issue) => {
            const name = issue.index === null ? undefined : outcome.fileNames[issue.index];
            const where = name === undefined ? '' : `${texts.file(name)}, `;
            const pointer =
              issue.index === null ? issue.pointer : issue.pointer.replace(/^\/\d+/, '');
            return h(
              'li',
              { 'data-code': issue.code },
              `${where}`,
              h('code', {}, pointer || '/'),
              ` ${issue.message}`,
            );
          }),
        ),
      ),
    ];
  }
  return h(
    'section',
    { class: 'panel team', 'aria-labelledby': 'team-heading', 'data-testid': 'team' },
    h('h2', { id: 'team-heading' }, texts.heading),
    h('p', { class: 'hint' }, texts.intro),
    h('div', { class: 'field' }, h('label', { for: 'team-files' }, texts.importLabel), input),
    ...body,
  );
}
