// The structure of questionnaire 1.0.0: everything but the texts. The texts are in `nl.ts` and
// `en.ts`, one file per language, typed by `QuestionnaireLocale` below so that a missing text is a
// compile error. Ids, scales and weights are part of the published version: changing any of them
// needs a new major version (docs/domain.md, "Extending the questionnaire").

import type {
  AnswerScaleId,
  ApplicationTypeId,
  IgjThemeId,
  InkPhaseId,
  QualityAspectId,
} from '../../concepts/ids';
import type { SeedFile, SourceRef } from '../../shared/source';
import type { AspectWeight, AspectWeights } from '../types';

/** The id of this questionnaire. */
export const questionnaireId = 'praktijkscan';

/** The version of this questionnaire (semver). */
export const questionnaireVersion = '1.0.0';

/** The sections of questionnaire 1.0.0, in the order they are presented. */
export const sectionIds = [
  'vision-policy',
  'team-skills',
  'work-processes',
  'care-delivery',
  'patients',
  'security-continuity',
  'network-exchange',
  'monitoring-results',
  'applications',
  'overall',
] as const;
/** A section of questionnaire 1.0.0. */
export type SectionId = (typeof sectionIds)[number];

/** The items of questionnaire 1.0.0, in the order they are presented (grouped by section). */
export const itemIds = [
  // vision-policy
  'digital-care-vision',
  'in-practice-plan',
  'practice-goal',
  'added-value-shown',
  'professional-control',
  'ai-same-norms',
  // team-skills
  'team-knowledge-skills',
  'basic-digital-skills',
  'learning-time',
  'digital-ambassadors',
  'learning-environment',
  // work-processes
  'processes-adapted',
  'solutions-inventory',
  'bottlenecks-mapped',
  'tool-choice-checks',
  'team-tool-agreements',
  'adjustments-in-protocols',
  'embedded-in-primary-process',
  // care-delivery
  'digital-replaces-visits',
  'routine-requests-online',
  'medication-safety-digital',
  'digital-flows-connected',
  'digital-triage-safe',
  'informal-carer-access',
  'self-monitoring',
  // patients
  'patient-involved',
  'full-contact-form',
  'proactive-encouragement',
  'channel-guidance',
  'understandable-information',
  'patient-support',
  'patients-informed-actively',
  'decide-together',
  'tailored-to-patient',
  'patient-digital-skills',
  'non-digital-access',
  // security-continuity
  'information-security-nen7510',
  'password-management',
  'continuity-plan',
  // network-exchange
  'chain-data-exchange',
  'shared-care-platform',
  'population-data',
  'regional-coalition',
  // monitoring-results
  'measurable-goals',
  'indicators-tracked',
  'use-evaluated',
  'yearly-questionnaire',
  'practice-visit-feedback',
  // applications
  'uses-waiting-room-screen',
  'uses-practice-website',
  'uses-patient-portal',
  'uses-e-consultation',
  'uses-video-consultation',
  'uses-health-information',
  'uses-telemonitoring',
  'uses-self-help-programmes',
  'uses-digital-self-triage',
  'uses-consult-preparation',
  'uses-decision-support',
  'uses-decision-aids',
  'uses-check-in-kiosk',
  'uses-speech-reporting',
  'uses-provider-communication',
  'uses-measuring-equipment',
  'uses-ai-support',
  'uses-nen7510-compliance',
  'uses-password-vault',
  // overall
  'overall-integration',
] as const;
/** An item of questionnaire 1.0.0. */
export type ItemId = (typeof itemIds)[number];

/** The structure of one item: everything but its id (the key) and its texts. */
export interface ItemStructure {
  readonly section: SectionId;
  readonly scale: AnswerScaleId;
  readonly weights: AspectWeights;
  readonly theme: IgjThemeId;
  readonly inkPhase?: InkPhaseId;
  readonly applicationType?: ApplicationTypeId;
  readonly allowsNotApplicable: boolean;
  readonly scored: boolean;
  readonly source: SourceRef;
}

/** The texts of one section in one language. */
export interface SectionTexts {
  readonly title: string;
  readonly description: string;
}

/** The texts of one item in one language. `help` is given in both languages or in neither. */
export interface ItemTexts {
  readonly text: string;
  readonly help?: string;
}

/**
 * Every text of questionnaire 1.0.0 in one language. Each language is one file (`nl.ts`, `en.ts`)
 * of this shape, so that the compiler reports a section or item whose text is missing.
 */
export interface QuestionnaireLocale {
  readonly title: string;
  readonly description: string;
  readonly sections: Readonly<Record<SectionId, SectionTexts>>;
  readonly items: Readonly<Record<ItemId, ItemTexts>>;
}

/** Weights with every aspect not named set to 0. */
function weights(given: Partial<Record<QualityAspectId, AspectWeight>>): AspectWeights {
  return {
    safety: 0,
    effectiveness: 0,
    efficiency: 0,
    'person-centredness': 0,
    timeliness: 0,
    equity: 0,
    ...given,
  };
}

const seed000: SeedFile = '000_b3fde464fb93530b.txt';
const seed001: SeedFile = '001_a329bfd150ee0d04.txt';
const seed002: SeedFile = '002_f3ca0ba8266c7bed.txt';
const seed003: SeedFile = '003_f01a0fe878612b8e.txt';
const seed004: SeedFile = '004_a7ae77890b5be1ca.txt';

/** A scored agreement item that does not allow "not applicable" (the common case). */
function agreement(
  section: SectionId,
  theme: IgjThemeId,
  itemWeights: AspectWeights,
  source: SourceRef,
  extra: { readonly inkPhase?: InkPhaseId; readonly allowsNotApplicable?: boolean } = {},
): ItemStructure {
  return {
    section,
    scale: 'agreement',
    weights: itemWeights,
    theme,
    ...(extra.inkPhase === undefined ? {} : { inkPhase: extra.inkPhase }),
    allowsNotApplicable: extra.allowsNotApplicable ?? false,
    scored: true,
    source,
  };
}

/** A scored yes/no item. */
function yesNo(
  section: SectionId,
  theme: IgjThemeId,
  itemWeights: AspectWeights,
  source: SourceRef,
  allowsNotApplicable: boolean,
): ItemStructure {
  return {
    section,
    scale: 'yes-no',
    weights: itemWeights,
    theme,
    allowsNotApplicable,
    scored: true,
    source,
  };
}

/**
 * An inventory item: how far the practice uses one type of application. A practice that rightly
 * has no use for a type answers "not applicable". Inventory items indicate no INK phase.
 */
function inventory(
  applicationType: ApplicationTypeId,
  theme: IgjThemeId,
  itemWeights: AspectWeights,
  source: SourceRef,
): ItemStructure {
  return {
    section: 'applications',
    scale: 'usage',
    weights: itemWeights,
    theme,
    applicationType,
    allowsNotApplicable: true,
    scored: true,
    source,
  };
}

/** The structure of every item of questionnaire 1.0.0, by id. */
export const itemStructure: Readonly<Record<ItemId, ItemStructure>> = {
  // ── vision-policy ────────────────────────────────────────────────────────────────────────────
  'digital-care-vision': agreement(
    'vision-policy',
    'governance',
    weights({ effectiveness: 2, 'person-centredness': 1, equity: 1 }),
    { seed: seed000, heading: 'duidelijke visie op digitale zorg' },
  ),
  'in-practice-plan': agreement(
    'vision-policy',
    'governance',
    weights({ safety: 1, effectiveness: 2 }),
    { seed: seed000, heading: 'praktijkplan, kwaliteitsbeleid en kwaliteitsjaarverslag' },
  ),
  'practice-goal': agreement(
    'vision-policy',
    'governance',
    weights({ effectiveness: 2, efficiency: 2 }),
    { seed: seed001, heading: 'Formuleer een praktijkdoel' },
  ),
  'added-value-shown': agreement(
    'vision-policy',
    'governance',
    weights({ safety: 1, effectiveness: 3, efficiency: 1 }),
    { seed: seed002, heading: 'toegevoegde waarde (wetenschappelijk)' },
  ),
  'professional-control': agreement(
    'vision-policy',
    'governance',
    weights({ safety: 2, effectiveness: 1, 'person-centredness': 1 }),
    { seed: seed002, heading: 'Wij houden zelf de regie' },
  ),
  'ai-same-norms': agreement(
    'vision-policy',
    'governance',
    weights({ safety: 3, effectiveness: 1, equity: 2 }),
    {
      seed: seed002,
      heading: 'dezelfde kwaliteits- en ethische normen als andere vormen van zorg',
    },
    { allowsNotApplicable: true },
  ),

  // ── team-skills ──────────────────────────────────────────────────────────────────────────────
  'team-knowledge-skills': agreement(
    'team-skills',
    'adoption',
    weights({ safety: 2, effectiveness: 2, efficiency: 1 }),
    { seed: seed000, heading: 'voldoende kennis en vaardigheden' },
  ),
  'basic-digital-skills': agreement(
    'team-skills',
    'adoption',
    weights({ safety: 1, effectiveness: 1, efficiency: 2 }),
    {
      seed: seed002,
      heading: 'vergroten van digitale vaardigheden bij zorgverleners en patiënten',
    },
  ),
  'learning-time': agreement('team-skills', 'adoption', weights({ safety: 1, effectiveness: 2 }), {
    seed: seed004,
    heading: 'ca. 100 uur aan ervaring',
  }),
  'digital-ambassadors': yesNo(
    'team-skills',
    'adoption',
    weights({ effectiveness: 1, efficiency: 1 }),
    { seed: seed004, heading: 'Formele functie: aandachtsvelders/ambassadeurs' },
    false,
  ),
  'learning-environment': agreement(
    'team-skills',
    'adoption',
    weights({ safety: 2, effectiveness: 2 }),
    { seed: seed004, heading: 'Uitproberen van toepassing in leeromgeving' },
  ),

  // ── work-processes ───────────────────────────────────────────────────────────────────────────
  'processes-adapted': agreement(
    'work-processes',
    'adoption',
    weights({ effectiveness: 1, efficiency: 3, timeliness: 1 }),
    { seed: seed000, heading: 'interne werkprocessen voldoende aangepast' },
  ),
  'solutions-inventory': agreement(
    'work-processes',
    'governance',
    weights({ safety: 1, effectiveness: 1, efficiency: 1 }),
    { seed: seed001, heading: 'Noteer waarvoor, door wie, en de frequentie' },
  ),
  'bottlenecks-mapped': agreement(
    'work-processes',
    'adoption',
    weights({ efficiency: 2, timeliness: 2 }),
    { seed: seed001, heading: 'Breng huidige knelpunten in kaart' },
  ),
  'tool-choice-checks': agreement(
    'work-processes',
    'adoption',
    weights({ safety: 2, effectiveness: 1, efficiency: 2 }),
    { seed: seed001, heading: 'Kies samen welke oplossing bij het doel past' },
  ),
  'team-tool-agreements': agreement(
    'work-processes',
    'adoption',
    weights({ safety: 1, efficiency: 2, timeliness: 1 }),
    { seed: seed001, heading: 'waarvoor de tool gebruikt wordt en wie de tool gebruikt' },
  ),
  'adjustments-in-protocols': agreement(
    'work-processes',
    'adoption',
    weights({ safety: 1, effectiveness: 1, efficiency: 2 }),
    { seed: seed001, heading: 'geborgd in protocollen en dagelijkse werkprocessen' },
  ),
  'embedded-in-primary-process': agreement(
    'work-processes',
    'adoption',
    weights({ safety: 1, effectiveness: 2, efficiency: 1 }),
    { seed: seed004, heading: 'Borgen van de toepassing in het primair proces' },
  ),

  // ── care-delivery (INK phases 1 to 3) ────────────────────────────────────────────────────────
  'digital-replaces-visits': agreement(
    'care-delivery',
    'adoption',
    weights({ efficiency: 2, 'person-centredness': 1, timeliness: 2 }),
    { seed: seed004, heading: 'taakvervanging in inzet van e-health zoals beeldcontact' },
    { inkPhase: 1 },
  ),
  'routine-requests-online': agreement(
    'care-delivery',
    'adoption',
    weights({ efficiency: 3, timeliness: 1 }),
    { seed: seed001, heading: 'Online afspraken, e-consulten en digitale formulieren' },
    { inkPhase: 1 },
  ),
  'medication-safety-digital': agreement(
    'care-delivery',
    'adoption',
    weights({ safety: 3, effectiveness: 1 }),
    { seed: seed004, heading: 'procesverbetering zoals medicatieveiligheid' },
    { inkPhase: 2 },
  ),
  'digital-flows-connected': agreement(
    'care-delivery',
    'adoption',
    weights({ safety: 1, efficiency: 3 }),
    { seed: seed001, heading: 'Minder handmatige stappen en dus ook minder dubbel werk' },
    { inkPhase: 2 },
  ),
  'digital-triage-safe': agreement(
    'care-delivery',
    'adoption',
    weights({ safety: 3, timeliness: 2 }),
    {
      seed: seed001,
      heading: 'direct advies krijgen over zelfzorg, contact met de praktijk of spoedzorg',
    },
    { inkPhase: 2 },
  ),
  'informal-carer-access': agreement(
    'care-delivery',
    'patient-participation',
    weights({ 'person-centredness': 2, equity: 2 }),
    {
      seed: seed004,
      heading: 'ondersteuning cliëntnetwerk met onder andere mantelzorgers via portalen',
    },
    { inkPhase: 3 },
  ),
  'self-monitoring': agreement(
    'care-delivery',
    'patient-participation',
    weights({ safety: 1, effectiveness: 2, 'person-centredness': 2 }),
    { seed: seed003, heading: 'eigen gezondheid monitoren met een digitale device' },
    { inkPhase: 3 },
  ),

  // ── patients ─────────────────────────────────────────────────────────────────────────────────
  'patient-involved': agreement(
    'patients',
    'patient-participation',
    weights({ 'person-centredness': 3, equity: 1 }),
    { seed: seed000, heading: 'In hoeverre betrekken we de patiënt' },
  ),
  'full-contact-form': agreement(
    'patients',
    'patient-participation',
    weights({ efficiency: 1, 'person-centredness': 1, timeliness: 1 }),
    { seed: seed000, heading: 'digitale zorg een volwaardige contactvorm is' },
  ),
  'proactive-encouragement': agreement(
    'patients',
    'patient-participation',
    weights({ efficiency: 2, 'person-centredness': 1, timeliness: 1, equity: 1 }),
    { seed: seed000, heading: 'Benaderen we onze patiënten proactief' },
  ),
  'channel-guidance': agreement(
    'patients',
    'patient-participation',
    weights({ safety: 1, 'person-centredness': 2, timeliness: 2, equity: 2 }),
    { seed: seed000, heading: 'wanneer pak je de telefoon' },
  ),
  'understandable-information': agreement(
    'patients',
    'patient-participation',
    weights({ 'person-centredness': 2, equity: 3 }),
    {
      seed: seed000,
      heading: 'praktijkwebsite en/of wachtkamerscherm op een begrijpelijke manier',
    },
  ),
  'patient-support': agreement(
    'patients',
    'patient-participation',
    weights({ 'person-centredness': 1, equity: 3 }),
    { seed: seed000, heading: 'waar patiënten ondersteuning kunnen vinden' },
  ),
  'patients-informed-actively': agreement(
    'patients',
    'patient-participation',
    weights({ efficiency: 1, 'person-centredness': 2, equity: 2 }),
    { seed: seed001, heading: 'informeer dan patiënten actief' },
  ),
  'decide-together': agreement(
    'patients',
    'patient-participation',
    weights({ safety: 2, 'person-centredness': 3 }),
    { seed: seed002, heading: 'samen bepalen wat digitaal kan en wat fysiek moet' },
  ),
  'tailored-to-patient': agreement(
    'patients',
    'patient-participation',
    weights({ effectiveness: 1, 'person-centredness': 2, equity: 2 }),
    { seed: seed002, heading: 'sluit aan bij de mogelijkheden en vaardigheden van de patiënt' },
  ),
  'patient-digital-skills': agreement(
    'patients',
    'patient-participation',
    weights({ effectiveness: 1, equity: 3 }),
    {
      seed: seed002,
      heading: 'vergroten van digitale vaardigheden bij zorgverleners en patiënten',
    },
  ),
  'non-digital-access': agreement(
    'patients',
    'patient-participation',
    weights({ safety: 1, timeliness: 1, equity: 3 }),
    { seed: seed000, heading: 'in combinatie met niet-digitale zorg ingezet' },
  ),

  // ── security-continuity ──────────────────────────────────────────────────────────────────────
  'information-security-nen7510': agreement(
    'security-continuity',
    'security-continuity',
    weights({ safety: 3 }),
    { seed: seed001, heading: 'compliance tool NEN7510' },
  ),
  'password-management': agreement(
    'security-continuity',
    'security-continuity',
    weights({ safety: 3, efficiency: 1 }),
    { seed: seed001, heading: 'Wachtwoordenkluis' },
  ),
  'continuity-plan': yesNo(
    'security-continuity',
    'security-continuity',
    weights({ safety: 2, timeliness: 2 }),
    { seed: seed004, heading: 'Informatiebeveiliging en continuïteit' },
    false,
  ),

  // ── network-exchange (INK phases 4 and 5) ────────────────────────────────────────────────────
  'chain-data-exchange': agreement(
    'network-exchange',
    'network-data-exchange',
    weights({ safety: 2, efficiency: 1, timeliness: 2 }),
    { seed: seed004, heading: 'coördinatie en gegevensuitwisseling met andere zorgpartners' },
    { inkPhase: 4 },
  ),
  'shared-care-platform': agreement(
    'network-exchange',
    'network-data-exchange',
    weights({ effectiveness: 2, 'person-centredness': 1, equity: 1 }),
    { seed: seed002, heading: 'deelname aan een gezamenlijk digitaal platform' },
    { inkPhase: 4 },
  ),
  'population-data': agreement(
    'network-exchange',
    'network-data-exchange',
    weights({ effectiveness: 2, equity: 2 }),
    {
      seed: seed004,
      heading: 'populatiegegevens voor de gezamenlijke bedrijfsvoering in het zorgnetwerk',
    },
    { inkPhase: 5 },
  ),
  'regional-coalition': agreement(
    'network-exchange',
    'network-data-exchange',
    weights({ effectiveness: 2, efficiency: 1, equity: 1 }),
    { seed: seed004, heading: 'opbouwen van regionale coalities' },
    { inkPhase: 5 },
  ),

  // ── monitoring-results ───────────────────────────────────────────────────────────────────────
  'measurable-goals': agreement(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 3, efficiency: 1 }),
    { seed: seed004, heading: 'Hoe meten we praktisch onze resultaten' },
  ),
  'indicators-tracked': agreement(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 2, efficiency: 1, timeliness: 1 }),
    { seed: seed004, heading: 'Voorbeeld indicatoren' },
  ),
  'use-evaluated': agreement(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 2, efficiency: 1, 'person-centredness': 1 }),
    { seed: seed001, heading: 'Evalueer na een aantal weken/maanden' },
  ),
  'yearly-questionnaire': yesNo(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 1, timeliness: 1 }),
    { seed: seed001, heading: 'jaarlijks een brede vragenlijst' },
    true,
  ),
  'practice-visit-feedback': yesNo(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 1, efficiency: 1 }),
    { seed: seed001, heading: 'Praktijkbezoeken vinden **minimaal één keer per jaar** plaats' },
    true,
  ),

  // ── applications (inventory, scale usage) ────────────────────────────────────────────────────
  'uses-waiting-room-screen': inventory(
    'waiting-room-screen',
    'patient-participation',
    weights({ 'person-centredness': 1, equity: 1 }),
    { seed: seed001, heading: 'actuele praktijkinformatie en gezondheidsvoorlichting tonen' },
  ),
  'uses-practice-website': inventory(
    'practice-website',
    'patient-participation',
    weights({ efficiency: 1, 'person-centredness': 1, timeliness: 2, equity: 1 }),
    { seed: seed001, heading: 'Praktijkwebsite' },
  ),
  'uses-patient-portal': inventory(
    'patient-portal',
    'patient-participation',
    weights({ efficiency: 2, 'person-centredness': 2, timeliness: 1 }),
    { seed: seed003, heading: 'Online portalen voor het aanbieden of regelen van patiëntzorg' },
  ),
  'uses-e-consultation': inventory(
    'e-consultation',
    'adoption',
    weights({ efficiency: 2, 'person-centredness': 1, timeliness: 2 }),
    { seed: seed001, heading: 'E-consult/chat' },
  ),
  'uses-video-consultation': inventory(
    'video-consultation',
    'adoption',
    weights({ efficiency: 1, 'person-centredness': 2, timeliness: 1, equity: 1 }),
    { seed: seed003, heading: 'Beveiligde e-mail, e-consult en beeldbellen' },
  ),
  'uses-health-information': inventory(
    'health-information',
    'patient-participation',
    weights({ effectiveness: 1, efficiency: 1, 'person-centredness': 2 }),
    { seed: seed003, heading: 'Online patiëntinformatie en advies over gezondheid en ziekte' },
  ),
  'uses-telemonitoring': inventory(
    'telemonitoring',
    'patient-participation',
    weights({ safety: 1, effectiveness: 2, 'person-centredness': 1, timeliness: 1 }),
    { seed: seed003, heading: 'Telemonitoring applicaties' },
  ),
  'uses-self-help-programmes': inventory(
    'self-help-programmes',
    'patient-participation',
    weights({ effectiveness: 2, 'person-centredness': 2, timeliness: 1 }),
    { seed: seed003, heading: 'Digitale trainingen of modules voor patiënten met klachten' },
  ),
  'uses-digital-self-triage': inventory(
    'digital-self-triage',
    'adoption',
    weights({ safety: 2, efficiency: 1, timeliness: 2 }),
    { seed: seed001, heading: 'Digitale zelftriage' },
  ),
  'uses-consult-preparation': inventory(
    'consult-preparation',
    'adoption',
    weights({ effectiveness: 1, efficiency: 2, timeliness: 1 }),
    {
      seed: seed001,
      heading: 'patiënten kunnen vooraf klachten, vragen en relevante informatie invullen',
    },
  ),
  'uses-decision-support': inventory(
    'decision-support',
    'adoption',
    weights({ safety: 2, effectiveness: 2 }),
    { seed: seed001, heading: 'Beslissingsondersteunende instrumenten' },
  ),
  'uses-decision-aids': inventory(
    'decision-aids',
    'patient-participation',
    weights({ effectiveness: 1, 'person-centredness': 3 }),
    { seed: seed002, heading: 'digitale keuzehulpen' },
  ),
  'uses-check-in-kiosk': inventory('check-in-kiosk', 'adoption', weights({ efficiency: 2 }), {
    seed: seed001,
    heading: 'Aanmeldzuil',
  }),
  'uses-speech-reporting': inventory(
    'speech-reporting',
    'adoption',
    weights({ safety: 1, efficiency: 3 }),
    { seed: seed001, heading: 'Spraakgestuurd rapporteren of digitale gespreksondersteuning' },
  ),
  'uses-provider-communication': inventory(
    'provider-communication',
    'network-data-exchange',
    weights({ safety: 2, efficiency: 1, timeliness: 2 }),
    { seed: seed003, heading: 'Communicatietoepassingen zorgverleners' },
  ),
  'uses-measuring-equipment': inventory(
    'measuring-equipment',
    'adoption',
    weights({ effectiveness: 2, 'person-centredness': 1, timeliness: 1 }),
    { seed: seed003, heading: 'Digitale meetapparatuur voor in de huisartsenvoorziening' },
  ),
  'uses-ai-support': inventory(
    'ai-support',
    'adoption',
    weights({ effectiveness: 1, efficiency: 2 }),
    { seed: seed002, heading: 'artificiële intelligentie (AI)' },
  ),
  'uses-nen7510-compliance': inventory(
    'nen7510-compliance',
    'security-continuity',
    weights({ safety: 3 }),
    { seed: seed001, heading: 'compliance tool NEN7510' },
  ),
  'uses-password-vault': inventory(
    'password-vault',
    'security-continuity',
    weights({ safety: 3 }),
    { seed: seed001, heading: 'Wachtwoordenkluis' },
  ),

  // ── overall ──────────────────────────────────────────────────────────────────────────────────
  'overall-integration': {
    section: 'overall',
    scale: 'agreement',
    weights: weights({}),
    theme: 'governance',
    allowsNotApplicable: false,
    scored: false,
    source: { seed: seed000, heading: 'goed geïntegreerd in onze praktijkvoering' },
  },
};
