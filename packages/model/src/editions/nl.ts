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

import type { Questionnaire } from '../questionnaire/types';
import { buildQuestionnaireV1 } from '../questionnaire/v1';
import { nl as questionnaireV1Texts } from '../questionnaire/v1/nl';
import { buildQuestionnaireV2 } from '../questionnaire/v2';
import { nl as questionnaireV2Texts } from '../questionnaire/v2/nl';

// Explicit named exports only: the public surface is exactly what is listed here.

/**
 * The current praktijkscan questionnaire, with its texts in Dutch only (`text.nl`): the same
 * data as `questionnaire` of `@praktijkscan/model` without the English.
 *
 * @example
 * ```ts
 * import { questionnaire } from '@praktijkscan/model/nl';
 * questionnaire.version; // '2.0.0'
 * questionnaire.items[0]?.text.nl; // 'Hebben we een duidelijke visie op digitale zorg in onze praktijk?'
 * ```
 */
export const questionnaire: Questionnaire<'nl'> = /* @__PURE__ */ buildQuestionnaireV2({
  nl: questionnaireV2Texts,
});

/**
 * Every published version of the praktijkscan questionnaire with its texts in Dutch, oldest first.
 *
 * @example
 * ```ts
 * import { questionnaires } from '@praktijkscan/model/nl';
 * questionnaires.map((published) => published.version); // ['1.0.0', '2.0.0']
 * ```
 */
export const questionnaires: readonly Questionnaire<'nl'>[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ buildQuestionnaireV1({ nl: questionnaireV1Texts }),
  questionnaire,
]);

/**
 * Finds a published questionnaire, with its texts in Dutch, by id and version; `undefined` where
 * there is none.
 *
 * @example
 * ```ts
 * import { findQuestionnaire } from '@praktijkscan/model/nl';
 * findQuestionnaire('praktijkscan', '1.0.0')?.title.nl; // 'Praktijkscan digitale zorg'
 * findQuestionnaire('praktijkscan', '9.9.9'); // undefined
 * ```
 */
export function findQuestionnaire(id: string, version: string): Questionnaire<'nl'> | undefined {
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
} from '../locales/nl';
