// When each catalog entry becomes sensible: the INK phase a practice must have reached, and the
// entries it comes after. Data, reviewed entry by entry against the seeds; every claim cites the
// passage it is found in (checked by test/stages.test.ts). How the roadmap uses it:
// docs/recommendations.md, "The roadmap".

import type { SeedFile, SourceRef } from '@praktijkscan/model';
import { deepFreeze } from '@praktijkscan/model';
import type { RecommendationId } from './structure';

/** An entry a step comes after, with the seed passage that puts them in this order. */
export interface Prerequisite {
  readonly id: RecommendationId;
  readonly source: SourceRef;
}

/** When a catalog entry becomes sensible, and what it is. */
export interface RecommendationStage {
  /**
   * `step`: a step a practice carries out, placed in the roadmap. `note`: a remark about the scan
   * itself (missing answers, the self-judgement gap), reported beside the roadmap, never planned.
   */
  readonly kind: 'step' | 'note';
  /**
   * The INK phase a practice must have reached before the step is scheduled (0: from the start).
   * For a step that helps reach phase p (`inkPhases`), p - 1.
   */
  readonly afterPhase: 0 | 1 | 2 | 3 | 4;
  /** The seed passage that places the step at that phase (or in the start-up or scale-up phase). */
  readonly phaseSource: SourceRef;
  /** The entries it comes after: where both fire, it starts no earlier than they do. */
  readonly after: readonly Prerequisite[];
}

const seed001: SeedFile = '001_a329bfd150ee0d04.txt';
const seed003: SeedFile = '003_f01a0fe878612b8e.txt';
const seed004: SeedFile = '004_a7ae77890b5be1ca.txt';

// ── the passages the stages cite ────────────────────────────────────────────────────────────
/** Toolbox steps 1 to 4 are the start-up phase: sensible from the start. */
const startUp: SourceRef = {
  seed: seed004,
  heading: 'De stappen één tot en met vier richten zich op de ‘start up-fase’',
};
/** Toolbox steps 5 to 7 are the scale-up phase, for developing e-health further that is in use. */
const scaleUp: SourceRef = {
  seed: seed004,
  heading:
    'stappen vijf tot en met zeven vormen de ‘scale up-fase’ en zijn bedoeld voor de doorontwikkeling van de inzet van e-health',
};
const phase1: SourceRef = {
  seed: seed004,
  heading: 'Fase 1: nadruk op taakvervanging in inzet van e-health zoals beeldcontact',
};
const phase2: SourceRef = {
  seed: seed004,
  heading: 'Fase 2: nadruk procesverbetering zoals medicatieveiligheid',
};
const phase3: SourceRef = {
  seed: seed004,
  heading: 'Fase 3: ondersteuning cliëntnetwerk met onder andere mantelzorgers via portalen',
};
const phase4: SourceRef = {
  seed: seed004,
  heading: 'Fase 4: coördinatie en gegevensuitwisseling met andere zorgpartners',
};
const phase5: SourceRef = {
  seed: seed004,
  heading: 'Fase 5: populatiegegevens voor de gezamenlijke bedrijfsvoering in het zorgnetwerk',
};
/** Monitoring (the yearly scan, the practice visit) is essential whatever the phase. */
const monitoring: SourceRef = {
  seed: seed001,
  heading: 'Monitoring binnen de praktijkdigitalisering is essentieel',
};
const basicSkills: SourceRef = {
  seed: seed004,
  heading: 'Digivaardigheid van de zorgmedewerkers is een basisvoorwaarde',
};

// ── the passages that order entries ─────────────────────────────────────────────────────────
/** Nivel: develop the organisation's vision (step 2) before writing the plan (step 4). */
const visionBeforePlan: SourceRef = {
  seed: seed003,
  heading: 'Stap 2 Ontwikkel een organisatievisie',
};
/** Seed 001, Do 2: choose the solution that fits the goal, after mapping the bottlenecks (Do 1). */
const chooseForTheGoal: SourceRef = {
  seed: seed001,
  heading: '2. Kies samen welke oplossing bij het doel past',
};
/** Seed 001, Plan 2 before Do: know which digital solutions the practice already uses. */
const inventoryFirst: SourceRef = {
  seed: seed001,
  heading:
    'Inventariseer en maak een overzicht van welke digitale oplossingen de praktijk al gebruik maakt',
};
/** Seed 001, Do 3: set the chosen tool up and agree who uses it. */
const setUpTheChosenTool: SourceRef = {
  seed: seed001,
  heading: '3. Richt de tool in en zorg ervoor dat het hele team op de hoogte is',
};
/** Seed 001, Check: evaluate the tool's use in the team after weeks or months. */
const evaluateTheUse: SourceRef = {
  seed: seed001,
  heading: 'Evalueer na een aantal weken/maanden het gebruik van de tool binnen het team',
};
/** Seed 001, Act: adjust on the experience, then lay the agreements down in protocols. */
const adjustOnExperience: SourceRef = {
  seed: seed001,
  heading: 'Pas het proces en onderlinge werkafspraken aan op basis van ervaringen',
};
/** Seed 004: tried in the learning environment first, then designed organisation-wide. */
const learningEnvironmentFirst: SourceRef = {
  seed: seed004,
  heading: 'in de leeromgeving op twee afdelingen uitgeprobeerd. Op basis daarvan wordt het proces',
};
/** Seed 004, step 4: the intended result first, then how to measure it. */
const resultThenMeasure: SourceRef = {
  seed: seed004,
  heading: 'Dat begint met een vraag over wat het beoogde resultaat van de inzet van e-health is',
};
/** A new tool is chosen with the three checks (seed 001, Do 2) before it is taken into use. */
const threeChecksFirst: SourceRef = {
  seed: seed001,
  heading: 'Sluit deze oplossing aan binnen de huidige werkprocessen?',
};

const afterChoosing: readonly Prerequisite[] = [
  { id: 'choose-tool-with-three-checks', source: threeChecksFirst },
];

const step = (
  afterPhase: RecommendationStage['afterPhase'],
  phaseSource: SourceRef,
  after: readonly Prerequisite[] = [],
): RecommendationStage => ({ kind: 'step', afterPhase, phaseSource, after });

/** The stage of every catalog entry, by id. Deep-frozen. */
export const recommendationStages: Readonly<Record<RecommendationId, RecommendationStage>> =
  deepFreeze({
    'formulate-digital-care-vision': step(0, phase1),
    'embed-in-practice-plan': step(1, phase2, [
      { id: 'formulate-digital-care-vision', source: visionBeforePlan },
    ]),
    'formulate-practice-goal': step(0, phase1),
    'weigh-added-value-first': step(0, startUp),
    'apply-same-norms-to-ai': step(0, startUp),
    'inventory-digital-solutions': step(0, startUp),
    'map-bottlenecks': step(0, startUp),
    'choose-tool-with-three-checks': step(0, startUp, [
      { id: 'formulate-practice-goal', source: chooseForTheGoal },
      { id: 'map-bottlenecks', source: chooseForTheGoal },
      { id: 'inventory-digital-solutions', source: inventoryFirst },
    ]),
    'agree-who-uses-tool': step(1, scaleUp, [
      { id: 'choose-tool-with-three-checks', source: setUpTheChosenTool },
    ]),
    'clarify-task-division': step(1, scaleUp),
    'embed-in-primary-process': step(1, phase2, [
      { id: 'set-up-learning-environment', source: learningEnvironmentFirst },
    ]),
    'lay-down-in-protocols': step(1, phase2, [
      { id: 'evaluate-tool-use', source: adjustOnExperience },
    ]),
    'evaluate-tool-use': step(0, startUp, [{ id: 'agree-who-uses-tool', source: evaluateTheUse }]),
    'set-measurable-goals': step(0, startUp),
    'track-indicators': step(0, startUp, [
      { id: 'set-measurable-goals', source: resultThenMeasure },
    ]),
    'repeat-scan-yearly': step(0, monitoring),
    'plan-yearly-practice-visit': step(0, monitoring),
    'hold-internal-audit': step(1, scaleUp),
    'plan-learning-time': step(1, scaleUp),
    'build-basic-digital-skills': step(0, basicSkills),
    'appoint-digital-ambassadors': step(0, startUp),
    'set-up-learning-environment': step(0, startUp),
    'inform-patients-about-channels': step(0, phase1),
    'encourage-digital-use-proactively': step(0, phase1),
    'share-understandable-information': step(0, startUp),
    'support-patients-digital-skills': step(0, startUp),
    'keep-non-digital-access': step(0, startUp),
    'decide-together-with-patients': step(0, startUp),
    'tailor-to-patient-abilities': step(0, startUp),
    'keep-nen7510-current': step(1, scaleUp),
    'use-password-vault': step(1, scaleUp),
    'write-continuity-plan': step(1, scaleUp),
    'offer-self-triage-and-consult-preparation': step(1, phase2, afterChoosing),
    'use-decision-support': step(1, scaleUp, afterChoosing),
    'move-repeat-requests-online': step(0, phase1, afterChoosing),
    'use-speech-reporting': step(0, startUp, afterChoosing),
    'substitute-visits-with-e-consult-and-video': step(0, phase1, afterChoosing),
    'improve-medication-safety-flows': step(1, phase2),
    'give-informal-carers-portal-access': step(2, phase3),
    'offer-telemonitoring': step(2, phase3, afterChoosing),
    'offer-digital-self-help': step(2, phase3, afterChoosing),
    'exchange-data-with-care-partners': step(3, phase4),
    'share-population-data-regionally': step(4, phase5, [
      { id: 'exchange-data-with-care-partners', source: phase5 },
    ]),
    'close-self-assessment-gap': {
      kind: 'note',
      afterPhase: 0,
      phaseSource: monitoring,
      after: [],
    },
    'complete-missing-answers': { kind: 'note', afterPhase: 0, phaseSource: monitoring, after: [] },
    'certify-external-quality-mark': step(1, scaleUp),
    'install-check-in-kiosk': step(0, startUp),
  });
