import type { Questionnaire } from './types';
import { questionnaireV1 } from './v1';
import { questionnaireV2 } from './v2';

/**
 * Every published version of the praktijkscan questionnaire, oldest first.
 *
 * @example
 * ```ts
 * import { questionnaires } from '@praktijkscan/model';
 * questionnaires.map((published) => published.version); // ['1.0.0', '2.0.0']
 * ```
 */
export const questionnaires: readonly Questionnaire[] = /* @__PURE__ */ Object.freeze([
  questionnaireV1,
  questionnaireV2,
]);

/**
 * The current praktijkscan questionnaire.
 *
 * @example
 * ```ts
 * import { questionnaire } from '@praktijkscan/model';
 * questionnaire.id; // 'praktijkscan'
 * questionnaire.items.length > 0; // true
 * ```
 */
export const questionnaire: Questionnaire = questionnaireV2;

/**
 * Finds a published questionnaire by id and version. Returns `undefined` where there is none, so
 * that the caller decides how to report it.
 *
 * @example
 * ```ts
 * import { findQuestionnaire } from '@praktijkscan/model';
 * findQuestionnaire('praktijkscan', '1.0.0')?.version; // '1.0.0'
 * findQuestionnaire('praktijkscan', '9.9.9'); // undefined
 * ```
 */
export function findQuestionnaire(id: string, version: string): Questionnaire | undefined {
  return questionnaires.find((candidate) => candidate.id === id && candidate.version === version);
}

/**
 * Thrown by {@link getQuestionnaire} for a version that was never published.
 *
 * @example
 * ```ts
 * import { getQuestionnaire, UnknownQuestionnaireVersionError } from '@praktijkscan/model';
 * try {
 *   getQuestionnaire('9.0.0');
 * } catch (error) {
 *   if (error instanceof UnknownQuestionnaireVersionError) error.knownVersions; // ['1.0.0', '2.0.0']
 * }
 * ```
 */
export class UnknownQuestionnaireVersionError extends Error {
  override readonly name = 'UnknownQuestionnaireVersionError';
  /** The versions that do exist. */
  readonly knownVersions: readonly string[];
  constructor(readonly version: string) {
    const knownVersions = questionnaires.map((candidate) => candidate.version);
    super(
      `Unknown praktijkscan questionnaire version "${version}"; known: ${knownVersions.join(', ')}`,
    );
    this.knownVersions = knownVersions;
  }
}

/**
 * The praktijkscan questionnaire of one version.
 *
 * @throws {UnknownQuestionnaireVersionError} where that version was never published.
 * @example
 * ```ts
 * import { getQuestionnaire } from '@praktijkscan/model';
 * getQuestionnaire('1.0.0').items.length > 0; // true
 * ```
 */
export function getQuestionnaire(version: string): Questionnaire {
  const found = findQuestionnaire('praktijkscan', version);
  if (!found) throw new UnknownQuestionnaireVersionError(version);
  return found;
}

/**
 * Indexes a questionnaire's items by id.
 *
 * @example
 * ```ts
 * import { questionnaire, itemsById } from '@praktijkscan/model';
 * itemsById(questionnaire).get('digital-care-vision')?.scale; // 'agreement'
 * ```
 */
export function itemsById(of: Questionnaire): ReadonlyMap<string, Questionnaire['items'][number]> {
  return new Map(of.items.map((item) => [item.id, item]));
}
