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

import type { Questionnaire } from '../questionnaire/types';
import { buildQuestionnaireV1 } from '../questionnaire/v1';
import { en as questionnaireV1Texts } from '../questionnaire/v1/en';
import { buildQuestionnaireV2 } from '../questionnaire/v2';
import { en as questionnaireV2Texts } from '../questionnaire/v2/en';

// Explicit named exports only: the public surface is exactly what is listed here.

/**
 * The current praktijkscan questionnaire, with its texts in English only (`text.en`): the same
 * data as `questionnaire` of `@praktijkscan/model` without the Dutch.
 *
 * @example
 * ```ts
 * import { questionnaire } from '@praktijkscan/model/en';
 * questionnaire.version; // '2.0.0'
 * questionnaire.items[0]?.text.en; // 'Do we have a clear vision of digital care in our practice?'
 * ```
 */
export const questionnaire: Questionnaire<'en'> = /* @__PURE__ */ buildQuestionnaireV2({
  en: questionnaireV2Texts,
});

/**
 * Every published version of the praktijkscan questionnaire with its texts in English, oldest first.
 *
 * @example
 * ```ts
 * import { questionnaires } from '@praktijkscan/model/en';
 * questionnaires.map((published) => published.version); // ['1.0.0', '2.0.0']
 * ```
 */
export const questionnaires: readonly Questionnaire<'en'>[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ buildQuestionnaireV1({ en: questionnaireV1Texts }),
  questionnaire,
]);

/**
 * Finds a published questionnaire, with its texts in English, by id and version; `undefined` where
 * there is none.
 *
 * @example
 * ```ts
 * import { findQuestionnaire } from '@praktijkscan/model/en';
 * findQuestionnaire('praktijkscan', '1.0.0')?.title.en; // 'Digital care practice scan'
 * findQuestionnaire('praktijkscan', '9.9.9'); // undefined
 * ```
 */
export function findQuestionnaire(id: string, version: string): Questionnaire<'en'> | undefined {
  return questionnaires.find((candidate) => candidate.id === id && candidate.version === version);
}

// The texts of every concept, by id: each group is declared, and documented, in its language file.
export {
  answerScales as answerScaleTexts,
  applicationTypes as applicationTypeTexts,
  bottlenecks as bottleneckTexts,
  competenceRoles as competenceRoleTexts,
  digitalSkillThemes as digitalSkillThemeTexts,
  digitisationDomains as digitisationDomainTexts,
  digitisationYields as digitisationYieldTexts,
  igjThemes as igjThemeTexts,
  inkPhases as inkPhaseTexts,
  matrixQuadrants as matrixQuadrantTexts,
  nivelSteps as nivelStepTexts,
  pdcaActivities as pdcaActivityTexts,
  pdcaPhases as pdcaPhaseTexts,
  qualityAspects as qualityAspectTexts,
  roles as roleTexts,
  toolboxSteps as toolboxStepTexts,
  toolChoiceChecks as toolChoiceCheckTexts,
} from '../locales/en';
