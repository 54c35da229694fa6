/**
 * The English edition of `@praktijkscan/model`: the published questionnaires and the texts of every
 * domain concept in English only, for an app that shows English and should not ship the Dutch
 * texts (a browser bundle of the English edition with `parseResponse`, `scoreResponse` and
 * `@praktijkscan/recommendations/en` weighs about half the texts). Validation, scoring and
 * everything else without texts come from `@praktijkscan/model` itself, which reads published
 * questionnaires without their texts (`findQuestionnaireStructure`).
 *
 * @packageDocumentation
 * @module @praktijkscan/model/en
 */

import * as texts from '../locales/en';
import type { Questionnaire } from '../questionnaire/types';
import { buildQuestionnaireV1 } from '../questionnaire/v1';
import { en as questionnaireTexts } from '../questionnaire/v1/en';

// Explicit named exports only: the public surface is exactly what is listed here.

/**
 * The current praktijkscan questionnaire, with its texts in English only (`text.en`): the same
 * data as `questionnaire` of `@praktijkscan/model` without the Dutch.
 *
 * @example
 * ```ts
 * import { questionnaire } from '@praktijkscan/model/en';
 * questionnaire.version; // '1.0.0'
 * questionnaire.items[0]?.text.en; // the first question, in English
 * ```
 */
export const questionnaire: Questionnaire<'en'> = /* @__PURE__ */ buildQuestionnaireV1({
  en: questionnaireTexts,
});

/**
 * Every published version of the praktijkscan questionnaire with its texts in English, oldest first.
 *
 * @example
 * ```ts
 * import { questionnaires } from '@praktijkscan/model/en';
 * questionnaires.map((published) => published.version); // ['1.0.0']
 * ```
 */
export const questionnaires: readonly Questionnaire<'en'>[] = /* @__PURE__ */ Object.freeze([
  questionnaire,
]);

/**
 * Finds a published questionnaire, with its texts in English, by id and version; `undefined` where
 * there is none.
 *
 * @example
 * ```ts
 * import { findQuestionnaire } from '@praktijkscan/model/en';
 * findQuestionnaire('praktijkscan', '1.0.0')?.title.en;
 * findQuestionnaire('praktijkscan', '9.9.9'); // undefined
 * ```
 */
export function findQuestionnaire(id: string, version: string): Questionnaire<'en'> | undefined {
  return questionnaires.find((candidate) => candidate.id === id && candidate.version === version);
}

/**
 * The texts of the six Wkkgz quality aspects, in English, by id.
 *
 * @example
 * ```ts
 * import { qualityAspectTexts } from '@praktijkscan/model/en';
 * qualityAspectTexts.safety.label; // 'Safety'
 * ```
 */
export const qualityAspectTexts = texts.qualityAspects;

/**
 * The texts of the five INK phases, each with its emphasis, in English, by id.
 *
 * @example
 * ```ts
 * import { inkPhaseTexts } from '@praktijkscan/model/en';
 * inkPhaseTexts[1].label; // 'Activity-oriented'
 * ```
 */
export const inkPhaseTexts = texts.inkPhases;

/**
 * The texts of the four quadrants of the effect/energy matrix, in English, by id.
 *
 * @example
 * ```ts
 * import { matrixQuadrantTexts } from '@praktijkscan/model/en';
 * matrixQuadrantTexts['always-do'].label; // 'Always do'
 * ```
 */
export const matrixQuadrantTexts = texts.matrixQuadrants;

/**
 * The texts of the IGJ themes, in English, by id.
 *
 * @example
 * ```ts
 * import { igjThemeTexts } from '@praktijkscan/model/en';
 * igjThemeTexts.governance.label; // 'Good governance and responsible innovation'
 * ```
 */
export const igjThemeTexts = texts.igjThemes;

/**
 * The texts of the four PDCA phases, in English, by id.
 *
 * @example
 * ```ts
 * import { pdcaPhaseTexts } from '@praktijkscan/model/en';
 * pdcaPhaseTexts.plan.label; // 'Plan'
 * ```
 */
export const pdcaPhaseTexts = texts.pdcaPhases;

/**
 * The texts of the PDCA activities, in English, by id.
 *
 * @example
 * ```ts
 * import { pdcaActivityTexts } from '@praktijkscan/model/en';
 * pdcaActivityTexts['formulate-goal'].label; // 'Formulate a practice goal'
 * ```
 */
export const pdcaActivityTexts = texts.pdcaActivities;

/**
 * The texts of the steps of Nivel’s implementation plan, in English, by id.
 *
 * @example
 * ```ts
 * import { nivelStepTexts } from '@praktijkscan/model/en';
 * nivelStepTexts[1].label; // 'Establish the reason and needs'
 * ```
 */
export const nivelStepTexts = texts.nivelSteps;

/**
 * The texts of the steps of the e-health toolbox, in English, by id.
 *
 * @example
 * ```ts
 * import { toolboxStepTexts } from '@praktijkscan/model/en';
 * toolboxStepTexts[1].label; // 'Draw up a vision on quality of life'
 * ```
 */
export const toolboxStepTexts = texts.toolboxSteps;

/**
 * The texts of the digitisation domains, in English, by id.
 *
 * @example
 * ```ts
 * import { digitisationDomainTexts } from '@praktijkscan/model/en';
 * digitisationDomainTexts['patient-contact'].label; // 'Patient contact & accessibility'
 * ```
 */
export const digitisationDomainTexts = texts.digitisationDomains;

/**
 * The texts of the application types, in English, by id.
 *
 * @example
 * ```ts
 * import { applicationTypeTexts } from '@praktijkscan/model/en';
 * applicationTypeTexts['waiting-room-screen'].label; // 'Waiting-room screen'
 * ```
 */
export const applicationTypeTexts = texts.applicationTypes;

/**
 * The texts of the roles in the practice, in English, by id.
 *
 * @example
 * ```ts
 * import { roleTexts } from '@praktijkscan/model/en';
 * roleTexts.gp.label; // 'GP'
 * ```
 */
export const roleTexts = texts.roles;

/**
 * The texts of the known bottlenecks, in English, by id.
 *
 * @example
 * ```ts
 * import { bottleneckTexts } from '@praktijkscan/model/en';
 * bottleneckTexts['morning-phone-pressure'].label; // 'Morning phone pressure'
 * ```
 */
export const bottleneckTexts = texts.bottlenecks;

/**
 * The texts of the three checks for choosing a tool, in English, by id.
 *
 * @example
 * ```ts
 * import { toolChoiceCheckTexts } from '@praktijkscan/model/en';
 * toolChoiceCheckTexts['fits-work-processes'].label; // 'Fits the current work processes'
 * ```
 */
export const toolChoiceCheckTexts = texts.toolChoiceChecks;

/**
 * The texts of the answer scales, with a label for every value, in English, by id.
 *
 * @example
 * ```ts
 * import { answerScaleTexts } from '@praktijkscan/model/en';
 * answerScaleTexts.agreement.values[4]; // 'Yes, fully'
 * ```
 */
export const answerScaleTexts = texts.answerScales;
