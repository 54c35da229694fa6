/**
 * The Dutch edition of `@praktijkscan/model`: the published questionnaires and the texts of every
 * domain concept in Dutch only, for an app that shows Dutch and should not ship the English
 * texts (a browser bundle of the Dutch edition with `parseResponse`, `scoreResponse` and
 * `@praktijkscan/recommendations/nl` weighs about half the texts). Validation, scoring and
 * everything else without texts come from `@praktijkscan/model` itself, which reads published
 * questionnaires without their texts (`findQuestionnaireStructure`).
 *
 * @packageDocumentation
 * @module @praktijkscan/model/nl
 */

import * as texts from '../locales/nl';
import type { Questionnaire } from '../questionnaire/types';
import { buildQuestionnaireV1 } from '../questionnaire/v1';
import { nl as questionnaireTexts } from '../questionnaire/v1/nl';

// Explicit named exports only: the public surface is exactly what is listed here.

/**
 * The current praktijkscan questionnaire, with its texts in Dutch only (`text.nl`): the same
 * data as `questionnaire` of `@praktijkscan/model` without the English.
 *
 * @example
 * ```ts
 * import { questionnaire } from '@praktijkscan/model/nl';
 * questionnaire.version; // '1.0.0'
 * questionnaire.items[0]?.text.nl; // the first question, in Dutch
 * ```
 */
export const questionnaire: Questionnaire<'nl'> = /* @__PURE__ */ buildQuestionnaireV1({
  nl: questionnaireTexts,
});

/**
 * Every published version of the praktijkscan questionnaire with its texts in Dutch, oldest first.
 *
 * @example
 * ```ts
 * import { questionnaires } from '@praktijkscan/model/nl';
 * questionnaires.map((published) => published.version); // ['1.0.0']
 * ```
 */
export const questionnaires: readonly Questionnaire<'nl'>[] = /* @__PURE__ */ Object.freeze([
  questionnaire,
]);

/**
 * Finds a published questionnaire, with its texts in Dutch, by id and version; `undefined` where
 * there is none.
 *
 * @example
 * ```ts
 * import { findQuestionnaire } from '@praktijkscan/model/nl';
 * findQuestionnaire('praktijkscan', '1.0.0')?.title.nl;
 * findQuestionnaire('praktijkscan', '9.9.9'); // undefined
 * ```
 */
export function findQuestionnaire(id: string, version: string): Questionnaire<'nl'> | undefined {
  return questionnaires.find((candidate) => candidate.id === id && candidate.version === version);
}

/**
 * The texts of the six Wkkgz quality aspects, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { qualityAspectTexts } from '@praktijkscan/model/nl';
 * qualityAspectTexts.safety.label; // 'Veiligheid'
 * ```
 */
export const qualityAspectTexts = texts.qualityAspects;

/**
 * The texts of the five INK phases, each with its emphasis, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { inkPhaseTexts } from '@praktijkscan/model/nl';
 * inkPhaseTexts[1].label; // 'Activiteit georiënteerd'
 * ```
 */
export const inkPhaseTexts = texts.inkPhases;

/**
 * The texts of the four quadrants of the effect/energy matrix, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { matrixQuadrantTexts } from '@praktijkscan/model/nl';
 * matrixQuadrantTexts['always-do'].label; // 'Altijd doen'
 * ```
 */
export const matrixQuadrantTexts = texts.matrixQuadrants;

/**
 * The texts of the IGJ themes, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { igjThemeTexts } from '@praktijkscan/model/nl';
 * igjThemeTexts.governance.label; // 'Goed bestuur en verantwoord innoveren'
 * ```
 */
export const igjThemeTexts = texts.igjThemes;

/**
 * The texts of the four PDCA phases, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { pdcaPhaseTexts } from '@praktijkscan/model/nl';
 * pdcaPhaseTexts.plan.label; // 'Plan'
 * ```
 */
export const pdcaPhaseTexts = texts.pdcaPhases;

/**
 * The texts of the PDCA activities, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { pdcaActivityTexts } from '@praktijkscan/model/nl';
 * pdcaActivityTexts['formulate-goal'].label; // 'Praktijkdoel formuleren'
 * ```
 */
export const pdcaActivityTexts = texts.pdcaActivities;

/**
 * The texts of the steps of Nivel’s implementation plan, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { nivelStepTexts } from '@praktijkscan/model/nl';
 * nivelStepTexts[1].label; // 'Aanleiding en behoeften vaststellen'
 * ```
 */
export const nivelStepTexts = texts.nivelSteps;

/**
 * The texts of the steps of the e-health toolbox, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { toolboxStepTexts } from '@praktijkscan/model/nl';
 * toolboxStepTexts[1].label; // 'Visie op kwaliteit van leven opstellen'
 * ```
 */
export const toolboxStepTexts = texts.toolboxSteps;

/**
 * The texts of the digitisation domains, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { digitisationDomainTexts } from '@praktijkscan/model/nl';
 * digitisationDomainTexts['patient-contact'].label; // 'Patiëntcontact & bereikbaarheid'
 * ```
 */
export const digitisationDomainTexts = texts.digitisationDomains;

/**
 * The texts of the application types, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { applicationTypeTexts } from '@praktijkscan/model/nl';
 * applicationTypeTexts['waiting-room-screen'].label; // 'Wachtkamerscherm'
 * ```
 */
export const applicationTypeTexts = texts.applicationTypes;

/**
 * The texts of the roles in the practice, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { roleTexts } from '@praktijkscan/model/nl';
 * roleTexts.gp.label; // 'Huisarts'
 * ```
 */
export const roleTexts = texts.roles;

/**
 * The texts of the known bottlenecks, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { bottleneckTexts } from '@praktijkscan/model/nl';
 * bottleneckTexts['morning-phone-pressure'].label; // 'Telefoondruk in de ochtend'
 * ```
 */
export const bottleneckTexts = texts.bottlenecks;

/**
 * The texts of the three checks for choosing a tool, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { toolChoiceCheckTexts } from '@praktijkscan/model/nl';
 * toolChoiceCheckTexts['fits-work-processes'].label; // 'Past binnen de huidige werkprocessen'
 * ```
 */
export const toolChoiceCheckTexts = texts.toolChoiceChecks;

/**
 * The texts of the answer scales, with a label for every value, in Dutch, by id.
 *
 * @example
 * ```ts
 * import { answerScaleTexts } from '@praktijkscan/model/nl';
 * answerScaleTexts.agreement.values[4]; // 'Ja, volledig'
 * ```
 */
export const answerScaleTexts = texts.answerScales;
