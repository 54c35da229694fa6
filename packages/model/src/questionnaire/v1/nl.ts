import type { QuestionnaireLocale } from './structure';

/** The Dutch texts of questionnaire 1.0.0 (primary language), written for the practice team in the "we"-form. */
export const nl: QuestionnaireLocale = {
  title: 'Praktijkscan digitale zorg',
  description:
    'Een zelfscan voor het hele praktijkteam: hoe ver zijn we met digitale zorg, hoe goed past die bij onze werkwijze en onze patiënten, en wat is onze volgende stap? Vul de scan samen in en beantwoord elke vraag voor de praktijk als geheel.',
  sections: {
    'vision-policy': {
      title: 'Visie en beleid',
      description:
        'Waarom en waarvoor we digitale zorg inzetten, hoe dat in ons beleid staat en hoe we zelf de regie houden, ook bij nieuwe technologie zoals AI.',
    },
    'team-skills': {
      title: 'Team, kennis en vaardigheden',
      description:
        'Of ons team de kennis, vaardigheden en leertijd heeft om digitale zorg goed te gebruiken, en hoe we nieuwe toepassingen veilig uitproberen.',
    },
    'work-processes': {
      title: 'Werkprocessen en verbetercyclus',
      description:
        'Hoe we digitale toepassingen stap voor stap invoeren volgens plan-do-check-act: van doel en knelpunten tot vaste afspraken in protocollen.',
    },
    'care-delivery': {
      title: 'Digitale zorg in het zorgproces',
      description:
        'Welke zorg we echt digitaal leveren: van digitaal contact in plaats van een bezoek, via veiligere en slimmere processen, tot ondersteuning van patiënten en hun naasten (INK-fasen 1 tot en met 3).',
    },
    patients: {
      title: 'Patiënten betrekken en informeren',
      description:
        'Hoe we patiënten betrekken, informeren en ondersteunen, en ervoor zorgen dat digitale zorg past bij wat iedere patiënt kan en wil.',
    },
    'security-continuity': {
      title: 'Informatiebeveiliging en continuïteit',
      description:
        'Hoe we patiëntgegevens beveiligen en hoe de zorg doorgaat als een digitaal systeem uitvalt.',
    },
    'network-exchange': {
      title: 'Samenwerking en gegevensuitwisseling',
      description:
        'Hoe we digitaal samenwerken en gegevens uitwisselen met andere zorgverleners, en samen met het zorgnetwerk de zorg voor onze populatie organiseren (INK-fasen 4 en 5).',
    },
    'monitoring-results': {
      title: 'Monitoring en resultaten meten',
      description:
        'Of we vooraf meetbare doelen stellen, resultaten volgen en evalueren, en de jaarlijkse monitoring gebruiken om bij te sturen.',
    },
    applications: {
      title: 'Digitale toepassingen',
      description:
        'Welke soorten digitale toepassingen we gebruiken en hoe ver we daarmee zijn. Heeft een soort toepassing voor onze praktijk terecht geen nut, kies dan "niet van toepassing".',
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
      text: 'Hebben we als praktijk een duidelijke visie op digitale zorg: waarvoor zetten we die in en waarvoor bewust niet?',
      help: 'Denk aan: digitale zorg waar die passend is en minstens even goed als zorg in de praktijk, altijd in combinatie met fysieke zorg. Een visie die het team samen heeft uitgewerkt, werkt beter dan een visie op papier.',
    },
    'in-practice-plan': {
      text: 'Staat digitale zorg in ons praktijkplan, ons kwaliteitsbeleid en ons kwaliteitsjaarverslag?',
    },
    'practice-goal': {
      text: 'Hebben we voor de digitale toepassing die we invoeren een concreet doel opgeschreven: wat we willen bereiken, hoe, wie het doet en voor wanneer?',
      help: 'Bijvoorbeeld: "We voeren het e-consult in, zodat de telefoonlijn \'s ochtends rustiger wordt; de assistenten beantwoorden e-consulten volgens protocol; klaar voor 1 juni."',
    },
    'added-value-shown': {
      text: 'Zetten we een digitale toepassing pas structureel in als de meerwaarde is aangetoond, in onderzoek of in onze eigen meting?',
    },
    'professional-control': {
      text: 'Houden we zelf de regie over digitale zorg: beslissen wij als professionals over kwaliteit, zorgproces en veiligheid, en niet een leverancier of de techniek?',
    },
    'ai-same-norms': {
      text: 'Toetsen we toepassingen met kunstmatige intelligentie (AI) aan dezelfde kwaliteits- en ethische eisen als andere zorg?',
      help: 'Bijvoorbeeld: wie controleert de uitkomst, hoe gaan we om met patiëntgegevens, werkt het even goed voor alle patiëntgroepen? Kies "niet van toepassing" als we geen AI gebruiken.',
    },

    // team-skills
    'team-knowledge-skills': {
      text: 'Hebben we in het team genoeg kennis en vaardigheden om onze digitale toepassingen goed en veilig te gebruiken?',
    },
    'basic-digital-skills': {
      text: 'Werken we gericht aan de digitale basisvaardigheden van ieder teamlid, en weten we wie daarbij extra ondersteuning nodig heeft?',
      help: 'Denk aan basisvaardigheden, apps en instellingen, privacy en het werken met het HIS en het patiëntenportaal.',
    },
    'learning-time': {
      text: 'Krijgt ieder teamlid tijd om ervaring op te doen met digitale zorg, in de orde van zo’n 100 uur over twee jaar?',
      help: 'Volgens de 10-20-70-verdeling: ongeveer 10 uur workshops, 20 uur samen met een deskundige terugkijken en 70 uur oefenen in het dagelijks werk. Dat is ongeveer een uur per week.',
    },
    'digital-ambassadors': {
      text: 'Hebben we een of meer teamleden aangewezen als aandachtsvelder of ambassadeur digitale zorg, met tijd om collega’s te helpen?',
    },
    'learning-environment': {
      text: 'Proberen we een nieuwe toepassing eerst op kleine schaal uit, met een vooraf bepaald doel, voordat we die breed invoeren?',
      help: 'Bijvoorbeeld één huisarts en één assistent gedurende een maand, waarna we samen bekijken wat het heeft opgeleverd.',
    },

    // work-processes
    'processes-adapted': {
      text: 'Hebben we onze interne werkprocessen voldoende aangepast aan de digitale zorg die we aanbieden?',
      help: 'Bijvoorbeeld: wie leest e-consulten en portaalberichten, wanneer, en hoe staat dat in de agenda?',
    },
    'solutions-inventory': {
      text: 'Hebben we een actueel overzicht van de digitale toepassingen die we gebruiken: waarvoor, door wie en hoe vaak?',
    },
    'bottlenecks-mapped': {
      text: 'Hebben we samen in kaart gebracht waar we in de praktijk tegenaan lopen, zoals telefoondrukte in de ochtend, veel herhaalvragen, veel overtypen of een onduidelijke taakverdeling?',
    },
    'tool-choice-checks': {
      text: 'Kiezen we een nieuwe toepassing samen, en toetsen we vooraf of die past in onze werkprocessen, werkbaar is voor het team en veilig is?',
      help: 'Werkbaar betekent: eenvoudige instructies en zo min mogelijk handelingen.',
    },
    'team-tool-agreements': {
      text: 'Is het hele team op de hoogte als we een toepassing invoeren, en hebben we duidelijk afgesproken waarvoor die gebruikt wordt en door wie?',
    },
    'adjustments-in-protocols': {
      text: 'Passen we werkafspraken aan op basis van onze ervaringen, en leggen we de nieuwe afspraken vast in protocollen en in het dagelijks werk?',
    },
    'embedded-in-primary-process': {
      text: 'Zijn toepassingen die zich bewezen hebben een vast onderdeel van ons zorgproces, met instructie voor nieuwe collega’s en een plek in ons kwaliteitssysteem?',
    },

    // care-delivery
    'digital-replaces-visits': {
      text: 'Vervangen we, waar dat passend is, een bezoek aan de praktijk door digitaal contact, zoals een e-consult of beeldbellen voor een controle of een uitslag?',
    },
    'routine-requests-online': {
      text: 'Regelen patiënten eenvoudige zaken zoals afspraken, herhaalrecepten en formulieren standaard online, zodat de telefoon vrij blijft voor wie die nodig heeft?',
    },
    'medication-safety-digital': {
      text: 'Gebruiken we digitale ondersteuning om de medicatieveiligheid te verbeteren, zoals medicatiebewaking in het HIS, elektronisch voorschrijven en digitale afstemming met de apotheek?',
    },
    'digital-flows-connected': {
      text: 'Sluiten de digitale stromen in onze praktijk op elkaar aan, zodat informatie uit portaal, e-consult of vragenlijst zonder overtypen in het dossier komt?',
    },
    'digital-triage-safe': {
      text: 'Worden digitale hulpvragen en uitkomsten van zelftriage dezelfde werkdag beoordeeld door een getrainde triagist, zodat urgente klachten niet blijven liggen?',
    },
    'informal-carer-access': {
      text: 'Kunnen mantelzorgers of naasten, met toestemming van de patiënt, via het portaal meekijken of zaken regelen voor de patiënt?',
      help: 'Bijvoorbeeld met een machtiging in het patiëntenportaal.',
    },
    'self-monitoring': {
      text: 'Meten patiënten met een chronische aandoening, waar passend, zelf thuis en delen ze die waarden digitaal met de praktijk, die er volgens afspraak op reageert?',
    },

    // patients
    'patient-involved': {
      text: 'In hoeverre betrekken we patiënten bij de keuze en inrichting van onze digitale zorg, bijvoorbeeld via een patiëntenpanel of door naar hun ervaringen te vragen?',
    },
    'full-contact-form': {
      text: 'Laten we patiënten merken dat digitaal contact een volwaardige manier is om ons te bereiken, en geen tweede keus?',
    },
    'proactive-encouragement': {
      text: 'Benaderen we patiënten zelf actief om digitale toepassingen te gaan gebruiken, bijvoorbeeld tijdens het consult of aan de balie?',
    },
    'channel-guidance': {
      text: 'Vertellen we patiënten hoe ze ons het beste kunnen bereiken: wanneer bellen, wanneer een e-consult sturen en wanneer het zinvol is het eigen dossier online in te zien?',
    },
    'understandable-information': {
      text: 'Is de informatie over onze digitale zorg op de praktijkwebsite en het wachtkamerscherm begrijpelijk, ook voor patiënten die minder goed lezen of minder digitaal vaardig zijn?',
    },
    'patient-support': {
      text: 'Helpen we patiënten waar nodig bij het gebruik van onze digitale toepassingen, of verwijzen we ze naar een plek waar ze die hulp krijgen?',
      help: 'Bijvoorbeeld uitleg aan de balie, een instructiefilmpje of een verwijzing naar een cursus in de bibliotheek.',
    },
    'patients-informed-actively': {
      text: 'Als we iets nieuws digitaal gaan aanbieden, informeren we patiënten dan actief via meerdere kanalen, zoals website, portaal, telefoonbandje, poster in de wachtkamer en het consult?',
    },
    'decide-together': {
      text: 'Bepalen huisarts en patiënt samen of een contact digitaal kan of fysiek moet, bijvoorbeeld omdat lichamelijk onderzoek nodig is?',
    },
    'tailored-to-patient': {
      text: 'Stemmen we de inzet van digitale zorg af op wat de individuele patiënt kan en wil, zodat die er zelfredzamer van wordt?',
    },
    'patient-digital-skills': {
      text: 'Dragen we bij aan het vergroten van de digitale vaardigheden van onze patiënten, bijvoorbeeld met uitleg, oefenmomenten of samenwerking met de bibliotheek of het welzijnswerk?',
    },
    'non-digital-access': {
      text: 'Houden patiënten die niet digitaal kunnen of willen een gelijkwaardige toegang tot onze zorg, via de telefoon en de balie?',
    },

    // security-continuity
    'information-security-nen7510': {
      text: 'Werken we aantoonbaar aan informatiebeveiliging volgens NEN 7510, met een actuele risicoanalyse en vastgelegde maatregelen?',
    },
    'password-management': {
      text: 'Heeft ieder teamlid eigen accounts met sterke wachtwoorden, bewaard in een wachtwoordkluis en waar mogelijk beveiligd met tweestapsverificatie?',
    },
    'continuity-plan': {
      text: 'Hebben we een vastgelegde werkwijze voor als een digitaal systeem uitvalt (HIS, portaal, telefonie), zodat de zorg doorgaat?',
    },

    // network-exchange
    'chain-data-exchange': {
      text: 'Wisselen we gegevens digitaal en veilig uit met andere zorgpartners, zoals apotheek, ziekenhuis, huisartsenpost en wijkverpleging, zonder overtypen of fax?',
    },
    'shared-care-platform': {
      text: 'Stemmen we de zorg rond patiënten af met andere zorgverleners en het sociaal domein via een gezamenlijk digitaal platform of een gedeeld zorgplan?',
    },
    'population-data': {
      text: 'Gebruiken we gegevens over onze praktijkpopulatie samen met partners in het zorgnetwerk om de zorg in de wijk of regio gezamenlijk te plannen?',
      help: 'Bijvoorbeeld risicogroepen of chronische zorg in kaart brengen en met gemeente, wijkteam of zorggroep afspreken wie wat oppakt.',
    },
    'regional-coalition': {
      text: 'Nemen we deel aan een regionaal samenwerkingsverband dat samen verantwoordelijkheid draagt voor de gezondheid van de populatie, met gezamenlijke digitale voorzieningen?',
    },

    // monitoring-results
    'measurable-goals': {
      text: 'Maken we vooraf meetbaar wat een digitale toepassing moet opleveren, voor patiënten of voor de praktijk?',
    },
    'indicators-tracked': {
      text: 'Volgen we een paar indicatoren, zoals het aantal telefoontjes in de ochtend, het aandeel e-consulten of de reactietijd, en bespreken we die regelmatig in het team?',
    },
    'use-evaluated': {
      text: 'Evalueren we na een aantal weken of maanden met het team hoe een toepassing gebruikt wordt, inclusief de feedback van patiënten?',
      help: 'Wat gaat beter, wat kost tijd, zijn er minder telefoontjes en terugbelverzoeken?',
    },
    'yearly-questionnaire': {
      text: 'Hebben we het afgelopen jaar de jaarlijkse monitoringsvragenlijst van onze regio ingevuld en de uitkomsten gebruikt om richting te kiezen?',
      help: 'Kies "niet van toepassing" als onze regio zo’n vragenlijst niet afneemt.',
    },
    'practice-visit-feedback': {
      text: 'Hebben we het afgelopen jaar een praktijkbezoek over digitalisering gehad, en hebben we de terugkoppeling daarvan besproken?',
      help: 'Kies "niet van toepassing" als onze regio geen praktijkbezoeken organiseert.',
    },

    // applications
    'uses-waiting-room-screen': {
      text: 'In hoeverre gebruiken we een wachtkamerscherm voor actuele praktijkinformatie en gezondheidsvoorlichting?',
    },
    'uses-practice-website': {
      text: 'In hoeverre gebruiken we onze praktijkwebsite om te laten weten wanneer en hoe patiënten ons bereiken, en om hen naar onze digitale diensten te verwijzen?',
    },
    'uses-patient-portal': {
      text: 'In hoeverre gebruiken we een patiëntenportaal voor afspraken, herhaalrecepten, uitslagen en inzage in het dossier?',
    },
    'uses-e-consultation': {
      text: 'In hoeverre gebruiken we het e-consult of een chat voor vragen die niet spoedeisend zijn?',
    },
    'uses-video-consultation': {
      text: 'In hoeverre gebruiken we beeldbellen voor consulten op afstand?',
    },
    'uses-health-information': {
      text: 'In hoeverre verwijzen we patiënten naar betrouwbare online gezondheidsinformatie, zoals Thuisarts.nl?',
    },
    'uses-telemonitoring': {
      text: 'In hoeverre gebruiken we telemonitoring om de gezondheid van patiënten op afstand te volgen?',
    },
    'uses-self-help-programmes': {
      text: 'In hoeverre bieden we digitale zelfhulp- of behandelprogramma’s aan, bijvoorbeeld bij psychische klachten of voor leefstijl?',
    },
    'uses-digital-self-triage': {
      text: 'In hoeverre bieden we digitale zelftriage aan, waarmee patiënten hun klachten invoeren en direct advies krijgen?',
    },
    'uses-consult-preparation': {
      text: 'In hoeverre laten we patiënten vooraf digitaal hun klachten en vragen invullen, ter voorbereiding op het consult?',
    },
    'uses-decision-support': {
      text: 'In hoeverre gebruiken we digitale beslisondersteuning bij diagnostiek en behandeling, zoals richtlijnen die in het HIS meekijken?',
    },
    'uses-decision-aids': {
      text: 'In hoeverre gebruiken we digitale keuzehulpen om samen met de patiënt een behandeling te kiezen?',
    },
    'uses-check-in-kiosk': {
      text: 'In hoeverre gebruiken we een aanmeldzuil waarmee patiënten zich zelf aanmelden voor hun afspraak?',
      help: 'Een kleine praktijk zonder drukke balie kiest hier terecht "niet van toepassing".',
    },
    'uses-speech-reporting': {
      text: 'In hoeverre gebruiken we spraakgestuurde verslaglegging of digitale gespreksondersteuning?',
    },
    'uses-provider-communication': {
      text: 'In hoeverre communiceren we beveiligd en digitaal met zorgverleners buiten de praktijk, voor overleg, advies en het uitwisselen van patiëntgegevens?',
    },
    'uses-measuring-equipment': {
      text: 'In hoeverre gebruiken we digitale meetapparatuur in de praktijk, zoals een ECG, spirometer of 24-uursbloeddrukmeter?',
    },
    'uses-ai-support': {
      text: 'In hoeverre gebruiken we toepassingen met kunstmatige intelligentie (AI), bijvoorbeeld bij verslaglegging of het beantwoorden van berichten?',
    },
    'uses-nen7510-compliance': {
      text: 'In hoeverre gebruiken we een hulpmiddel om aan NEN 7510 te voldoen en dat bij te houden?',
    },
    'uses-password-vault': {
      text: 'In hoeverre gebruiken we een wachtwoordkluis voor het hele team?',
    },

    // overall
    'overall-integration': {
      text: 'Alles overziend: is digitale zorg goed geïntegreerd in de manier waarop we de praktijk voeren?',
      help: 'Ons eigen oordeel. Het staat in het rapport naast de berekende score en telt daarin niet mee.',
    },
  },
};
