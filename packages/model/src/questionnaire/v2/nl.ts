import type { QuestionnaireLocale } from './structure';

/**
 * Which answer to give for an application type the practice does not use: the same help for every
 * inventory item, so that "nog niet" (0) and "past niet bij ons" ("niet van toepassing") are
 * chosen alike in every practice and regional comparisons stay fair.
 */
const notYetOrNotApplicable =
  'Gebruiken we dit (nog) niet? Kies "niet in gebruik" (0) als het bij onze praktijk en onze patiënten zou passen en we er nog niet aan toe zijn gekomen. Kies "niet van toepassing" alleen als het bewust niet bij onze praktijk past, bijvoorbeeld omdat het doel al op een andere manier bereikt wordt. Het aantal toepassingen weegt maar beperkt mee in de kwaliteitsscores; het rapport toont het als een apart overzicht.';

/** The Dutch texts of questionnaire 2.0.0 (primary language), written for the practice team in the "we"-form. */
export const nl: QuestionnaireLocale = {
  title: 'Praktijkscan digitale zorg',
  description:
    'Een korte zelfscan voor het hele praktijkteam: hoe kiezen, gebruiken en evalueren we digitale zorg, en wat is onze volgende stap? Vul de scan samen in en beantwoord elke vraag voor de praktijk als geheel. Reken op ongeveer een half uur.',
  sections: {
    'vision-policy': {
      title: 'Visie en beleid',
      description:
        'Waarom en waarvoor we digitale zorg inzetten, hoe dat in ons beleid staat, hoe we zelf de regie houden en of de financiering geregeld is.',
    },
    'team-skills': {
      title: 'Team, kennis en vaardigheden',
      description:
        'Of ons team de kennis en vaardigheden heeft om digitale zorg goed te gebruiken, en of we nieuwe toepassingen eerst uitproberen.',
    },
    'work-processes': {
      title: 'Werkprocessen en verbetercyclus',
      description:
        'Hoe we digitale toepassingen stap voor stap invoeren volgens plan-do-check-act: van overzicht en knelpunten tot vaste afspraken in protocollen.',
    },
    'care-delivery': {
      title: 'Digitale zorg in het zorgproces',
      description:
        'Welke zorg we digitaal leveren: digitaal contact in plaats van een bezoek, procesverbetering en ondersteuning van het netwerk rond de patiënt (INK-fasen 1 tot en met 3).',
    },
    patients: {
      title: 'Patiënten betrekken en informeren',
      description:
        'Hoe we patiënten betrekken, informeren en ondersteunen, en of digitale zorg past bij wat iedere patiënt kan.',
    },
    'security-continuity': {
      title: 'Informatiebeveiliging en continuïteit',
      description:
        'Of en hoe we onze digitale zorg toetsen aan de regels voor informatieveiligheid, en hoe de zorg doorgaat als een digitaal systeem uitvalt.',
    },
    'network-exchange': {
      title: 'Samenwerking en gegevensuitwisseling',
      description:
        'Hoe we digitaal samenwerken en gegevens uitwisselen met andere zorgpartners, ervaringen delen in de regio en samen met het zorgnetwerk werken aan de zorg voor onze populatie (INK-fasen 4 en 5).',
    },
    'monitoring-results': {
      title: 'Monitoring en resultaten meten',
      description:
        'Of we de resultaten van digitale zorg meten en evalueren, wat het effect is op de werkdruk, en of we onze ondersteuningsbehoefte met de regio bespreken.',
    },
    applications: {
      title: 'Digitale toepassingen',
      description:
        'Welke soorten digitale toepassingen we gebruiken en hoe ver we daarmee zijn. Gebruiken we een soort nog niet, kies dan "niet in gebruik" (0); past een soort bewust niet bij onze praktijk, kies dan "niet van toepassing". Dit overzicht weegt maar beperkt mee in de kwaliteitsscores en staat als apart overzicht in het rapport.',
    },
    overall: {
      title: 'Eindoordeel',
      description:
        'Ons eigen oordeel over hoe goed digitale zorg in de praktijk is geïntegreerd. Het staat in het rapport naast de berekende score en telt daarin niet mee.',
    },
  },
  items: {
    // vision-policy
    'digital-care-vision': {
      text: 'Hebben we een duidelijke visie op digitale zorg in onze praktijk?',
      help: 'Denk aan: digitale zorg inzetten waar die passend is en minimaal gelijkwaardig in kwaliteit aan niet-digitale zorg, in combinatie met niet-digitale zorg. De e-health toolbox stelt daarbij de vraag welke bijdrage technologie kan leveren aan het werkplezier, de kwaliteit van zorg en de verlaging van de werkdruk.',
    },
    'in-practice-plan': {
      text: 'Is de inzet van digitale zorg onderdeel van ons praktijkplan, ons kwaliteitsbeleid en ons kwaliteitsjaarverslag?',
    },
    'practice-goal': {
      text: 'Leggen we voor elke digitale toepassing die we invoeren een praktijkdoel vast?',
      help: 'Bijvoorbeeld: "We implementeren digitale tool X, zodat <wat we willen bereiken>, <hoe we dat doen>, <wie dat doet> en <voor wanneer>."',
    },
    'added-value-proven': {
      text: 'Is de toegevoegde waarde van de digitale zorg die we inzetten (wetenschappelijk) aangetoond?',
      help: 'De koepels InEen, LHV en NHG zetten digitale zorg in als die voldoet aan de kwaliteitseisen voor de huisartsenzorg en als de toegevoegde waarde (wetenschappelijk) aangetoond is.',
    },
    'professional-control': {
      text: 'Bepalen we als zorgverleners zelf hoe we digitale zorg inzetten?',
      help: 'Het gaat erom dat we zelf blijven nadenken over onderwerpen als kwaliteit van leven, regie over het zorgproces, de optimale inzet van digitale zorg en veiligheid.',
    },
    'ai-same-norms': {
      text: 'Toetsen we toepassingen met kunstmatige intelligentie (AI) aan dezelfde kwaliteits- en ethische normen als andere vormen van zorg?',
      help: 'Kies "niet van toepassing" als we geen toepassingen met AI gebruiken.',
    },
    'financing-arranged': {
      text: 'Hebben we met onze financiers afgestemd hoe onze digitale zorg duurzaam gefinancierd wordt?',
      help: 'Voor succesvolle toepassingen is duurzame financiering nodig; daarvoor is afstemming met de inkopers van de financiers nodig. Het stappenplan van het Nivel vraagt daarbij ook welke kosten je verwacht.',
    },

    // team-skills
    'team-knowledge-skills': {
      text: 'Hebben we zelf voldoende kennis en vaardigheden om onze digitale toepassingen goed te gebruiken?',
      help: 'Digivaardigindezorg onderscheidt acht thema’s voor digitale vaardigheden: e-health en technologie, applicaties, zorgdomotica, privacy, basisvaardigheden, social media, apps en instellingen, en Office.',
    },
    'learning-environment': {
      text: 'Proberen we een nieuwe toepassing eerst op kleine schaal uit voordat we die in de hele praktijk invoeren?',
      help: 'Uitproberen werkt alleen als van tevoren bekend is wat het doel is van de toepassing.',
    },

    // work-processes
    'processes-adapted': {
      text: 'Hebben we onze interne werkprocessen voldoende aangepast aan ons digitale zorgaanbod?',
      help: 'De visie van InEen, LHV en NHG noemt daarbij een andere capaciteitsverdeling of taakherschikking binnen het team: er komen taken bij en er worden werkwijzen overbodig.',
    },
    'solutions-inventory': {
      text: 'Hebben we een overzicht van de digitale oplossingen die we gebruiken, met waarvoor, door wie en hoe vaak?',
    },
    'bottlenecks-mapped': {
      text: 'Hebben we de huidige knelpunten in onze praktijk in kaart gebracht?',
      help: 'Bijvoorbeeld telefoondrukte in de ochtend, veel herhaalvragen, veel overtypen of overzetten, of een onduidelijke taakverdeling.',
    },
    'tool-choice-checks': {
      text: 'Toetsen we een nieuwe toepassing vooraf aan de drie vragen voor de keuze van een tool?',
      help: 'De drie vragen: past de oplossing binnen onze huidige werkprocessen, is de tool werkbaar binnen het team (eenvoudige instructies, zo min mogelijk handelingen) en is de tool veilig?',
    },
    'team-tool-agreements': {
      text: 'Spreken we bij elke toepassing duidelijk af waarvoor die gebruikt wordt en wie die gebruikt?',
    },
    'adjustments-in-protocols': {
      text: 'Leggen we aangepaste werkafspraken over digitale toepassingen vast in protocollen?',
      help: 'Na evaluatie passen we het proces en de onderlinge werkafspraken aan; die aangepaste afspraken worden geborgd in protocollen en in de dagelijkse werkprocessen.',
    },

    // care-delivery
    'digital-replaces-visits': {
      text: 'Vervangen we, waar dat passend is, een bezoek aan de praktijk door digitaal contact, zoals beeldbellen of een e-consult?',
    },
    'digital-contact-scheduled': {
      text: 'Hebben we onze dagelijkse agenda aangepast aan digitaal contact, zoals het e-consult?',
    },
    'medication-safety-digital': {
      text: 'Gebruiken we digitale hulpmiddelen om de medicatieveiligheid te verbeteren?',
    },
    'digital-flows-connected': {
      text: 'Komt informatie die patiënten digitaal aanleveren in het dossier zonder dat we die handmatig overzetten?',
    },
    'informal-carer-access': {
      text: 'Ondersteunen we mantelzorgers en andere naasten van de patiënt via een portaal?',
      help: 'Kies "niet van toepassing" als we bewust geen patiëntenportaal gebruiken. Hebben we een portaal maar ondersteunen we mantelzorgers er (nog) niet mee, kies dan "Nee / helemaal niet".',
    },
    'patient-in-provider-network': {
      text: 'Voegen we de patiënt, waar dat passend is, toe aan de digitale communicatie met andere zorgverleners?',
      help: 'Sommige communicatietoepassingen voor zorgverleners kunnen de patiënt aan het gesprek toevoegen.',
    },

    // patients
    'patient-involved': {
      text: 'Betrekken we patiënten bij onze keuzes over digitale zorg?',
    },
    'full-contact-form': {
      text: 'Dragen we uit dat digitale zorg een volwaardige contactvorm is?',
    },
    'proactive-encouragement': {
      text: 'Benaderen we onze patiënten proactief om het gebruik van digitale toepassingen te stimuleren?',
      help: 'Bijvoorbeeld via de website, het patiëntenportaal, het telefoonbandje, een poster in de wachtkamer of tijdens het consult.',
    },
    'channel-guidance': {
      text: 'Vertellen we patiënten op welke manier ze de praktijk het beste kunnen benaderen?',
      help: 'Bijvoorbeeld: wanneer pak je de telefoon, wanneer gebruik je een e-consult en wanneer is online inzage relevant?',
    },
    'understandable-information': {
      text: 'Delen we informatie over digitale zorg op een begrijpelijke manier op onze praktijkwebsite of ons wachtkamerscherm?',
    },
    'patient-support': {
      text: 'Ondersteunen we patiënten waar nodig bij het gebruik van digitale toepassingen, of vertellen we waar ze ondersteuning kunnen vinden?',
      help: 'Beide tellen: zelf helpen of doorverwijzen naar een plek waar patiënten hulp krijgen. De visie van InEen, LHV en NHG noemt daarbij het vergroten van de digitale vaardigheden van patiënten.',
    },
    'decide-together': {
      text: 'Bepalen huisarts en patiënt samen wat digitaal kan en wat fysiek moet?',
      help: 'Lichamelijk onderzoek of observatie kan nodig zijn; digitale zorg vervangt het fysieke contact niet altijd.',
    },
    'tailored-to-patient': {
      text: 'Sluiten we bij digitale zorg aan bij de mogelijkheden en vaardigheden van de patiënt?',
    },
    'non-digital-access': {
      text: 'Blijft niet-digitale zorg beschikbaar naast onze digitale zorg?',
    },

    // security-continuity
    'information-security-checked': {
      text: 'Toetsen we onze digitale zorg aan de wet- en regelgeving voor informatieveiligheid?',
      help: 'Of we een hulpmiddel voor het naleven van NEN 7510 gebruiken, vragen we apart, bij de digitale toepassingen.',
    },
    'continuity-plan': {
      text: 'Hebben we vastgelegd hoe de zorg doorgaat als een digitaal systeem uitvalt?',
    },

    // network-exchange
    'exchange-agreements': {
      text: 'Hebben we met andere zorgpartners afgesproken hoe we digitaal gegevens uitwisselen?',
    },
    'shared-care-platform': {
      text: 'Nemen we met andere zorgverleners of het sociaal domein deel aan een gezamenlijk digitaal platform?',
    },
    'population-data': {
      text: 'Gebruiken we samen met partners in het zorgnetwerk populatiegegevens voor de gezamenlijke bedrijfsvoering?',
    },
    'regional-coalition': {
      text: 'Bouwen we mee aan een regionale coalitie van zorgpartners met een gezamenlijke verantwoording voor de populatie?',
    },
    'regional-exchange': {
      text: 'Wisselen we ervaringen met digitale toepassingen uit met andere huisartsenpraktijken in de regio?',
      help: 'Denk aan: navragen welke toepassingen er in de regio al gebruikt worden voordat we kiezen, en goede ervaringen delen met andere praktijken en huisartsenorganisaties.',
    },

    // monitoring-results
    'results-measured': {
      text: 'Meten we wat onze digitale toepassingen opleveren?',
      help: 'Meet aan het doel dat vooraf is gesteld, op patiëntniveau of op praktijkniveau. Voorbeelden van een meetlat voor uitkomsten bij de patiënt zijn Positieve gezondheid, de Groninger Wellbeing Indicator, de Zelfredzaamheid-Matrix en de dimensies van Schalock.',
    },
    'use-evaluated': {
      text: 'Evalueren we na een aantal weken of maanden met het team het gebruik van een nieuwe toepassing?',
      help: 'Wat gaat beter? Wat kost tijd? Zijn er minder telefoontjes en terugbelverzoeken? Gaan zaken sneller of overzichtelijker? Wat is de feedback van patiënten?',
    },
    'workload-effect': {
      text: 'Volgen we welk effect onze digitale toepassingen hebben op de werkdruk van het team?',
    },
    'practice-visit-support': {
      text: 'Hebben we bij het laatste praktijkbezoek van de regionale organisatie besproken waarin zij ons kan ondersteunen bij digitalisering?',
      help: 'Kies "niet van toepassing" als onze regio geen praktijkbezoeken organiseert.',
    },

    // applications
    'uses-waiting-room-screen': {
      text: 'In hoeverre gebruiken we een wachtkamerscherm met actuele praktijkinformatie en gezondheidsvoorlichting?',
      help: notYetOrNotApplicable,
    },
    'uses-practice-website': {
      text: 'In hoeverre gebruiken we een praktijkwebsite met actuele informatie over openingstijden, bereikbaarheid en spoedzorg?',
      help: notYetOrNotApplicable,
    },
    'uses-patient-portal': {
      text: 'In hoeverre gebruiken we een patiëntenportaal?',
      help: 'Bijvoorbeeld voor afspraken, herhaalrecepten, uitslagen, e-consulten en inzage in het dossier. Gebruiken we dit (nog) niet? Kies "niet in gebruik" (0) als het bij onze praktijk en onze patiënten zou passen en we er nog niet aan toe zijn gekomen. Kies "niet van toepassing" alleen als het bewust niet bij onze praktijk past, bijvoorbeeld omdat het doel al op een andere manier bereikt wordt. Het aantal toepassingen weegt maar beperkt mee in de kwaliteitsscores; het rapport toont het als een apart overzicht.',
    },
    'uses-e-consultation': {
      text: 'In hoeverre gebruiken we het e-consult of een chat voor niet-spoedeisende vragen?',
      help: notYetOrNotApplicable,
    },
    'uses-video-consultation': {
      text: 'In hoeverre gebruiken we beeldbellen met patiënten?',
      help: notYetOrNotApplicable,
    },
    'uses-health-information': {
      text: 'In hoeverre verwijzen we patiënten naar online informatie en advies over gezondheid en ziekte?',
      help: notYetOrNotApplicable,
    },
    'uses-telemonitoring': {
      text: 'In hoeverre gebruiken we telemonitoring om de gezondheid van patiënten op afstand te volgen?',
      help: notYetOrNotApplicable,
    },
    'uses-self-help-programmes': {
      text: 'In hoeverre bieden we digitale zelfhulp- of behandelprogramma’s aan?',
      help: 'Bijvoorbeeld e-mental-health-programma’s, leefstijlprogramma’s of programma’s voor zelfzorg bij een chronische aandoening. Gebruiken we dit (nog) niet? Kies "niet in gebruik" (0) als het bij onze praktijk en onze patiënten zou passen en we er nog niet aan toe zijn gekomen. Kies "niet van toepassing" alleen als het bewust niet bij onze praktijk past, bijvoorbeeld omdat het doel al op een andere manier bereikt wordt. Het aantal toepassingen weegt maar beperkt mee in de kwaliteitsscores; het rapport toont het als een apart overzicht.',
    },
    'uses-digital-self-triage': {
      text: 'In hoeverre bieden we digitale zelftriage aan?',
      help: 'Patiënten voeren hun klachten in en krijgen direct advies over zelfzorg, contact met de praktijk of spoedzorg. Gebruiken we dit (nog) niet? Kies "niet in gebruik" (0) als het bij onze praktijk en onze patiënten zou passen en we er nog niet aan toe zijn gekomen. Kies "niet van toepassing" alleen als het bewust niet bij onze praktijk past, bijvoorbeeld omdat het doel al op een andere manier bereikt wordt. Het aantal toepassingen weegt maar beperkt mee in de kwaliteitsscores; het rapport toont het als een apart overzicht.',
    },
    'uses-consult-preparation': {
      text: 'In hoeverre laten we patiënten vooraf digitaal hun klachten, vragen en relevante informatie invullen?',
      help: notYetOrNotApplicable,
    },
    'uses-decision-support': {
      text: 'In hoeverre gebruiken we beslissingsondersteunende instrumenten?',
      help: notYetOrNotApplicable,
    },
    'uses-decision-aids': {
      text: 'In hoeverre gebruiken we digitale keuzehulpen met patiënten?',
      help: notYetOrNotApplicable,
    },
    'uses-check-in-kiosk': {
      text: 'In hoeverre gebruiken we een aanmeldzuil waarmee patiënten zich bij binnenkomst zelf aanmelden?',
      help: notYetOrNotApplicable,
    },
    'uses-speech-reporting': {
      text: 'In hoeverre gebruiken we spraakgestuurd rapporteren of digitale gespreksondersteuning?',
      help: notYetOrNotApplicable,
    },
    'uses-provider-communication': {
      text: 'In hoeverre communiceren we digitaal met zorgverleners buiten de praktijk?',
      help: 'Bijvoorbeeld met chatprogramma’s, communicatieportalen of beeldbellen, voor overleg, advies en het veilig uitwisselen van patiëntgegevens. Gebruiken we dit (nog) niet? Kies "niet in gebruik" (0) als het bij onze praktijk en onze patiënten zou passen en we er nog niet aan toe zijn gekomen. Kies "niet van toepassing" alleen als het bewust niet bij onze praktijk past, bijvoorbeeld omdat het doel al op een andere manier bereikt wordt. Het aantal toepassingen weegt maar beperkt mee in de kwaliteitsscores; het rapport toont het als een apart overzicht.',
    },
    'uses-measuring-equipment': {
      text: 'In hoeverre gebruiken we digitale meetapparatuur in de praktijk?',
      help: notYetOrNotApplicable,
    },
    'uses-ai-support': {
      text: 'In hoeverre gebruiken we toepassingen met kunstmatige intelligentie (AI)?',
      help: notYetOrNotApplicable,
    },
    'uses-nen7510-compliance': {
      text: 'In hoeverre gebruiken we een hulpmiddel voor het naleven van NEN 7510?',
      help: notYetOrNotApplicable,
    },
    'uses-password-vault': {
      text: 'In hoeverre gebruiken we een wachtwoordkluis?',
      help: notYetOrNotApplicable,
    },

    // overall
    'overall-integration': {
      text: 'Concluderend: is digitale zorg goed geïntegreerd in onze praktijkvoering?',
      help: 'Ons eigen oordeel. Het staat in het rapport naast de berekende score en telt daarin niet mee.',
    },
  },
};
