import type { RecommendationLocale } from './structure';

/** The texts of the recommendation catalog in Dutch (primary). */
export const nl: RecommendationLocale = {
  'formulate-digital-care-vision': {
    title: 'Formuleer een visie op digitale zorg',
    description:
      'Bespreek met het hele team waarvoor jullie digitale zorg willen inzetten en waarvoor juist niet. Leg dat vast in een korte visie van een half A4: voor welke patiënten, met welk doel en hoe digitaal en fysiek contact elkaar aanvullen.',
    rationale:
      'Een gedeelde visie is het kompas voor elke volgende keuze; zonder visie worden tools losse initiatieven die niet bij elkaar passen.',
  },
  'embed-in-practice-plan': {
    title: 'Neem digitale zorg op in het praktijkplan',
    description:
      'Maak digitale zorg een vast onderdeel van het praktijkplan, het kwaliteitsbeleid en het kwaliteitsjaarverslag. Noem per jaar welke toepassingen jullie invoeren of verbeteren en rapporteer wat het heeft opgeleverd.',
    rationale:
      'Wat in het praktijkplan staat, krijgt tijd, geld en aandacht en wordt jaarlijks teruggezien.',
  },
  'formulate-practice-goal': {
    title: 'Formuleer een concreet praktijkdoel',
    description:
      "Schrijf één doel in de vorm: 'We implementeren digitale tool X, zodat …, door …, uitgevoerd door … en klaar vóór …'. Kies een doel dat aansluit bij een knelpunt dat het team nu ervaart.",
    rationale:
      'Een doel met wat, hoe, wie en wanneer maakt het later mogelijk te beoordelen of de tool werkt.',
  },
  'weigh-added-value-first': {
    title: 'Zet alleen in wat aantoonbaar iets toevoegt',
    description:
      'Ga bij elke nieuwe toepassing na of de meerwaarde is aangetoond, in onderzoek of bij vergelijkbare praktijken. Bepaal als team zelf waar de toepassing fysieke zorg vervangt, combineert of verlicht, en houd de professionele regie.',
    rationale:
      'Digitale zorg hoort dezelfde kwaliteitseisen te halen als fysieke zorg; wat niets toevoegt, kost alleen tijd en aandacht.',
  },
  'apply-same-norms-to-ai': {
    title: 'Toets AI aan dezelfde normen als andere zorg',
    description:
      'Spreek af dat een AI-toepassing pas in gebruik gaat na toetsing aan dezelfde kwaliteits- en ethische normen als andere zorg: veiligheid, privacy, werking voor alle patiëntgroepen. Leg vast wie de uitkomst controleert en wie verantwoordelijk blijft.',
    rationale:
      'AI ontwikkelt zich snel; zonder vaste toets beslist de techniek in plaats van de zorgverlener wat veilig en gelijkwaardig is.',
  },
  'inventory-digital-solutions': {
    title: 'Maak een overzicht van de digitale middelen',
    description:
      'Zet op één lijst welke digitale oplossingen de praktijk al gebruikt. Noteer per oplossing waarvoor, door wie en hoe vaak ze wordt gebruikt, en welke licenties of functies ongebruikt blijven.',
    rationale:
      'Vaak is er al meer in huis dan het team weet; het overzicht voorkomt dubbele aanschaf en laat zien waar winst ligt.',
  },
  'map-bottlenecks': {
    title: 'Breng de knelpunten in kaart',
    description:
      'Laat iedere rol in het team opschrijven waar het werk vastloopt, bijvoorbeeld telefoondruk in de ochtend, veel herhaalvragen, overtypen of een onduidelijke taakverdeling. Kies samen de twee of drie knelpunten die het meest kosten.',
    rationale: 'Een tool die geen echt knelpunt oplost, wordt zelden goed gebruikt.',
  },
  'choose-tool-with-three-checks': {
    title: 'Kies een tool met de drie toetsvragen',
    description:
      'Leg elke kandidaat-tool langs drie vragen: past hij in de huidige werkprocessen, is hij werkbaar voor het team (eenvoudige instructie, weinig handelingen) en is hij veilig? Kies samen en vraag zo nodig naar ervaringen in de regio.',
    rationale:
      'Een tool die op één van de drie punten tekortschiet, levert meer werk of risico op dan hij bespaart.',
  },
  'agree-who-uses-tool': {
    title: 'Spreek af wie de tool waarvoor gebruikt',
    description:
      'Richt de tool in en zorg dat iedereen in het team ervan weet. Spreek per rol duidelijk af waarvoor de tool wordt gebruikt, wie wat afhandelt en binnen welke termijn.',
    rationale:
      'Zonder heldere afspraken blijft werk liggen of wordt het dubbel gedaan, en haken collega’s af.',
  },
  'clarify-task-division': {
    title: 'Maak de taakverdeling duidelijk',
    description:
      'Beschrijf voor de digitale kanalen wie welke berichten, vragen en verzoeken oppakt: assistent, POH of huisarts. Zet de verdeling zichtbaar op papier of in het HIS en bespreek hem na een paar weken opnieuw.',
    rationale:
      'Een onduidelijke taakverdeling is een van de bekende knelpunten; een vaste verdeling geeft rust en voorkomt dat berichten blijven liggen.',
  },
  'embed-in-primary-process': {
    title: 'Borg beproefde toepassingen in het zorgproces',
    description:
      'Maak een toepassing die zich in de praktijk heeft bewezen een standaard onderdeel van het primaire proces. Pas de werkprocessen erop aan, train nieuwe collega’s en neem de toepassing op in het kwaliteitssysteem.',
    rationale:
      'Pas als een toepassing gewoon onderdeel van het werk is, levert ze blijvend tijd en kwaliteit op.',
  },
  'lay-down-in-protocols': {
    title: 'Leg aangepaste afspraken vast in protocollen',
    description:
      'Pas na elke evaluatie de werkafspraken aan en schrijf ze op in de protocollen en werkinstructies. Zorg dat nieuwe en vervangende collega’s ze kunnen vinden.',
    rationale:
      'Afspraken die alleen in hoofden zitten, verdwijnen bij drukte en personeelswisselingen.',
  },
  'evaluate-tool-use': {
    title: 'Evalueer het gebruik na enkele weken',
    description:
      'Plan na zes tot twaalf weken een evaluatie met het team: wat gaat beter, wat kost tijd, zijn er minder telefoontjes en terugbelverzoeken, en wat zeggen patiënten? Stel op basis daarvan de werkwijze bij.',
    rationale:
      'Zonder evaluatie weet je niet of een tool het doel haalt, en sluipen omwegen in het werk.',
  },
  'set-measurable-goals': {
    title: 'Maak doelen meetbaar',
    description:
      'Bepaal per toepassing vooraf welk resultaat jullie willen bereiken en hoe je dat meet, bijvoorbeeld het aantal telefoontjes per ochtend of de wachttijd voor een e-consult. Leg een nulmeting vast.',
    rationale: 'Alleen wat vooraf meetbaar is gemaakt, kun je achteraf beoordelen en verbeteren.',
  },
  'track-indicators': {
    title: 'Volg enkele indicatoren',
    description:
      'Kies twee tot vier indicatoren die bij de praktijkdoelen passen en volg ze elk kwartaal. Bespreek de uitkomsten in het teamoverleg en gebruik ze om bij te sturen.',
    rationale:
      'Regelmatig kijken naar dezelfde cijfers laat zien of een verandering blijvend werkt.',
  },
  'repeat-scan-yearly': {
    title: 'Vul de scan elk jaar opnieuw in',
    description:
      'Vul deze scan een jaar na de vorige opnieuw in met het team en vergelijk de uitkomst met die van vorig jaar. Kies op basis daarvan de stappen voor het komende jaar.',
    rationale:
      'Monitoring is essentieel om te zien hoe het gebruik van digitale oplossingen uitwerkt op praktijkvoering, werkdruk en bereikbaarheid, en om knelpunten tijdig te signaleren.',
  },
  'plan-yearly-practice-visit': {
    title: 'Plan het jaarlijkse praktijkbezoek',
    description:
      'Maak een afspraak voor een praktijkbezoek met de regionale organisatie, minstens eens per jaar. Bespreek daar de voortgang, de uitdagingen en welke ondersteuning de praktijk nodig heeft.',
    rationale:
      'Het gesprek en de terugkoppeling helpen knelpunten tijdig te zien en goede voorbeelden uit de regio over te nemen.',
  },
  'hold-internal-audit': {
    title: 'Houd een interne audit op de inzet van e-health',
    description:
      'Loop met de vijf thema’s van het IGJ-toetsingskader na waar de praktijk staat, als nulmeting. Kies de zwakste punten als verbeteracties en herhaal de audit om de voortgang te volgen.',
    rationale:
      'Een audit laat zien waar de borging van digitale zorg nog tekortschiet, voordat een inspectie of incident dat doet.',
  },
  'plan-learning-time': {
    title: 'Reserveer leertijd volgens 10-20-70',
    description:
      'Trek per teamlid tijd uit om digitale vaardigheden op te bouwen: ongeveer 10 uur workshops, 20 uur samen terugkijken met een deskundige en 70 uur oefenen in de praktijk. Spreid dat, bijvoorbeeld één uur per week, en zet het in de jaarplanning.',
    rationale:
      'Een zorgmedewerker heeft zo’n 100 uur ervaring nodig om e-health goed in te zetten; zonder geplande tijd gebeurt dat niet.',
  },
  'build-basic-digital-skills': {
    title: 'Versterk de digitale basisvaardigheden van het team',
    description:
      'Ga na welke basisvaardigheden ontbreken, zoals het werken met apps, instellingen en privacy. Bied korte trainingen of koppel collega’s aan elkaar om die gaten te dichten.',
    rationale:
      'Digitale basisvaardigheid is een voorwaarde: wie de basis mist, verliest elke dag tijd en maakt sneller fouten.',
  },
  'appoint-digital-ambassadors': {
    title: 'Wijs aandachtsvelders voor digitale zorg aan',
    description:
      'Geef een of twee teamleden de rol van aandachtsvelder of ambassadeur. Zij houden hun kennis bij, helpen collega’s en brengen ervaringen van patiënten terug in het team.',
    rationale:
      'Een vast aanspreekpunt in het team maakt de drempel om iets nieuws te gebruiken lager.',
  },
  'set-up-learning-environment': {
    title: 'Probeer nieuwe toepassingen eerst uit in een leeromgeving',
    description:
      'Test een nieuwe toepassing eerst op kleine schaal, bijvoorbeeld met één spreekuur of een kleine groep patiënten, met een vooraf bepaald doel. Leer daarvan voordat de hele praktijk overgaat.',
    rationale:
      'Uitproberen in een veilige omgeving brengt risico’s en verbeterpunten aan het licht voordat iedereen van de toepassing afhankelijk is.',
  },
  'inform-patients-about-channels': {
    title: 'Vertel patiënten welk kanaal wanneer past',
    description:
      'Leg uit wanneer patiënten het beste bellen, wanneer een e-consult volstaat en wanneer online inzage handig is. Gebruik daarvoor de website, het portaal, het telefoonbandje, een poster in de wachtkamer en het spreekuur.',
    rationale:
      'Patiënten die weten welk kanaal past, bellen minder voor niet-spoedeisende vragen en krijgen sneller antwoord.',
  },
  'encourage-digital-use-proactively': {
    title: 'Moedig digitaal contact actief aan',
    description:
      'Wijs patiënten bij contact aan de balie en in de spreekkamer actief op de digitale mogelijkheden. Draag uit dat digitaal contact een volwaardige manier is om de praktijk te bereiken.',
    rationale: 'Veel patiënten gebruiken digitale kanalen pas als de eigen praktijk ze erop wijst.',
  },
  'share-understandable-information': {
    title: 'Maak de informatie op website en scherm begrijpelijk',
    description:
      'Controleer of website en wachtkamerscherm in eenvoudige taal uitleggen welke digitale diensten er zijn en hoe je ze gebruikt. Verwijs naar betrouwbare gezondheidsinformatie zoals Thuisarts.',
    rationale: 'Heldere informatie is snel gemaakt en voorkomt vragen aan de balie.',
  },
  'support-patients-digital-skills': {
    title: 'Help patiënten met weinig digitale vaardigheden',
    description:
      'Bied patiënten die moeite hebben met digitale middelen hulp, bijvoorbeeld een korte uitleg aan de balie, of verwijs ze naar een plek waar ze ondersteuning krijgen, zoals de bibliotheek. Vraag bij het spreekuur of digitaal contact lukt.',
    rationale:
      'Zonder ondersteuning vergroot digitale zorg de verschillen tussen patiënten in plaats van ze te verkleinen.',
  },
  'keep-non-digital-access': {
    title: 'Houd de praktijk ook niet-digitaal goed bereikbaar',
    description:
      'Zorg dat patiënten die niet digitaal kunnen of willen de praktijk even goed bereiken, telefonisch en aan de balie. Zet digitale zorg in naast fysieke zorg, niet in plaats daarvan.',
    rationale:
      'Digitale zorg is een aanvulling; de zorg moet voor iedereen gelijkwaardig en tijdig blijven.',
  },
  'decide-together-with-patients': {
    title: 'Bepaal samen met de patiënt wat digitaal kan',
    description:
      'Bespreek met de patiënt of en hoe digitale middelen worden ingezet en wat fysiek moet blijven. Gebruik waar passend een digitale keuzehulp bij het gesprek.',
    rationale:
      'Samen beslissen zorgt dat digitale zorg voor patiënt en zorgverlener iets toevoegt, en voorkomt onveilige keuzes.',
  },
  'tailor-to-patient-abilities': {
    title: 'Stem digitale zorg af op wat de patiënt kan',
    description:
      'Schat per patiënt in wat hij of zij digitaal aankan en bied de vorm van zorg die daarbij past. Zet digitale middelen vooral in waar de patiënt er zelfredzamer van wordt.',
    rationale:
      'Net als fysieke zorg is digitale zorg maatwerk; wat voor de één werkt, is voor de ander een drempel.',
  },
  'keep-nen7510-current': {
    title: 'Houd de informatiebeveiliging volgens NEN 7510 op orde',
    description:
      'Gebruik een compliancetool of checklist om de informatiebeveiliging volgens NEN 7510 te beoordelen en acties bij te houden. Loop hem minstens eens per jaar opnieuw door, ook als alles op orde lijkt.',
    rationale:
      'Dreigingen en regels veranderen; beveiliging die niet wordt bijgehouden, veroudert ongemerkt.',
  },
  'use-password-vault': {
    title: 'Gebruik een wachtwoordkluis',
    description:
      'Geef iedereen een eigen account en bewaar gedeelde wachtwoorden in een wachtwoordkluis in plaats van op briefjes of in een bestand. Spreek af wie de kluis beheert.',
    rationale: 'Een kleine ingreep die veel voorkomende beveiligingsrisico’s wegneemt.',
  },
  'write-continuity-plan': {
    title: 'Schrijf een plan voor uitval van systemen',
    description:
      'Beschrijf wat het team doet als het HIS, het portaal of de telefonie uitvalt: wie wat doet, hoe patiënten worden geïnformeerd en hoe gegevens later worden bijgewerkt. Oefen het plan eens per jaar kort.',
    rationale:
      'Hoe meer de praktijk digitaal werkt, hoe groter de gevolgen van een storing voor veiligheid en bereikbaarheid.',
  },
  'offer-self-triage-and-consult-preparation': {
    title: 'Bied digitale zelftriage en consultvoorbereiding aan',
    description:
      'Laat patiënten via de website hun klachten invoeren en direct advies krijgen over zelfzorg, contact met de praktijk of spoedzorg, met een gevalideerde module waarvan het team de adviezen kent. Laat ze vooraf vragen en informatie invullen, zodat het consult direct inhoudelijk kan beginnen.',
    rationale:
      'Goede zelftriage vermindert de telefoondruk, en een voorbereid consult kost minder tijd en gaat sneller de diepte in.',
  },
  'use-decision-support': {
    title: 'Gebruik beslisondersteuning in het consult',
    description:
      'Maak beslissingsondersteunende instrumenten, zoals NHG-richtlijnen in het HIS, beschikbaar op elke werkplek. Spreek af bij welke vragen het team ze raadpleegt.',
    rationale:
      'Beslisondersteuning helpt consistent volgens de richtlijnen te werken en maakt zorg veiliger.',
  },
  'move-repeat-requests-online': {
    title: 'Laat herhaalrecepten en routinevragen online lopen',
    description:
      'Laat patiënten herhaalrecepten, afspraken en vragen over uitslagen via het portaal of een e-consult regelen. Verwijs er actief naar op het telefoonbandje en de website.',
    rationale:
      'Veel telefoontjes gaan over routinezaken; online afhandeling ontlast de balie en geeft de patiënt sneller antwoord.',
  },
  'use-speech-reporting': {
    title: 'Zet spraakgestuurd rapporteren in',
    description:
      'Laat een of twee zorgverleners spraakgestuurd verslagleggen uitproberen en breid het uit als het werkt. Spreek af hoe het verslag wordt gecontroleerd voordat het in het dossier komt.',
    rationale:
      'Minder typen en overzetten geeft meer tijd voor de patiënt en minder administratieve druk.',
  },
  'substitute-visits-with-e-consult-and-video': {
    title: 'Vervang geschikte consulten door e-consult of beeldbellen',
    description:
      'Bepaal voor welke vragen een e-consult of beeldbellen een fysiek consult kan vervangen, zoals controles en uitslagbesprekingen. Richt het in, maak het onderdeel van de agenda en spreek af wie het uitvoert.',
    rationale:
      'Taakvervanging door digitaal contact is de eerste stap in het INK-fasenmodel en levert direct tijd op voor praktijk en patiënt.',
  },
  'improve-medication-safety-flows': {
    title: 'Verbeter processen zoals medicatieveiligheid digitaal',
    description:
      'Kies een proces met veel handmatige stappen, zoals herhaalmedicatie of medicatieoverdracht, en laat de digitale stappen op elkaar aansluiten. Haal overtypen en dubbel werk eruit en controleer het resultaat.',
    rationale:
      'Procesverbetering, met medicatieveiligheid als voorbeeld, kenmerkt de tweede INK-fase en vermindert fouten en dubbel werk.',
  },
  'give-informal-carers-portal-access': {
    title: 'Geef mantelzorgers toegang via het portaal',
    description:
      'Ga na of uw portaal mantelzorgers toegang kan geven; informeer daarvoor bij uw HIS- of portaalleverancier. Kan het, spreek dan een vaste werkwijze af voor de toestemming van de patiënt en voor het intrekken ervan.',
    rationale:
      'Steun aan het netwerk rond de patiënt via portalen hoort bij de derde INK-fase en ontlast patiënt, mantelzorger en balie.',
  },
  'offer-telemonitoring': {
    title: 'Bied telemonitoring en zelfmeting aan',
    description:
      'Laat geschikte patiënten, bijvoorbeeld met hypertensie of diabetes, thuis meten en de waarden digitaal doorgeven. Spreek af wie de metingen bekijkt, hoe vaak en wanneer de patiënt wordt gebeld.',
    rationale:
      'Patiënten krijgen meer regie en de praktijk ziet eerder wanneer het minder goed gaat.',
  },
  'offer-digital-self-help': {
    title: 'Bied digitale zelfhulpprogramma’s aan',
    description:
      'Laat de POH voor passende klachten, zoals somberheid, slapeloosheid of leefstijl, een digitaal zelfhulp- of behandelprogramma aanbieden. Kies het programma samen met de patiënt en spreek momenten af om de voortgang te bespreken.',
    rationale:
      'Begeleiding op afstand is voor de patiënt minder belastend en geeft meer regie, en het bespaart consulttijd.',
  },
  'exchange-data-with-care-partners': {
    title: 'Wissel gegevens digitaal uit met zorgpartners',
    description:
      'Maak afspraken met apotheek, wijkverpleging, ziekenhuis en sociaal domein over veilige digitale communicatie en gegevensuitwisseling. Sluit waar mogelijk aan bij een gezamenlijk digitaal platform in de regio.',
    rationale:
      'Coördinatie en gegevensuitwisseling met andere zorgpartners kenmerken de vierde INK-fase en voorkomen overtypen en fouten bij overdrachten.',
  },
  'share-population-data-regionally': {
    title: 'Gebruik populatiegegevens samen in het zorgnetwerk',
    description:
      'Werk met zorggroep, gemeente en andere partners aan een gezamenlijk beeld van de populatie, met geanonimiseerde gegevens. Gebruik dat om samen zorg en preventie in de wijk te plannen.',
    rationale:
      'Populatiegegevens voor de gezamenlijke bedrijfsvoering in het zorgnetwerk kenmerken de vijfde INK-fase.',
  },
  'close-self-assessment-gap': {
    title: 'Bespreek het verschil tussen eigen oordeel en score',
    description:
      'Het eigen oordeel over de integratie van digitale zorg wijkt duidelijk af van de berekende score. Bespreek in het team waar dat verschil vandaan komt en welke antwoorden een ander beeld geven dan verwacht.',
    rationale:
      'Een groot verschil wijst op blinde vlekken of op te veel bescheidenheid; beide verdienen een gesprek voordat je stappen kiest.',
  },
  'complete-missing-answers': {
    title: 'Vul de ontbrekende antwoorden aan',
    description:
      'Een deel van de vragen is niet beantwoord. Vraag de collega’s die het antwoord weten om ze aan te vullen, of kies bewust voor ‘niet van toepassing’ waar dat klopt.',
    rationale:
      'Met ontbrekende antwoorden geeft de scan een onvolledig beeld van waar de praktijk staat.',
  },
  'certify-external-quality-mark': {
    title: 'Certificeren volgens een keurmerk',
    description:
      'Laat een toepassing die al in gebruik is certificeren volgens een keurmerk, zoals het ketenkeurmerk van het WDTM. Dat vraagt veel energie: plan het als de inzet van e-health in de praktijk verder is doorontwikkeld (de scale up-fase).',
    rationale:
      'Door het certificeren leert de organisatie zorgtechnologie goed te borgen; die kennis komt goed van pas om verdere e-health in te voeren en te borgen.',
  },
  'install-check-in-kiosk': {
    title: 'Een aanmeldzuil aanschaffen',
    description:
      'Met een aanmeldzuil melden patiënten zich bij binnenkomst zelf aan voor hun afspraak. Weeg het af met de drie vragen bij het kiezen van een oplossing: sluit het aan bij de werkprocessen, is het werkbaar voor het team, is het veilig?',
    rationale: 'Een aanmeldzuil vermindert de druk op de balie.',
  },
};
