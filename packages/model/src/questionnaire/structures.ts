import type { QuestionnaireStructure } from './types';
import { questionnaireV1Structure } from './v1';
import { questionnaireV2Structure } from './v2';

/**
 * Every published version of the praktijkscan questionnaire without its texts, oldest first:
 * what validating and scoring a response read, in an app of either language.
 *
 * @example
 * ```ts
 * import { questionnaireStructures } from '@praktijkscan/model';
 * questionnaireStructures.map((published) => published.version); // ['1.0.0', '2.0.0']
 * ```
 */
export const questionnaireStructures: readonly QuestionnaireStructure[] =
  /* @__PURE__ */ Object.freeze([questionnaireV1Structure, questionnaireV2Structure]);

/**
 * Finds a published questionnaire by id and version, without its texts. `parseResponse`,
 * `scoreResponse` and `recommend` look published questionnaires up here, so that a bundle of them
 * carries no questionnaire texts. Returns `undefined` where there is none.
 *
 * @example
 * ```ts
 * import { findQuestionnaireStructure } from '@praktijkscan/model';
 * findQuestionnaireStructure('praktijkscan', '1.0.0')?.items.length; // 68
 * findQuestionnaireStructure('praktijkscan', '9.9.9'); // undefined
 * ```
 */
export function findQuestionnaireStructure(
  id: string,
  version: string,
): QuestionnaireStructure | undefined {
  return questionnaireStructures.find(
    (candidate) => candidate.id === id && candidate.version === version,
  );
}
