import type { ScanItemTexts } from './types';

/** The Dutch texts of the scan's own items. */
export const scanItemTextsNl: ScanItemTexts = {
  practice: 'Praktijk',
  practiceName: 'Naam van de praktijk',
  practiceId: 'Kenmerk van de praktijk',
  practiceIdHelp:
    'Een vaste code voor uw praktijk, meestal al ingevuld door uw software. Laat het leeg als u het niet weet.',
  completedOn: 'Datum van invullen',
  lastPracticeVisit: 'Datum van het laatste praktijkbezoek (als dat er was)',
  bottlenecks: 'Knelpunten',
  bottleneck: 'Welke knelpunten herkent u in uw praktijk?',
  ownBottleneck: 'Een ander knelpunt, in uw eigen woorden',
  idea: 'Verbeteridee (verbeterformat)',
  ideaFields: {
    id: 'Kenmerk van het idee',
    title: 'Titel',
    date: 'Datum',
    from: 'Van',
    team: 'Afdeling/team',
    problem: 'Wat is het probleem?',
    size: 'Wat is de omvang?',
    idea: 'Wat is de gewenste/ideale situatie? Wat is je idee?',
    yield: 'Wat levert de oplossing op?',
    involve: 'Wie moet je bij de oplossing gaan betrekken?',
    effect: 'Effect (1 = weinig effect, 5 = veel effect)',
    energy: 'Energie (1 = weinig energie, 5 = veel energie)',
  },
  ratingEnds: {
    effect: ['Weinig effect', 'Veel effect'],
    energy: ['Weinig energie', 'Veel energie'],
  },
  scores: 'Scores (berekend)',
  scoresHelp:
    'Per kwaliteitsaspect 0 tot 100, berekend uit uw antwoorden terwijl u invult. Niet van toepassing en niet beantwoord tellen niet mee.',
  overallScore: 'Totaalscore',
};
