// The structure of questionnaire 2.0.0: everything but the texts. The texts are in `nl.ts` and
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
export const questionnaireVersion = '2.0.0';

/** The sections of questionnaire 2.0.0, in the order they are presented. */
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
/** A section of questionnaire 2.0.0. */
export type SectionId = (typeof sectionIds)[number];

/** The items of questionnaire 2.0.0, in the order they are presented (grouped by section). */
export const itemIds = [
  // vision-policy
  'digital-care-vision',
  'in-practice-plan',
  'practice-goal',
  'added-value-proven',
  'professional-control',
  'ai-same-norms',
  'financing-arranged',
  // team-skills
  'team-knowledge-skills',
  'learning-environment',
  // work-processes
  'processes-adapted',
  'solutions-inventory',
  'bottlenecks-mapped',
  'tool-choice-checks',
  'team-tool-agreements',
  'adjustments-in-protocols',
  // care-delivery
  'digital-replaces-visits',
  'digital-contact-scheduled',
  'medication-safety-digital',
  'digital-flows-connected',
  'informal-carer-access',
  'patient-in-provider-network',
  // patients
  'patient-involved',
  'full-contact-form',
  'proactive-encouragement',
  'channel-guidance',
  'understandable-information',
  'patient-support',
  'decide-together',
  'tailored-to-patient',
  'non-digital-access',
  // security-continuity
  'information-security-checked',
  'continuity-plan',
  // network-exchange
  'exchange-agreements',
  'shared-care-platform',
  'population-data',
  'regional-coalition',
  'regional-exchange',
  // monitoring-results
  'results-measured',
  'use-evaluated',
  'workload-effect',
  'practice-visit-support',
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
/** An item of questionnaire 2.0.0. */
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
 * Every text of questionnaire 2.0.0 in one language. Each language is one file (`nl.ts`, `en.ts`)
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
 * has no use for a type answers "not applicable"; one that has not started yet answers 0.
 * Inventory items indicate no INK phase. Each weighs 1 on the one aspect that the seed names as
 * its main yield: how many tools a practice uses is an adoption profile of its own and weighs
 * little in the quality scores (DOMAIN.md, "What the scores mean"; docs/domain.md).
 */
function inventory(
  applicationType: ApplicationTypeId,
  theme: IgjThemeId,
  aspect: QualityAspectId,
  source: SourceRef,
): ItemStructure {
  return {
    section: 'applications',
    scale: 'usage',
    weights: weights({ [aspect]: 1 }),
    theme,
    applicationType,
    allowsNotApplicable: true,
    scored: true,
    source,
  };
}

/** The structure of every item of questionnaire 2.0.0, by id. */
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
  'added-value-proven': agreement(
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
  'financing-arranged': agreement('vision-policy', 'governance', weights({ efficiency: 2 }), {
    seed: seed004,
    heading: 'Voor succesvolle toepassingen is duurzame financiering nodig',
  }),

  // ── team-skills ──────────────────────────────────────────────────────────────────────────────
  'team-knowledge-skills': agreement(
    'team-skills',
    'adoption',
    weights({ safety: 2, effectiveness: 2, efficiency: 1 }),
    { seed: seed000, heading: 'voldoende kennis en vaardigheden' },
  ),
  'learning-environment': agreement(
    'team-skills',
    'adoption',
    weights({ safety: 2, effectiveness: 2 }),
    { seed: seed004, heading: 'Hoe toets je op kleine schaal' },
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

  // ── care-delivery (INK phases 1 to 3) ────────────────────────────────────────────────────────
  'digital-replaces-visits': agreement(
    'care-delivery',
    'adoption',
    weights({ efficiency: 2, 'person-centredness': 1, timeliness: 2 }),
    { seed: seed004, heading: 'taakvervanging in inzet van e-health zoals beeldcontact' },
    { inkPhase: 1 },
  ),
  'digital-contact-scheduled': agreement(
    'care-delivery',
    'adoption',
    weights({ efficiency: 2, timeliness: 1 }),
    { seed: seed002, heading: 'E-consulten kunnen bijvoorbeeld de dagelijkse agenda veranderen' },
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
  'informal-carer-access': agreement(
    'care-delivery',
    'patient-participation',
    weights({ 'person-centredness': 2, equity: 2 }),
    {
      seed: seed004,
      heading: 'ondersteuning cliëntnetwerk met onder andere mantelzorgers via portalen',
    },
    { inkPhase: 3, allowsNotApplicable: true },
  ),
  'patient-in-provider-network': agreement(
    'care-delivery',
    'patient-participation',
    weights({ 'person-centredness': 2, timeliness: 1 }),
    { seed: seed003, heading: 'mogelijkheid om patiënt toe te voegen in het communicatienetwerk' },
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
  'non-digital-access': agreement(
    'patients',
    'patient-participation',
    weights({ safety: 1, timeliness: 1, equity: 3 }),
    { seed: seed000, heading: 'in combinatie met niet-digitale zorg ingezet' },
  ),

  // ── security-continuity ──────────────────────────────────────────────────────────────────────
  'information-security-checked': agreement(
    'security-continuity',
    'security-continuity',
    weights({ safety: 3 }),
    { seed: seed002, heading: 'kwaliteit, informatieveiligheid en aansprakelijkheid' },
  ),
  'continuity-plan': yesNo(
    'security-continuity',
    'security-continuity',
    weights({ safety: 2, timeliness: 2 }),
    { seed: seed004, heading: 'Informatiebeveiliging en continuïteit' },
    false,
  ),

  // ── network-exchange (INK phases 4 and 5) ────────────────────────────────────────────────────
  'exchange-agreements': agreement(
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
  'regional-exchange': agreement(
    'network-exchange',
    'network-data-exchange',
    weights({ effectiveness: 1, efficiency: 1 }),
    { seed: seed003, heading: 'Hoe gebruik je de ervaringen van andere huisartsenvoorzieningen?' },
  ),

  // ── monitoring-results ───────────────────────────────────────────────────────────────────────
  'results-measured': agreement(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 3, efficiency: 1 }),
    { seed: seed004, heading: 'Hoe meten we praktisch onze resultaten' },
  ),
  'use-evaluated': agreement(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 2, efficiency: 1, 'person-centredness': 1 }),
    { seed: seed001, heading: 'Evalueer na een aantal weken/maanden' },
  ),
  'workload-effect': agreement('monitoring-results', 'governance', weights({ efficiency: 2 }), {
    seed: seed001,
    heading: 'effect heeft op praktijkvoering, werkdruk en bereikbaarheid',
  }),
  'practice-visit-support': yesNo(
    'monitoring-results',
    'governance',
    weights({ effectiveness: 1, efficiency: 1 }),
    { seed: seed001, heading: 'Waarin kan ZIO ondersteunen?' },
    true,
  ),

  // ── applications (inventory, scale usage; weight 1 on one aspect each) ───────────────────────
  'uses-waiting-room-screen': inventory(
    'waiting-room-screen',
    'patient-participation',
    'person-centredness',
    {
      seed: seed001,
      heading: 'actuele praktijkinformatie en gezondheidsvoorlichting tonen',
    },
  ),
  'uses-practice-website': inventory('practice-website', 'patient-participation', 'timeliness', {
    seed: seed001,
    heading: 'Praktijkwebsite',
  }),
  'uses-patient-portal': inventory('patient-portal', 'patient-participation', 'efficiency', {
    seed: seed003,
    heading: 'Online portalen voor het aanbieden of regelen van patiëntzorg',
  }),
  'uses-e-consultation': inventory('e-consultation', 'adoption', 'timeliness', {
    seed: seed001,
    heading: 'E-consult/chat',
  }),
  'uses-video-consultation': inventory('video-consultation', 'adoption', 'person-centredness', {
    seed: seed003,
    heading: 'Beveiligde e-mail, e-consult en beeldbellen',
  }),
  'uses-health-information': inventory(
    'health-information',
    'patient-participation',
    'person-centredness',
    {
      seed: seed003,
      heading: 'Online patiëntinformatie en advies over gezondheid en ziekte',
    },
  ),
  'uses-telemonitoring': inventory('telemonitoring', 'patient-participation', 'effectiveness', {
    seed: seed003,
    heading: 'Telemonitoring applicaties',
  }),
  'uses-self-help-programmes': inventory(
    'self-help-programmes',
    'patient-participation',
    'person-centredness',
    {
      seed: seed003,
      heading: 'Digitale trainingen of modules voor patiënten met klachten',
    },
  ),
  'uses-digital-self-triage': inventory('digital-self-triage', 'adoption', 'timeliness', {
    seed: seed001,
    heading: 'Digitale zelftriage',
  }),
  'uses-consult-preparation': inventory('consult-preparation', 'adoption', 'efficiency', {
    seed: seed001,
    heading: 'patiënten kunnen vooraf klachten, vragen en relevante informatie invullen',
  }),
  'uses-decision-support': inventory('decision-support', 'adoption', 'effectiveness', {
    seed: seed001,
    heading: 'Beslissingsondersteunende instrumenten',
  }),
  'uses-decision-aids': inventory('decision-aids', 'patient-participation', 'person-centredness', {
    seed: seed002,
    heading: 'digitale keuzehulpen',
  }),
  'uses-check-in-kiosk': inventory('check-in-kiosk', 'adoption', 'efficiency', {
    seed: seed001,
    heading: 'Aanmeldzuil',
  }),
  'uses-speech-reporting': inventory('speech-reporting', 'adoption', 'efficiency', {
    seed: seed001,
    heading: 'Spraakgestuurd rapporteren of digitale gespreksondersteuning',
  }),
  'uses-provider-communication': inventory(
    'provider-communication',
    'network-data-exchange',
    'timeliness',
    {
      seed: seed003,
      heading: 'Communicatietoepassingen zorgverleners',
    },
  ),
  'uses-measuring-equipment': inventory('measuring-equipment', 'adoption', 'effectiveness', {
    seed: seed003,
    heading: 'Digitale meetapparatuur voor in de huisartsenvoorziening',
  }),
  'uses-ai-support': inventory('ai-support', 'adoption', 'efficiency', {
    seed: seed002,
    heading: 'artificiële intelligentie (AI)',
  }),
  'uses-nen7510-compliance': inventory('nen7510-compliance', 'security-continuity', 'safety', {
    seed: seed001,
    heading: 'compliance tool NEN7510',
  }),
  'uses-password-vault': inventory('password-vault', 'security-continuity', 'safety', {
    seed: seed001,
    heading: 'Wachtwoordenkluis',
  }),

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
