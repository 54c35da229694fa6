// Every id here is part of the public contract (reference/spec/DOMAIN.md): renaming one is a
// breaking change. The order of each list is the order the concept is presented in.

/**
 * The six Wkkgz quality aspects, in the order of the law (art. 2).
 *
 * @example
 * ```ts
 * import { qualityAspectIds } from '@praktijkscan/model';
 * qualityAspectIds[0]; // 'safety'
 * qualityAspectIds.includes('safety'); // true
 * ```
 */
export const qualityAspectIds = /* @__PURE__ */ Object.freeze([
  'safety',
  'effectiveness',
  'efficiency',
  'person-centredness',
  'timeliness',
  'equity',
] as const);
/** A Wkkgz quality aspect. */
export type QualityAspectId = (typeof qualityAspectIds)[number];

/**
 * The five INK phases, in order of maturity.
 *
 * @example
 * ```ts
 * import { inkPhaseIds } from '@praktijkscan/model';
 * inkPhaseIds[0]; // 1
 * inkPhaseIds.includes(1); // true
 * ```
 */
export const inkPhaseIds = /* @__PURE__ */ Object.freeze([1, 2, 3, 4, 5] as const);
/** An INK phase, 1 (activity-oriented) to 5 (transformation-oriented). */
export type InkPhaseId = (typeof inkPhaseIds)[number];

/**
 * The four quadrants of the effect/energy matrix, in the order they are acted on.
 *
 * @example
 * ```ts
 * import { matrixQuadrantIds } from '@praktijkscan/model';
 * matrixQuadrantIds[0]; // 'always-do'
 * matrixQuadrantIds.includes('always-do'); // true
 * ```
 */
export const matrixQuadrantIds = /* @__PURE__ */ Object.freeze([
  'always-do',
  'do-after-weighing',
  'quick-win',
  'never-do',
] as const);
/** A quadrant of the effect/energy matrix. */
export type MatrixQuadrantId = (typeof matrixQuadrantIds)[number];

/**
 * The five themes of the IGJ assessment framework "Inzet van e-health door zorgaanbieders".
 *
 * @example
 * ```ts
 * import { igjThemeIds } from '@praktijkscan/model';
 * igjThemeIds[0]; // 'governance'
 * igjThemeIds.includes('governance'); // true
 * ```
 */
export const igjThemeIds = /* @__PURE__ */ Object.freeze([
  'governance',
  'adoption',
  'patient-participation',
  'network-data-exchange',
  'security-continuity',
] as const);
/** An IGJ theme. */
export type IgjThemeId = (typeof igjThemeIds)[number];

/**
 * The four phases of the PDCA cycle.
 *
 * @example
 * ```ts
 * import { pdcaPhaseIds } from '@praktijkscan/model';
 * pdcaPhaseIds[0]; // 'plan'
 * pdcaPhaseIds.includes('plan'); // true
 * ```
 */
export const pdcaPhaseIds = /* @__PURE__ */ Object.freeze(['plan', 'do', 'check', 'act'] as const);
/** A PDCA phase. */
export type PdcaPhaseId = (typeof pdcaPhaseIds)[number];

/**
 * The core activities of seed 001's PDCA step plan, grouped by phase in this order.
 *
 * @example
 * ```ts
 * import { pdcaActivityIds } from '@praktijkscan/model';
 * pdcaActivityIds[0]; // 'formulate-goal'
 * pdcaActivityIds.includes('formulate-goal'); // true
 * ```
 */
export const pdcaActivityIds = /* @__PURE__ */ Object.freeze([
  'formulate-goal',
  'inventory-solutions',
  'map-bottlenecks',
  'choose-solution',
  'set-up-and-agree',
  'inform-patients',
  'evaluate-use',
  'adjust-and-embed',
] as const);
/** A core activity of the PDCA step plan. */
export type PdcaActivityId = (typeof pdcaActivityIds)[number];

/**
 * The six steps of Nivel's e-health implementation plan.
 *
 * @example
 * ```ts
 * import { nivelStepIds } from '@praktijkscan/model';
 * nivelStepIds[0]; // 1
 * nivelStepIds.includes(1); // true
 * ```
 */
export const nivelStepIds = /* @__PURE__ */ Object.freeze([1, 2, 3, 4, 5, 6] as const);
/** A Nivel implementation step, 1..6. */
export type NivelStepId = (typeof nivelStepIds)[number];

/**
 * The seven steps of the e-health toolbox.
 *
 * @example
 * ```ts
 * import { toolboxStepIds } from '@praktijkscan/model';
 * toolboxStepIds[0]; // 1
 * toolboxStepIds.includes(1); // true
 * ```
 */
export const toolboxStepIds = /* @__PURE__ */ Object.freeze([1, 2, 3, 4, 5, 6, 7] as const);
/** An e-health toolbox step, 1..7. */
export type ToolboxStepId = (typeof toolboxStepIds)[number];

/**
 * The four digitisation domains of seed 001.
 *
 * @example
 * ```ts
 * import { digitisationDomainIds } from '@praktijkscan/model';
 * digitisationDomainIds[0]; // 'patient-contact'
 * digitisationDomainIds.includes('patient-contact'); // true
 * ```
 */
export const digitisationDomainIds = /* @__PURE__ */ Object.freeze([
  'patient-contact',
  'triage-preparation',
  'practice-processes',
  'security-privacy',
] as const);
/** A digitisation domain. */
export type DigitisationDomainId = (typeof digitisationDomainIds)[number];

/**
 * The kinds of digital application a practice may use: every tool named in seed 001, every one
 * of Nivel's seven types (seed 003), and those seed 002 adds.
 *
 * @example
 * ```ts
 * import { applicationTypeIds } from '@praktijkscan/model';
 * applicationTypeIds.includes('patient-portal'); // true
 * ```
 */
export const applicationTypeIds = /* @__PURE__ */ Object.freeze([
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
] as const);
/** A kind of digital application. */
export type ApplicationTypeId = (typeof applicationTypeIds)[number];

/**
 * The roles in a GP practice that carry the PDCA activities (seed 001).
 *
 * @example
 * ```ts
 * import { roleIds } from '@praktijkscan/model';
 * roleIds[0]; // 'gp'
 * roleIds.includes('gp'); // true
 * ```
 */
export const roleIds = /* @__PURE__ */ Object.freeze([
  'gp',
  'practice-manager',
  'poh',
  'doctors-assistant',
] as const);
/** A role in the practice team. */
export type RoleId = (typeof roleIds)[number];

/**
 * The bottlenecks (knelpunten) seed 001 names; a practice may add its own in free text.
 *
 * @example
 * ```ts
 * import { bottleneckIds } from '@praktijkscan/model';
 * bottleneckIds[0]; // 'morning-phone-pressure'
 * bottleneckIds.includes('morning-phone-pressure'); // true
 * ```
 */
export const bottleneckIds = /* @__PURE__ */ Object.freeze([
  'morning-phone-pressure',
  'repeat-questions',
  'retyping',
  'unclear-task-division',
] as const);
/** A known bottleneck. */
export type BottleneckId = (typeof bottleneckIds)[number];

/**
 * The three checks a tool must pass before it is chosen (seed 001, Do 2).
 *
 * @example
 * ```ts
 * import { toolChoiceCheckIds } from '@praktijkscan/model';
 * toolChoiceCheckIds[0]; // 'fits-work-processes'
 * toolChoiceCheckIds.includes('fits-work-processes'); // true
 * ```
 */
export const toolChoiceCheckIds = /* @__PURE__ */ Object.freeze([
  'fits-work-processes',
  'workable-for-team',
  'safe',
] as const);
/** A tool-choice check. */
export type ToolChoiceCheckId = (typeof toolChoiceCheckIds)[number];

/**
 * The answer scales of the questionnaire (reference/spec/SCORING.md, "Answers").
 *
 * @example
 * ```ts
 * import { answerScaleIds } from '@praktijkscan/model';
 * answerScaleIds[0]; // 'agreement'
 * answerScaleIds.includes('agreement'); // true
 * ```
 */
export const answerScaleIds = /* @__PURE__ */ Object.freeze([
  'agreement',
  'yes-no',
  'usage',
] as const);
/** An answer scale. */
export type AnswerScaleId = (typeof answerScaleIds)[number];

/**
 * The eight themes of digital skills of care staff that seed 004 takes from Digivaardigindezorg.
 *
 * @example
 * ```ts
 * import { digitalSkillThemeIds } from '@praktijkscan/model';
 * digitalSkillThemeIds.length; // 8
 * ```
 */
export const digitalSkillThemeIds = /* @__PURE__ */ Object.freeze([
  'ehealth-technology',
  'applications',
  'care-home-automation',
  'privacy',
  'basic-skills',
  'social-media',
  'apps-settings',
  'office',
] as const);
/** A theme of digital skills (seed 004). */
export type DigitalSkillThemeId = (typeof digitalSkillThemeIds)[number];

/**
 * The short- and long-term yields of practice digitisation that seed 001 names ("Opbrengst").
 *
 * @example
 * ```ts
 * import { digitisationYieldIds } from '@praktijkscan/model';
 * digitisationYieldIds[0]; // 'efficient-processes'
 * ```
 */
export const digitisationYieldIds = /* @__PURE__ */ Object.freeze([
  'efficient-processes',
  'better-consult-preparation',
  'less-phone-pressure',
  'faster-patient-communication',
  'more-time-complex-care',
  'accessibility-satisfaction',
  'future-proof-practice',
] as const);
/** A yield of practice digitisation (seed 001). */
export type DigitisationYieldId = (typeof digitisationYieldIds)[number];

/**
 * The six roles that seed 004 distinguishes for the competences that e-health asks ("De volgende
 * rollen zijn te onderscheiden"); leadership combines the first two.
 *
 * @example
 * ```ts
 * import { competenceRoleIds } from '@praktijkscan/model';
 * competenceRoleIds.length; // 6
 * ```
 */
export const competenceRoleIds = /* @__PURE__ */ Object.freeze([
  'community-builder',
  'manager',
  'auditor',
  'ambassador',
  'care-worker',
  'technical-support',
] as const);
/** A role for e-health competences (seed 004). */
export type CompetenceRoleId = (typeof competenceRoleIds)[number];
