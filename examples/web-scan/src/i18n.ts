import type { Locale } from '@praktijkscan/model';

/** The app's own texts (everything else comes from the packages, in both languages). */
export interface UiTexts {
  readonly appTitle: string;
  readonly appIntro: string;
  readonly language: string;
  readonly practice: string;
  readonly practiceId: string;
  readonly practiceName: string;
  readonly completedOn: string;
  readonly lastPracticeVisitOn: string;
  readonly asOf: string;
  readonly asOfHelp: string;
  readonly sections: string;
  readonly answeredOf: (answered: number, total: number) => string;
  readonly sectionOf: (index: number, total: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly notApplicable: string;
  readonly results: string;
  readonly overall: string;
  readonly completeness: string;
  readonly aspectScores: string;
  readonly aspect: string;
  readonly score: string;
  readonly coverage: string;
  readonly noScore: string;
  readonly radar: string;
  readonly radarDescription: string;
  readonly phaseLadder: string;
  readonly phaseStatus: Readonly<Record<'attained' | 'current' | 'next' | 'later', string>>;
  readonly phaseProgress: (progress: string) => string;
  readonly phaseDates: (earliest: string, typical: string) => string;
  readonly recommendations: string;
  readonly noRecommendations: string;
  /** The use of digital applications, apart from the quality scores (as the CLI's report has it). */
  readonly adoption: {
    readonly heading: string;
    readonly intro: string;
    readonly inUseFrom: (label: string) => string;
    readonly domain: string;
    readonly inUse: string;
    readonly notApplicable: string;
    readonly missing: string;
    readonly usageLevel: string;
    readonly ofAsked: (count: number, asked: number) => string;
    readonly usageLevelNote: string;
    readonly perApplication: string;
    readonly nivelType: string;
    readonly nivelTypeNote: string;
    readonly noneAsked: string;
  };
  readonly startBy: (date: string) => string;
  readonly focus: string;
  readonly noFocus: string;
  readonly roadmap: string;
  readonly quarter: (index: number, from: string, to: string) => string;
  readonly later: string;
  readonly avoid: string;
  readonly laterStep: string;
  readonly reasons: string;
  readonly matrix: string;
  readonly matrixHelp: string;
  readonly effect: string;
  readonly energy: string;
  readonly high: string;
  readonly low: string;
  readonly idea: string;
  readonly recommendationCount: (count: number) => string;
  readonly emptyCell: string;
  readonly ideas: string;
  readonly ideasIntro: string;
  readonly ideaTitle: string;
  readonly addIdea: string;
  readonly removeIdea: (title: string) => string;
  readonly noIdeas: string;
  readonly ratingLabels: readonly [string, string, string, string, string];
  readonly transfer: string;
  readonly exportResponse: string;
  readonly importResponse: string;
  readonly importHelp: string;
  readonly imported: (name: string) => string;
  readonly importFailed: (name: string, count: number) => string;
  readonly goToQuestion: (number: string) => string;
  readonly wholeFile: string;
  readonly dismiss: string;
  readonly cannotScore: string;
  readonly updating: string;
  readonly updated: string;
  readonly failed: (message: string) => string;
  readonly phase: string;
  readonly noPhase: string;
  readonly noPhaseExplained: string;
  readonly coveragePercent: (percent: string) => string;
  readonly lowCoverage: (percent: string) => string;
  readonly toResults: string;
  readonly gap: string;
  readonly gapNote: string;
  readonly bottlenecks: string;
  readonly bottlenecksIntro: string;
  readonly ownBottlenecks: string;
  readonly ownBottlenecksHelp: string;
  readonly ideaMore: string;
  readonly ideaFields: Readonly<
    Record<'from' | 'team' | 'problem' | 'size' | 'idea' | 'yield' | 'involve', string>
  >;
}

const nl: UiTexts = {
  appTitle: 'Praktijkscan digitale zorg',
  appIntro:
    'Vul de vragen per onderdeel in. De scores, het INK-fasemodel en de aanbevolen stappen lopen mee terwijl u antwoordt. Alles blijft in deze browser bewaard.',
  language: 'Taal',
  practice: 'Praktijk',
  practiceId: 'Praktijk-id',
  practiceName: 'Naam van de praktijk',
  completedOn: 'Ingevuld op',
  lastPracticeVisitOn: 'Laatste praktijkbezoek (optioneel)',
  asOf: 'Advies per datum',
  asOfHelp: 'Standaard vandaag; de planning van de stappen rekent vanaf deze datum.',
  sections: 'Onderdelen',
  answeredOf: (answered, total) => `${answered} van ${total} beantwoord`,
  sectionOf: (index, total) => `Onderdeel ${index} van ${total}`,
  previous: 'Vorig onderdeel',
  next: 'Volgend onderdeel',
  notApplicable: 'Niet van toepassing',
  results: 'Uitkomst',
  overall: 'Totaalscore',
  completeness: 'Volledigheid',
  aspectScores: 'Scores op de zes kwaliteitsaspecten (Wkkgz)',
  aspect: 'Aspect',
  score: 'Score',
  coverage: 'Dekking',
  noScore: '–',
  radar: 'Radar van de kwaliteitsaspecten',
  radarDescription: 'Scores van 0 tot 100 per aspect',
  phaseLadder: 'INK-fasemodel',
  phaseStatus: {
    attained: 'bereikt',
    current: 'huidige fase',
    next: 'volgende fase',
    later: 'later',
  },
  phaseProgress: (progress) => `voortgang ${progress}`,
  phaseDates: (earliest, typical) => `op zijn vroegst ${earliest}, gebruikelijk ${typical}`,
  recommendations: 'Aanbevolen stappen',
  noRecommendations: 'Geen aanbevelingen.',
  adoption: {
    heading: 'Gebruik van digitale toepassingen',
    intro:
      'Welke soorten digitale toepassingen de praktijk gebruikt en hoe ver ze daarmee is. Dit overzicht hoort niet bij de kwaliteitsscores: het is geen oordeel over de kwaliteit van zorg, maar een telling van de antwoorden.',
    inUseFrom: (label) => `Een toepassing telt als in gebruik vanaf het antwoord ‘${label}’.`,
    domain: 'Domein',
    inUse: 'In gebruik',
    notApplicable: 'Past niet',
    missing: 'Niet ingevuld',
    // A soft hyphen: the heading breaks as "Gebruiks-niveau" where a phone's column is narrow.
    usageLevel: 'Gebruiks\u00ADniveau',
    ofAsked: (count, asked) => `${count} van ${asked}`,
    usageLevelNote:
      'Gebruiksniveau: het gemiddelde antwoord op een schaal van 0 (niet in gebruik) tot 100 (ingebed en geëvalueerd). Toepassingen die niet bij de praktijk passen of niet zijn ingevuld, tellen daarin niet mee.',
    perApplication: 'Per toepassing',
    nivelType: 'Nivel-soort',
    nivelTypeNote:
      'Nivel-soort: een van de zeven soorten e-healthtoepassingen van Nivel, samen geteld in de laatste regel van de tabel.',
    noneAsked: 'Deze vragenlijst vraagt niet naar digitale toepassingen.',
  },
  startBy: (date) => `starten vóór ${date}`,
  focus: 'Nu aan de slag',
  noFocus: 'Geen nieuwe stappen om dit kwartaal mee te beginnen.',
  roadmap: 'Routekaart per kwartaal',
  quarter: (index, from, to) => `Kwartaal ${index + 1} (${from} – ${to})`,
  later: 'Later',
  avoid: 'Nu niet, en waarom',
  laterStep: 'later',
  reasons: 'Waarom',
  matrix: 'Effect/energie-matrix',
  matrixHelp: 'Verbeterideeën en aanbevelingen naar effect (verticaal) en energie (horizontaal).',
  effect: 'Effect',
  energy: 'Energie',
  high: 'hoog',
  low: 'laag',
  idea: 'idee',
  recommendationCount: (count) => `${count} ${count === 1 ? 'aanbeveling' : 'aanbevelingen'}`,
  emptyCell: 'Leeg',
  ideas: 'Verbeterideeën',
  ideasIntro: 'Voeg eigen ideeën toe; ze komen in de matrix te staan.',
  ideaTitle: 'Idee',
  addIdea: 'Idee toevoegen',
  removeIdea: (title) => `Verwijder idee “${title}”`,
  noIdeas: 'Nog geen ideeën.',
  ratingLabels: ['1 – heel weinig', '2 – weinig', '3 – gemiddeld', '4 – veel', '5 – heel veel'],
  transfer: 'Opslaan en inlezen',
  exportResponse: 'Antwoorden downloaden (JSON)',
  importResponse: 'Antwoorden inlezen (JSON-bestand)',
  importHelp: 'Een bestand dat niet klopt, wordt niet ingelezen; de fouten staan bij de vragen.',
  imported: (name) => `${name} is ingelezen.`,
  importFailed: (name, count) =>
    `${name} is niet ingelezen: ${count} ${count === 1 ? 'probleem' : 'problemen'}.`,
  goToQuestion: (number) => `Naar vraag ${number}`,
  wholeFile: 'het hele bestand',
  dismiss: 'Sluiten',
  cannotScore: 'Nog niet te berekenen:',
  updating: 'Bijwerken…',
  updated: 'Bijgewerkt.',
  failed: (message) => `Berekenen mislukt: ${message}`,
  phase: 'INK-fase',
  noPhase: 'Nog geen fase 1',
  noPhaseExplained:
    'De praktijk heeft de eerste fase van het INK-model nog niet bereikt; de fasen lopen van 1 tot 5.',
  coveragePercent: (percent) => `${percent} beantwoord`,
  lowCoverage: (percent) =>
    `Lees met zorg: pas ${percent} van de toepasselijke vragen is beantwoord, dus de scores rusten op weinig antwoorden.`,
  toResults: 'Naar de uitkomst',
  gap: 'geen score',
  gapNote: 'Een aspect zonder score blijft open in de radar (een gat) en telt niet als 0.',
  bottlenecks: 'Knelpunten',
  bottlenecksIntro: 'Welke knelpunten herkent u in uw praktijk? Ze sturen de aanbevelingen mee.',
  ownBottlenecks: 'Andere knelpunten, in uw eigen woorden',
  ownBottlenecksHelp: 'Eén knelpunt per regel.',
  ideaMore: 'Meer velden van het verbeterformat (optioneel)',
  ideaFields: {
    from: 'Van',
    team: 'Afdeling/team',
    problem: 'Wat is het probleem?',
    size: 'Wat is de omvang?',
    idea: 'Wat is de gewenste/ideale situatie? Wat is je idee?',
    yield: 'Wat levert de oplossing op?',
    involve: 'Wie moet je bij de oplossing gaan betrekken?',
  },
};

const en: UiTexts = {
  appTitle: 'Digital care practice scan',
  appIntro:
    'Answer the questions section by section. The scores, the INK phase model and the recommended steps follow as you answer. Everything stays in this browser.',
  language: 'Language',
  practice: 'Practice',
  practiceId: 'Practice id',
  practiceName: 'Practice name',
  completedOn: 'Completed on',
  lastPracticeVisitOn: 'Last practice visit (optional)',
  asOf: 'Advice as of',
  asOfHelp: 'Today by default; the plan of the steps counts from this date.',
  sections: 'Sections',
  answeredOf: (answered, total) => `${answered} of ${total} answered`,
  sectionOf: (index, total) => `Section ${index} of ${total}`,
  previous: 'Previous section',
  next: 'Next section',
  notApplicable: 'Not applicable',
  results: 'Results',
  overall: 'Overall score',
  completeness: 'Completeness',
  aspectScores: 'Scores on the six quality aspects (Wkkgz)',
  aspect: 'Aspect',
  score: 'Score',
  coverage: 'Coverage',
  noScore: '–',
  radar: 'Radar of the quality aspects',
  radarDescription: 'Scores from 0 to 100 per aspect',
  phaseLadder: 'INK phase model',
  phaseStatus: {
    attained: 'attained',
    current: 'current phase',
    next: 'next phase',
    later: 'later',
  },
  phaseProgress: (progress) => `progress ${progress}`,
  phaseDates: (earliest, typical) => `at the earliest ${earliest}, typically ${typical}`,
  recommendations: 'Recommended steps',
  noRecommendations: 'No recommendations.',
  adoption: {
    heading: 'Use of digital applications',
    intro:
      'Which kinds of digital application the practice uses, and how far it has come with each. This overview is not part of the quality scores: it does not judge the quality of care; it only counts the answers.',
    inUseFrom: (label) => `An application counts as in use from the answer ‘${label}’.`,
    domain: 'Domain',
    inUse: 'In use',
    notApplicable: 'Does not fit',
    missing: 'Not answered',
    usageLevel: 'Usage level',
    ofAsked: (count, asked) => `${count} of ${asked}`,
    usageLevelNote:
      'Usage level: the mean answer on a scale from 0 (not in use) to 100 (embedded and evaluated). Applications that do not fit the practice or are not answered do not count in it.',
    perApplication: 'Per application',
    nivelType: 'Nivel type',
    nivelTypeNote:
      "Nivel type: one of Nivel's seven types of e-health application, counted together in the table's last row.",
    noneAsked: 'This questionnaire does not ask about digital applications.',
  },
  startBy: (date) => `start by ${date}`,
  focus: 'Start now',
  noFocus: 'No new steps to start this quarter.',
  roadmap: 'Roadmap by quarter',
  quarter: (index, from, to) => `Quarter ${index + 1} (${from} – ${to})`,
  later: 'Later',
  avoid: 'Not now, and why',
  laterStep: 'later',
  reasons: 'Why',
  matrix: 'Effect/energy matrix',
  matrixHelp: 'Improvement ideas and recommendations by effect (vertical) and energy (horizontal).',
  effect: 'Effect',
  energy: 'Energy',
  high: 'high',
  low: 'low',
  idea: 'idea',
  recommendationCount: (count) => `${count} ${count === 1 ? 'recommendation' : 'recommendations'}`,
  emptyCell: 'Empty',
  ideas: 'Improvement ideas',
  ideasIntro: 'Add ideas of your own; they land in the matrix.',
  ideaTitle: 'Idea',
  addIdea: 'Add idea',
  removeIdea: (title) => `Remove idea “${title}”`,
  noIdeas: 'No ideas yet.',
  ratingLabels: ['1 – very little', '2 – little', '3 – moderate', '4 – much', '5 – very much'],
  transfer: 'Save and load',
  exportResponse: 'Download answers (JSON)',
  importResponse: 'Load answers (JSON file)',
  importHelp: 'A file with problems is not loaded; the problems are shown at the questions.',
  imported: (name) => `${name} was loaded.`,
  importFailed: (name, count) =>
    `${name} was not loaded: ${count} ${count === 1 ? 'problem' : 'problems'}.`,
  goToQuestion: (number) => `Go to question ${number}`,
  wholeFile: 'the whole file',
  dismiss: 'Dismiss',
  cannotScore: 'Cannot be scored yet:',
  updating: 'Updating…',
  updated: 'Updated.',
  failed: (message) => `Scoring failed: ${message}`,
  phase: 'INK phase',
  noPhase: 'Not yet phase 1',
  noPhaseExplained:
    'The practice has not reached the first phase of the INK model yet; the phases run from 1 to 5.',
  coveragePercent: (percent) => `${percent} answered`,
  lowCoverage: (percent) =>
    `Read with care: only ${percent} of the applicable questions are answered, so the scores rest on few answers.`,
  toResults: 'Go to the results',
  gap: 'no score',
  gapNote: 'An aspect without a score stays open in the radar (a gap) and does not count as 0.',
  bottlenecks: 'Bottlenecks',
  bottlenecksIntro:
    'Which bottlenecks do you recognise in your practice? They steer the recommendations.',
  ownBottlenecks: 'Other bottlenecks, in your own words',
  ownBottlenecksHelp: 'One bottleneck per line.',
  ideaMore: 'More fields of the improvement form (optional)',
  ideaFields: {
    from: 'From',
    team: 'Department/team',
    problem: 'What is the problem?',
    size: 'How big is it?',
    idea: 'What is the desired or ideal situation? What is your idea?',
    yield: 'What does the solution yield?',
    involve: 'Whom should you involve in the solution?',
  },
};

export const uiTexts: Readonly<Record<Locale, UiTexts>> = { nl, en };

/** A percentage with one decimal and its unit (`62,5%`). */
export function formatPercent(value: number | null, locale: Locale): string {
  return value === null ? uiTexts[locale].noScore : `${formatScore(value, locale)}%`;
}

/** Numbers with one decimal, as the packages compute them, in the locale's notation. */
export function formatScore(value: number | null, locale: Locale): string {
  if (value === null) return uiTexts[locale].noScore;
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A `YYYY-MM-DD` date in words, e.g. "12 februari 2026". */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
