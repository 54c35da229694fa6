import type { Locale } from '@praktijkscan/model';

/** The texts of the team part of a report, in one language. */
export interface TeamTexts {
  readonly heading: string;
  readonly intro: string;
  readonly radarCaption: string;
  readonly respondents: string;
  readonly respondent: string;
  readonly completedOn: string;
  readonly overall: string;
  readonly judgement: string;
  readonly gap: string;
  readonly agenda: string;
  readonly agendaIntro: (spread: number, yesNo: number) => string;
  readonly noAgenda: string;
  readonly question: string;
  readonly spread: string;
  readonly team: string;
  readonly aspects: string;
  /** Errors of `praktijkscan team`: the lead line, each in the chosen language. */
  readonly errors: {
    readonly stdinOnce: string;
    readonly notJson: (what: string, detail: string) => string;
    readonly asOfBeforeCompletion: (asOf: string, completedOn: string) => string;
    readonly notOneTeam: (count: number) => string;
  };
}

const en: TeamTexts = {
  heading: 'Team scan',
  intro:
    'Several members of the team filled in the scan on their own. The scores above are those of the team response that combines them; here is where they differ.',
  radarCaption: 'Quality aspects per team member and for the team, 0 to 100',
  respondents: 'Team members: own score and own judgement',
  respondent: 'Team member',
  completedOn: 'Completed on',
  overall: 'Own overall score',
  judgement: 'Own judgement',
  gap: 'Judgement minus score',
  agenda: 'To discuss in the team meeting',
  agendaIntro: (spread, yesNo) =>
    `The questions on which the answers lie ${spread} points or more apart (yes/no: ${yesNo === 1 ? 'any difference' : `${yesNo} or more`}), largest difference first.`,
  noAgenda: 'The team agrees on every question: nothing to discuss.',
  question: 'Question',
  spread: 'Difference',
  team: 'Team',
  aspects: 'Moves',
  errors: {
    stdinOnce: 'stdin ("-") can be given once',
    notJson: (what, detail) => `${what} is not JSON: ${detail}`,
    asOfBeforeCompletion: (asOf, completedOn) =>
      `--as-of ${asOf} is before the completion date ${completedOn} of the team response`,
    notOneTeam: (count) =>
      `the responses do not make one team scan (${count} problem${count === 1 ? '' : 's'})`,
  },
};

const nl: TeamTexts = {
  heading: 'Teamscan',
  intro:
    'Meerdere teamleden vulden de scan ieder voor zich in. De scores hierboven zijn die van het teamantwoord dat ze combineert; hier staat waar ze verschillen.',
  radarCaption: 'Kwaliteitsaspecten per teamlid en voor het team, 0 tot 100',
  respondents: 'Teamleden: eigen score en eigen oordeel',
  respondent: 'Teamlid',
  completedOn: 'Ingevuld op',
  overall: 'Eigen totaalscore',
  judgement: 'Eigen oordeel',
  gap: 'Oordeel min score',
  agenda: 'Te bespreken in het teamoverleg',
  agendaIntro: (spread, yesNo) =>
    `De vragen waarop de antwoorden ${spread} punten of meer uiteenlopen (ja/nee: ${yesNo === 1 ? 'elk verschil' : `${yesNo} of meer`}), grootste verschil eerst.`,
  noAgenda: 'Het team is het over elke vraag eens: niets te bespreken.',
  question: 'Vraag',
  spread: 'Verschil',
  team: 'Team',
  aspects: 'Raakt aan',
  errors: {
    stdinOnce: 'stdin ("-") kan maar één keer worden meegegeven',
    notJson: (what, detail) => `${what} is geen JSON: ${detail}`,
    asOfBeforeCompletion: (asOf, completedOn) =>
      `--as-of ${asOf} ligt vóór de invuldatum ${completedOn} van het teamantwoord`,
    notOneTeam: (count) =>
      `de antwoorden vormen samen geen teamscan (${count} ${count === 1 ? 'probleem' : 'problemen'})`,
  },
};

/** The team texts of a language. */
export function teamTextsFor(locale: Locale): TeamTexts {
  return locale === 'nl' ? nl : en;
}
