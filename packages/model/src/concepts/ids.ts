// Every id here is part of the public contract (shared/spec/DOMAIN.md): renaming one is a
// breaking change. The order of each list is the order the concept is presented in.

/** The six Wkkgz quality aspects, in the order of the law (art. 2). */
export const qualityAspectIds = [
  'safety',
  'effectiveness',
  'efficiency',
  'person-centredness',
  'timeliness',
  'equity',
] as const;
/** A Wkkgz quality aspect. */
export type QualityAspectId = (typeof qualityAspectIds)[number];

/** The five INK phases, in order of maturity. */
export const inkPhaseIds = [1, 2, 3, 4, 5] as const;
/** An INK phase, 1 (activity-oriented) to 5 (transformation-oriented). */
export type InkPhaseId = (typeof inkPhaseIds)[number];

/** The four quadrants of the effect/energy matrix, in the order they are acted on. */
export const matrixQuadrantIds = [
  'always-do',
  'do-after-weighing',
  'quick-win',
  'never-do',
] as const;
/** A quadrant of the effect/energy matrix. */
export type MatrixQuadrantId = (typeof matrixQuadrantIds)[number];

/** The five themes of the IGJ assessment framework "Inzet van e-health door zorgaanbieders". */
export const igjThemeIds = [
  'governance',
  'adoption',
  'patient-participation',
  'network-data-exchange',
  'security-continuity',
] as const;
/** An IGJ theme. */
export type IgjThemeId = (typeof igjThemeIds)[number];

/** The four phases of the PDCA cycle. */
export const pdcaPhaseIds = ['plan', 'do', 'check', 'act'] as const;
/** A PDCA phase. */
export type PdcaPhaseId = (typeof pdcaPhaseIds)[number];

/** The core activities of seed 001's PDCA step plan, grouped by phase in this order. */
export const pdcaActivityIds = [
  'formulate-goal',
  'inventory-solutions',
  'map-bottlenecks',
  'choose-solution',
  'set-up-and-agree',
  'inform-patients',
  'evaluate-use',
  'adjust-and-embed',
] as const;
/** A core activity of the PDCA step plan. */
export type PdcaActivityId = (typeof pdcaActivityIds)[number];

/** The six steps of Nivel's e-health implementation plan. */
export const nivelStepIds = [1, 2, 3, 4, 5, 6] as const;
/** A Nivel implementation step, 1..6. */
export type NivelStepId = (typeof nivelStepIds)[number];

/** The seven steps of the e-health toolbox. */
export const toolboxStepIds = [1, 2, 3, 4, 5, 6, 7] as const;
/** An e-health toolbox step, 1..7. */
export type ToolboxStepId = (typeof toolboxStepIds)[number];

/** The four digitisation domains of seed 001. */
export const digitisationDomainIds = [
  'patient-contact',
  'triage-preparation',
  'practice-processes',
  'security-privacy',
] as const;
/** A digitisation domain. */
export type DigitisationDomainId = (typeof digitisationDomainIds)[number];

/**
 * The kinds of digital application a practice may use: every tool named in seed 001, every one
 * of Nivel's seven types (seed 003), and those seed 002 adds.
 */
export const applicationTypeIds = [
  'waiting-room-screen',
  'practice-website',
  'patient-portal',
  'e-consultation',
  'video-consultation',
  'health-information',
  'telemonitoring',
  'self-help-programmes',
  'digital-self-triage',
  'consult-preparation',
  'decision-support',
  'decision-aids',
  'check-in-kiosk',
  'speech-reporting',
  'provider-communication',
  'measuring-equipment',
  'ai-support',
  'nen7510-compliance',
  'password-vault',
] as const;
/** A kind of digital application. */
export type ApplicationTypeId = (typeof applicationTypeIds)[number];

/** The roles in a GP practice that carry the PDCA activities (seed 001). */
export const roleIds = ['gp', 'practice-manager', 'poh', 'doctors-assistant'] as const;
/** A role in the practice team. */
export type RoleId = (typeof roleIds)[number];

/** The bottlenecks (knelpunten) seed 001 names; a practice may add its own in free text. */
export const bottleneckIds = [
  'morning-phone-pressure',
  'repeat-questions',
  'retyping',
  'unclear-task-division',
] as const;
/** A known bottleneck. */
export type BottleneckId = (typeof bottleneckIds)[number];

/** The three checks a tool must pass before it is chosen (seed 001, Do 2). */
export const toolChoiceCheckIds = ['fits-work-processes', 'workable-for-team', 'safe'] as const;
/** A tool-choice check. */
export type ToolChoiceCheckId = (typeof toolChoiceCheckIds)[number];

/** The answer scales of the questionnaire (shared/spec/SCORING.md, "Answers"). */
export const answerScaleIds = ['agreement', 'yes-no', 'usage'] as const;
/** An answer scale. */
export type AnswerScaleId = (typeof answerScaleIds)[number];
