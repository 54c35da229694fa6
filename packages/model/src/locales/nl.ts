import type { ConceptLocale } from './types';

// Alle teksten van de domeinconcepten in het Nederlands (de primaire taal): per concept een label
// en een korte omschrijving in eigen woorden, gebaseerd op de brondocumenten. Elke conceptgroep is
// een eigen export, zodat een bundel alleen de teksten meeneemt van de concepten die hij gebruikt;
// `types.ts` laat de typecheck falen als hier een groep of tekst van `ConceptLocale` ontbreekt.
// De editie `@praktijkscan/model/nl` (`../editions/nl.ts`) biedt elke groep aan als `…Texts`.

/**
 * The texts of the six Wkkgz quality aspects, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { qualityAspectTexts } from '@praktijkscan/model/nl';
 * qualityAspectTexts.safety.label; // 'Veiligheid'
 * ```
 */
export const qualityAspects: ConceptLocale['qualityAspects'] = {
  safety: {
    label: 'Veiligheid',
    description:
      'Digitale zorg brengt de patiënt geen extra risico: gegevens zijn goed beveiligd en de zorgverlener ziet op tijd wanneer een fysiek contact nodig is.',
  },
  effectiveness: {
    label: 'Effectiviteit',
    description:
      'De digitale toepassing doet wat ze belooft: de meerwaarde is aangetoond en het resultaat is minstens zo goed als bij fysieke zorg.',
  },
  efficiency: {
    label: 'Efficiëntie',
    description:
      'Tijd en inzet van het team worden goed benut: minder dubbel werk, minder telefoondruk en minder administratieve last.',
  },
  'person-centredness': {
    label: 'Persoonsgerichtheid',
    description:
      'De zorg sluit aan bij de wensen, mogelijkheden en digitale vaardigheden van de patiënt; patiënt en zorgverlener bepalen samen of en hoe digitale middelen worden ingezet.',
  },
  timeliness: {
    label: 'Tijdigheid',
    description:
      'De patiënt krijgt op het juiste moment zorg en antwoord; digitale kanalen maken de praktijk beter bereikbaar zonder dat spoed blijft liggen.',
  },
  equity: {
    label: 'Gelijkwaardigheid',
    description:
      'Iedere patiënt krijgt zorg van gelijke kwaliteit, ook wie minder digitaal vaardig is: er blijft een niet-digitale weg en de praktijk helpt waar nodig.',
  },
};

/**
 * The texts of the five INK phases, each with its emphasis, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { inkPhaseTexts } from '@praktijkscan/model/nl';
 * inkPhaseTexts[1].label; // 'Activiteitgeoriënteerd'
 * ```
 */
export const inkPhases: ConceptLocale['inkPhases'] = {
  1: {
    label: 'Activiteitgeoriënteerd',
    description:
      'De praktijk zet losse digitale toepassingen in, per activiteit en vaak op initiatief van een enkele medewerker.',
    emphasis: 'Taakvervanging, zoals beeldcontact in plaats van een consult op de praktijk.',
  },
  2: {
    label: 'Procesgeoriënteerd',
    description:
      'Digitale toepassingen ondersteunen vaste werkprocessen, die de praktijk stap voor stap verbetert.',
    emphasis: 'Procesverbetering, zoals veiliger omgaan met medicatie.',
  },
  3: {
    label: 'Systeemgeoriënteerd',
    description:
      'E-health is onderdeel van het kwaliteitssysteem van de hele praktijk, en de patiënt en zijn naasten worden erbij betrokken.',
    emphasis: 'Ondersteuning van het netwerk rond de patiënt, zoals mantelzorgers, via portalen.',
  },
  4: {
    label: 'Ketengeoriënteerd',
    description:
      'De praktijk werkt digitaal samen met de andere zorgverleners in de keten rond de patiënt.',
    emphasis: 'Afstemming en uitwisseling van gegevens met andere zorgpartners.',
  },
  5: {
    label: 'Transformatiegeoriënteerd / maatschappijgeoriënteerd',
    description:
      'De praktijk werkt met haar zorgnetwerk aan de gezondheid van de hele populatie en organiseert de zorg samen.',
    emphasis:
      'Gegevens over de populatie gebruiken om de zorg in het netwerk samen te organiseren.',
  },
};

/**
 * The texts of the four quadrants of the effect/energy matrix, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { matrixQuadrantTexts } from '@praktijkscan/model/nl';
 * matrixQuadrantTexts['always-do'].label; // 'Altijd doen'
 * ```
 */
export const matrixQuadrants: ConceptLocale['matrixQuadrants'] = {
  'always-do': {
    label: 'Altijd doen',
    description: 'Veel effect voor weinig energie: deze ideeën pak je als eerste op.',
  },
  'do-after-weighing': {
    label: 'Uitvoeren na afweging',
    description:
      'Veel effect, maar het kost ook veel energie: weeg af of en wanneer het team dit oppakt.',
  },
  'quick-win': {
    label: 'Quick win',
    description: 'Weinig effect, maar ook weinig energie: snel geregeld, daarna door naar de rest.',
  },
  'never-do': {
    label: 'Nooit doen',
    description:
      'Weinig effect voor veel energie: komt niet in het plan, maar het idee wordt wel vastgelegd.',
  },
};

/**
 * The texts of the IGJ themes, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { igjThemeTexts } from '@praktijkscan/model/nl';
 * igjThemeTexts.governance.label; // 'Goed bestuur en verantwoord innoveren'
 * ```
 */
export const igjThemes: ConceptLocale['igjThemes'] = {
  governance: {
    label: 'Goed bestuur en verantwoord innoveren',
    description:
      'De praktijk heeft een visie en beleid op e-health en vernieuwt bewust: risico’s zijn in beeld en het team denkt mee.',
  },
  adoption: {
    label: 'Invoering en gebruik van e-health-producten en -diensten',
    description:
      'E-health is structureel ingericht in de werkprocessen, medewerkers zijn getraind en het gebruik wordt steeds verbeterd.',
  },
  'patient-participation': {
    label: 'Patiëntparticipatie',
    description:
      'Wat de patiënt wil en kan, bepaalt welke e-health wordt ingezet; patiënten denken mee en krijgen ondersteuning.',
  },
  'network-data-exchange': {
    label: 'Samenwerken in het netwerk en elektronisch vastleggen en uitwisselen van gegevens',
    description:
      'De praktijk werkt digitaal samen met andere zorgverleners en legt gegevens eenduidig vast en wisselt ze veilig uit.',
  },
  'security-continuity': {
    label: 'Informatiebeveiliging en continuïteit',
    description:
      'Gegevens en systemen zijn beveiligd volgens de normen, zoals NEN 7510, en de zorg gaat door als een toepassing uitvalt.',
  },
};

/**
 * The texts of the four PDCA phases, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { pdcaPhaseTexts } from '@praktijkscan/model/nl';
 * pdcaPhaseTexts.plan.label; // 'Plan'
 * ```
 */
export const pdcaPhases: ConceptLocale['pdcaPhases'] = {
  plan: {
    label: 'Plan',
    description:
      'Het doel vaststellen en in kaart brengen welke digitale oplossingen de praktijk nu al gebruikt.',
  },
  do: {
    label: 'Do',
    description:
      'Knelpunten in beeld brengen, samen een passende oplossing kiezen, die inrichten met duidelijke afspraken en patiënten informeren.',
  },
  check: {
    label: 'Check',
    description:
      'Na enkele weken of maanden met het team evalueren hoe het gebruik bevalt, ook met de reacties van patiënten.',
  },
  act: {
    label: 'Act',
    description:
      'Werkwijze en afspraken bijstellen op basis van de ervaringen en ze vastleggen, zodat ze blijven.',
  },
};

/**
 * The texts of the PDCA activities, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { pdcaActivityTexts } from '@praktijkscan/model/nl';
 * pdcaActivityTexts['formulate-goal'].label; // 'Praktijkdoel formuleren'
 * ```
 */
export const pdcaActivities: ConceptLocale['pdcaActivities'] = {
  'formulate-goal': {
    label: 'Praktijkdoel formuleren',
    description:
      'Leg vast welke digitale tool jullie invoeren, wat je ermee wilt bereiken, hoe, wie het oppakt en wanneer het klaar is.',
  },
  'inventory-solutions': {
    label: 'Digitale oplossingen inventariseren',
    description:
      'Maak een overzicht van de digitale oplossingen die de praktijk al gebruikt: waarvoor, door wie en hoe vaak.',
  },
  'map-bottlenecks': {
    label: 'Knelpunten in kaart brengen',
    description:
      'Breng de knelpunten van nu in beeld, zoals telefoondruk in de ochtend, herhaalvragen of veel overtypen.',
  },
  'choose-solution': {
    label: 'Samen een oplossing kiezen',
    description:
      'Kies met het team een oplossing die bij het doel past: aansluitend op de werkprocessen, werkbaar en veilig.',
  },
  'set-up-and-agree': {
    label: 'Inrichten en afspraken maken',
    description:
      'Richt de tool in, zorg dat het hele team ervan weet en spreek af wie de tool waarvoor gebruikt.',
  },
  'inform-patients': {
    label: 'Patiënten informeren',
    description:
      'Informeer patiënten waar nodig actief, bijvoorbeeld via de website, het patiëntenportaal, het telefoonbandje, de wachtkamer of tijdens het consult.',
  },
  'evaluate-use': {
    label: 'Gebruik evalueren',
    description:
      'Bespreek na enkele weken of maanden met het team wat beter gaat, wat tijd kost, of er minder wordt gebeld en wat patiënten ervan vinden.',
  },
  'adjust-and-embed': {
    label: 'Bijstellen en borgen',
    description:
      'Pas werkwijze en onderlinge afspraken aan op basis van de ervaringen en leg ze vast in protocollen en het dagelijkse werk.',
  },
};

/**
 * The texts of the steps of Nivel’s implementation plan, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { nivelStepTexts } from '@praktijkscan/model/nl';
 * nivelStepTexts[1].label; // 'Aanleiding en behoeften vaststellen'
 * ```
 */
export const nivelSteps: ConceptLocale['nivelSteps'] = {
  1: {
    label: 'Aanleiding en behoeften vaststellen',
    description:
      'Breng samen, in de praktijk en eventueel in de regio, de behoeften, knelpunten en belangen van de verschillende doelgroepen in kaart.',
  },
  2: {
    label: 'Organisatievisie ontwikkelen',
    description:
      'Bepaal welke oplossingen bij de visie van de praktijk passen, welk doel ze dienen en welke behoeften of knelpunten ze aanpakken.',
  },
  3: {
    label: 'Passende toepassingen kiezen',
    description:
      'Bepaal waar e-health de meeste meerwaarde heeft en kies toepassingen die daarbij passen, met oog voor eisen, gebruik in de regio en benodigde mensen en middelen.',
  },
  4: {
    label: 'Implementatieplan schrijven',
    description:
      'Leg samen vast hoe het traject verloopt: planning, aansluiting op de zorgprocessen, doelen en hoe je die meet, risico’s, kosten en communicatie.',
  },
  5: {
    label: 'Implementeren en evalueren',
    description:
      'Maak toepassing en organisatie klaar, begin met een pilot of meteen breed en evalueer regelmatig of de doelen worden gehaald.',
  },
  6: {
    label: 'Besluiten over opschalen',
    description:
      'Bepaal samen of en hoe de toepassing breder wordt ingezet in de praktijk of de regio, en deel de ervaringen met anderen.',
  },
};

/**
 * The texts of the steps of the e-health toolbox, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { toolboxStepTexts } from '@praktijkscan/model/nl';
 * toolboxStepTexts[1].label; // 'Visie op kwaliteit van leven opstellen'
 * ```
 */
export const toolboxSteps: ConceptLocale['toolboxSteps'] = {
  1: {
    label: 'Visie op kwaliteit van leven opstellen',
    description:
      'Bepaal wat e-health kan betekenen voor de missie van de praktijk; de visie op kwaliteit van leven is het kompas voor alle keuzes.',
  },
  2: {
    label: 'Visie uitwerken met de werkvloer',
    description:
      'Werk de visie uit met het team: wat kan technologie doen voor werkplezier, kwaliteit en werkdruk, en zijn de nodige competenties aanwezig?',
  },
  3: {
    label: 'Kiezen uit het palet van e-health-toepassingen',
    description:
      'Kies toepassingen vanuit de vraag wat de patiënt wil en hoe e-health beter aansluit bij zijn wensen.',
  },
  4: {
    label: 'Toepassing uitproberen in een leeromgeving',
    description:
      'Probeer de toepassing eerst uit in een veilige leeromgeving, met een vooraf bepaald doel en een manier om het resultaat te meten.',
  },
  5: {
    label: 'Borgen in het primaire proces',
    description:
      'Richt de werkprocessen rond de toepassing structureel in, train de medewerkers en blijf verbeteren.',
  },
  6: {
    label: 'Borgen in ondersteunende processen',
    description:
      'Veranker e-health in ICT, scholing en innovatie, bijvoorbeeld met interne audits; het INK-fasenmodel helpt de groei te volgen.',
  },
  7: {
    label: 'Rekening houden met externe randvoorwaarden',
    description:
      'Houd rekening met de kaders van IGJ en NZa: aan wie leg je verantwoording af, welke financiering is mogelijk en hoe werk je samen in het zorgnetwerk?',
  },
};

/**
 * The texts of the digitisation domains, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { digitisationDomainTexts } from '@praktijkscan/model/nl';
 * digitisationDomainTexts['patient-contact'].label; // 'Patiëntcontact & bereikbaarheid'
 * ```
 */
export const digitisationDomains: ConceptLocale['digitisationDomains'] = {
  'patient-contact': {
    label: 'Patiëntcontact & bereikbaarheid',
    description:
      'Toepassingen waarmee patiënten de praktijk makkelijker bereiken, informatie vinden en hun zorgzaken regelen.',
  },
  'triage-preparation': {
    label: 'Triage & consultvoorbereiding',
    description:
      'Toepassingen die de zorgvraag al vóór het contact helder maken, zodat het consult gerichter verloopt.',
  },
  'practice-processes': {
    label: 'Praktijkprocessen en werkdrukverlaging',
    description:
      'Toepassingen die het werk in de praktijk ondersteunen en administratie en drukte aan de balie verminderen.',
  },
  'security-privacy': {
    label: 'Digitale veiligheid en privacy',
    description:
      'Toepassingen die de digitale praktijkomgeving veilig en betrouwbaar houden en helpen te voldoen aan wet- en regelgeving.',
  },
};

/**
 * The texts of the application types, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { applicationTypeTexts } from '@praktijkscan/model/nl';
 * applicationTypeTexts['waiting-room-screen'].label; // 'Wachtkamerscherm'
 * ```
 */
export const applicationTypes: ConceptLocale['applicationTypes'] = {
  'waiting-room-screen': {
    label: 'Wachtkamerscherm',
    description:
      'Scherm in de wachtkamer met actuele praktijkinformatie en gezondheidsvoorlichting.',
  },
  'practice-website': {
    label: 'Praktijkwebsite',
    description:
      'Website met openingstijden, bereikbaarheid en spoedzorg, die patiënten ook wijst op digitale diensten zoals het portaal.',
  },
  'patient-portal': {
    label: 'Patiëntenportaal',
    description:
      'Online omgeving waar patiënten afspraken maken, herhaalrecepten aanvragen, uitslagen en hun dossier inzien en vragen stellen.',
  },
  'e-consultation': {
    label: 'E-consult / chat',
    description:
      'Beveiligd schriftelijk contact, zoals e-consult, chat of beveiligde e-mail, voor vragen zonder spoed, als alternatief voor bellen of langskomen.',
  },
  'video-consultation': {
    label: 'Beeldbellen',
    description:
      'Consult op afstand met beeld, zodat de patiënt niet naar de praktijk hoeft te komen.',
  },
  'health-information': {
    label: 'Gezondheidsinformatie voor patiënten',
    description:
      'Betrouwbare online informatie en adviezen over gezondheid, klachten en zelfzorg, waar de praktijk patiënten naar verwijst.',
  },
  telemonitoring: {
    label: 'Telemonitoring',
    description:
      'De patiënt meet thuis zelf gezondheidswaarden die de praktijk op afstand volgt, zodat de behandeling daarop kan aansluiten.',
  },
  'self-help-programmes': {
    label: 'Digitale (GGZ-)zelfhulpprogramma’s',
    description:
      'Online trainingen en modules waarmee patiënten, begeleid op afstand, werken aan hun klachten, leefstijl of chronische aandoening.',
  },
  'digital-self-triage': {
    label: 'Digitale zelftriage',
    description:
      'Patiënten voeren zelf hun klachten in en krijgen direct advies: zelfzorg, contact met de praktijk of spoedzorg.',
  },
  'consult-preparation': {
    label: 'Consultvoorbereiding',
    description:
      'Patiënten vullen vooraf hun klachten en vragen in, zodat de zorgverlener het consult goed voorbereid begint.',
  },
  'decision-support': {
    label: 'Beslissingsondersteuning',
    description:
      'Hulpmiddelen die de zorgverlener tijdens het consult ondersteunen bij diagnose en beleid, bijvoorbeeld op basis van de NHG-richtlijnen.',
  },
  'decision-aids': {
    label: 'Digitale keuzehulpen',
    description:
      'Hulpmiddelen waarmee patiënt en huisarts samen de behandelopties afwegen en een keuze maken.',
  },
  'check-in-kiosk': {
    label: 'Aanmeldzuil',
    description:
      'Zuil waarmee patiënten zich bij binnenkomst zelf aanmelden, wat de balie ontlast.',
  },
  'speech-reporting': {
    label: 'Spraakgestuurd rapporteren',
    description:
      'Spraaktechnologie of digitale gespreksondersteuning die het verslag van een consult maakt of voorbereidt.',
  },
  'provider-communication': {
    label: 'Communicatie tussen zorgverleners',
    description:
      'Beveiligde chat, communicatieportalen en beeldbellen om met zorgverleners buiten de praktijk te overleggen en gegevens uit te wisselen.',
  },
  'measuring-equipment': {
    label: 'Digitale meetapparatuur in de praktijk',
    description:
      'Apparatuur waarmee de praktijk zelf onderzoek doet en gezondheidswaarden meet, dichter bij huis dan het ziekenhuis.',
  },
  'ai-support': {
    label: 'AI-ondersteuning',
    description:
      'Toepassingen met kunstmatige intelligentie die het team ondersteunen, getoetst aan dezelfde kwaliteits- en ethische normen als andere zorg.',
  },
  'nen7510-compliance': {
    label: 'NEN 7510-compliancetool',
    description:
      'Hulpmiddel om de informatiebeveiliging volgens NEN 7510 en de privacyregels op orde te brengen en te houden.',
  },
  'password-vault': {
    label: 'Wachtwoordkluis',
    description:
      'Beveiligde opslag voor de wachtwoorden van het team, zodat accounts veilig en beheersbaar blijven.',
  },
};

/**
 * The texts of the roles in the practice, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { roleTexts } from '@praktijkscan/model/nl';
 * roleTexts.gp.label; // 'Huisarts'
 * ```
 */
export const roles: ConceptLocale['roles'] = {
  gp: {
    label: 'Huisarts',
    description:
      'Eindverantwoordelijk voor de zorg en voor de keuzes rond digitale zorg in de praktijk.',
  },
  'practice-manager': {
    label: 'Praktijkmanager',
    description:
      'Organiseert de invoering van digitale toepassingen, de werkprocessen en de afspraken in het team.',
  },
  poh: {
    label: 'Praktijkondersteuner (POH)',
    description:
      'Ondersteunt de huisarts, onder meer bij chronische zorg en GGZ, en zet daarbij toepassingen als telemonitoring en zelfhulpprogramma’s in.',
  },
  'doctors-assistant': {
    label: 'Doktersassistent',
    description:
      'Eerste aanspreekpunt aan de telefoon en de balie; doet de triage en wijst patiënten de weg in de digitale kanalen.',
  },
};

/**
 * The texts of the known bottlenecks, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { bottleneckTexts } from '@praktijkscan/model/nl';
 * bottleneckTexts['morning-phone-pressure'].label; // 'Telefoondruk in de ochtend'
 * ```
 */
export const bottlenecks: ConceptLocale['bottlenecks'] = {
  'morning-phone-pressure': {
    label: 'Telefoondruk in de ochtend',
    description:
      'Veel patiënten bellen tegelijk aan het begin van de dag, waardoor de lijn bezet is en de balie onder druk staat.',
  },
  'repeat-questions': {
    label: 'Veel herhaalvragen',
    description:
      'Steeds dezelfde vragen komen terug, bijvoorbeeld over herhaalrecepten, uitslagen of openingstijden.',
  },
  retyping: {
    label: 'Veel overtypen en overzetten',
    description:
      'Gegevens worden met de hand van het ene systeem of formulier in het andere gezet; dat kost tijd en geeft fouten.',
  },
  'unclear-task-division': {
    label: 'Onduidelijke taakverdeling',
    description:
      'Het is niet duidelijk wie wat oppakt, bijvoorbeeld wie de e-consulten beantwoordt of wie een tool beheert.',
  },
};

/**
 * The texts of the three checks for choosing a tool, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { toolChoiceCheckTexts } from '@praktijkscan/model/nl';
 * toolChoiceCheckTexts['fits-work-processes'].label; // 'Past binnen de huidige werkprocessen'
 * ```
 */
export const toolChoiceChecks: ConceptLocale['toolChoiceChecks'] = {
  'fits-work-processes': {
    label: 'Past binnen de huidige werkprocessen',
    description:
      'De oplossing sluit aan op de manier waarop de praktijk nu werkt en levert geen extra omwegen op.',
  },
  'workable-for-team': {
    label: 'Werkbaar voor het team',
    description:
      'Het team kan ermee werken met eenvoudige instructies en zo min mogelijk handelingen.',
  },
  safe: {
    label: 'Veilig',
    description:
      'De tool gaat veilig om met patiëntgegevens en voldoet aan de eisen voor informatiebeveiliging en privacy.',
  },
};

/**
 * The texts of the answer scales, with a label for every value, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { answerScaleTexts } from '@praktijkscan/model/nl';
 * answerScaleTexts.agreement.values[4]; // 'Ja, volledig'
 * ```
 */
export const answerScales: ConceptLocale['answerScales'] = {
  agreement: {
    label: 'Mate waarin het klopt',
    values: ['Nee / helemaal niet', 'In beperkte mate', 'Deels', 'Grotendeels', 'Ja, volledig'],
  },
  'yes-no': {
    label: 'Ja of nee',
    values: ['Nee', 'Ja'],
  },
  usage: {
    label: 'Gebruik',
    values: [
      'Niet in gebruik',
      'Oriëntatie of pilot',
      'In gebruik, beperkt',
      'In gebruik, structureel',
      'Ingebed en geëvalueerd',
    ],
  },
};

/**
 * The eight themes of digital skills, in Dutch, by id (seed 004).
 *
 * @example
 * ```ts
 * import { digitalSkillThemeTexts } from '@praktijkscan/model/nl';
 * digitalSkillThemeTexts.privacy.label; // 'Privacy'
 * ```
 */
export const digitalSkillThemes: ConceptLocale['digitalSkillThemes'] = {
  'ehealth-technology': {
    label: 'E-health en technologie',
    description: 'Thema van digivaardigheid in de zorg.',
  },
  applications: { label: 'Applicaties', description: 'Thema van digivaardigheid in de zorg.' },
  'care-home-automation': {
    label: 'Zorgdomotica',
    description: 'Thema van digivaardigheid in de zorg.',
  },
  privacy: { label: 'Privacy', description: 'Thema van digivaardigheid in de zorg.' },
  'basic-skills': {
    label: 'Basisvaardigheden',
    description: 'Thema van digivaardigheid in de zorg.',
  },
  'social-media': { label: 'Social media', description: 'Thema van digivaardigheid in de zorg.' },
  'apps-settings': {
    label: 'Apps en instellingen',
    description: 'Thema van digivaardigheid in de zorg.',
  },
  office: { label: 'Office', description: 'Thema van digivaardigheid in de zorg.' },
};

/**
 * The yields of practice digitisation, in Dutch, by id (seed 001).
 *
 * @example
 * ```ts
 * import { digitisationYieldTexts } from '@praktijkscan/model/nl';
 * digitisationYieldTexts['less-phone-pressure'].label; // 'Minder telefonische druk'
 * ```
 */
export const digitisationYields: ConceptLocale['digitisationYields'] = {
  'efficient-processes': {
    label: 'Efficiëntere werkprocessen',
    description:
      'Minder handmatige stappen en minder dubbel werk; routinetaken worden sneller en gestandaardiseerd afgehandeld.',
  },
  'better-consult-preparation': {
    label: 'Betere consultvoorbereiding',
    description:
      'Zorgverleners ontvangen vooraf gestructureerde informatie over de hulpvraag, zodat het consult direct inhoudelijk kan beginnen.',
  },
  'less-phone-pressure': {
    label: 'Minder telefonische druk',
    description:
      'Online afspraken, e-consulten en digitale formulieren zorgen voor minder telefoontjes en meer rust aan de balie.',
  },
  'faster-patient-communication': {
    label: 'Snellere communicatie met patiënten',
    description:
      'Patiënten krijgen via digitale kanalen sneller antwoord op niet-spoedeisende vragen.',
  },
  'more-time-complex-care': {
    label: 'Meer tijd voor complexe zorg',
    description:
      'Eenvoudige zorgvragen worden vaker digitaal afgehandeld; de tijd die vrijkomt, gaat naar patiënten met complexe of kwetsbare zorgvragen.',
  },
  'accessibility-satisfaction': {
    label: 'Betere bereikbaarheid en patiënttevredenheid',
    description: 'Patiënten ervaren meer regie en duidelijkheid over de contactmogelijkheden.',
  },
  'future-proof-practice': {
    label: 'Toekomstbestendige huisartsenpraktijk',
    description:
      'Met hetzelfde team meer zorgvragen op een passende manier verwerken; digitale processen zijn sneller aan te passen.',
  },
};

/**
 * The six roles for e-health competences, in Dutch, by id (seed 004).
 *
 * @example
 * ```ts
 * import { competenceRoleTexts } from '@praktijkscan/model/nl';
 * competenceRoleTexts.ambassador.label; // 'Aandachtsvelder'
 * ```
 */
export const competenceRoles: ConceptLocale['competenceRoles'] = {
  'community-builder': {
    label: 'Opbouwwerker',
    description:
      'Jaagt ontwikkelingen zoals de inzet van e-health aan; samen met de manager vormt deze rol het leiderschap.',
  },
  manager: {
    label: 'Manager/teamleider',
    description: 'Van wie leiderschap wordt verwacht bij het opschalen van e-health.',
  },
  auditor: { label: 'Auditor', description: 'Volgt met interne audits de inzet van e-health.' },
  ambassador: {
    label: 'Aandachtsvelder',
    description:
      'Medewerker met een formele functie die collega’s ondersteunt in hun e-healthcompetenties.',
  },
  'care-worker': {
    label: 'Zorgmedewerker',
    description: 'Past e-health toe in de zorg voor de cliënt.',
  },
  'technical-support': {
    label: 'Technische ondersteuning',
    description: 'Ondersteunt bij de digitale middelen.',
  },
};
