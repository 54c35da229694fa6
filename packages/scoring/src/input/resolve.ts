import {
  findQuestionnaireStructure,
  isDeepFrozen,
  isParsedResponse,
  type Locale,
  type PracticeResponse,
  parseResponse,
  type Questionnaire,
  type QuestionnaireStructure,
  questionnaireSchema,
  questionnaireStructures,
  ResponseValidationError,
  toJsonPointer,
} from '@praktijkscan/model';
import { ScoreOptionsError } from '../options/options';

/** What the response-reading entry points of scoring share: a custom questionnaire and a locale. */
export interface ResponseOptions {
  readonly questionnaire?: Questionnaire | undefined;
  readonly locale?: Locale | undefined;
}

// Custom questionnaires already checked against the schema; published ones are checked by tests.
// Published ones are looked up without their texts (findQuestionnaireStructure), so that a bundle
// of scoreResponse carries none; one passed in whole is checked once, like a custom one. Only a
// deep-frozen questionnaire is remembered: one that can still change is checked on every call.
const checkedQuestionnaires = new WeakSet<QuestionnaireStructure>(questionnaireStructures);

/** Checks a custom questionnaire against the schema; a `ScoreOptionsError` names what is wrong. */
export function checkQuestionnaire(questionnaire: Questionnaire): void {
  if (checkedQuestionnaires.has(questionnaire)) return;
  const result = questionnaireSchema.safeParse(questionnaire);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map(
        (issue) =>
          `${toJsonPointer(issue.path as (string | number)[]) || '(root)'}: ${issue.message}`,
      )
      .join('; ');
    throw new ScoreOptionsError('questionnaire', `not a valid questionnaire: ${problems}`);
  }
  if (isDeepFrozen(questionnaire)) checkedQuestionnaires.add(questionnaire);
}

/**
 * The response, parsed unless it already is, and the questionnaire it is read against: the one
 * passed, or the published one the response names.
 */
export function resolveResponse(
  input: unknown,
  options: ResponseOptions,
): { response: PracticeResponse; questionnaire: QuestionnaireStructure } {
  if (options.questionnaire !== undefined) checkQuestionnaire(options.questionnaire);
  const parseOptions = {
    ...(options.questionnaire ? { questionnaire: options.questionnaire } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const response = isParsedResponse(input) ? input : parseResponse(input, parseOptions);
  const { id, version } = response.questionnaire;
  const questionnaire = options.questionnaire ?? findQuestionnaireStructure(id, version);
  if (!questionnaire || questionnaire.id !== id || questionnaire.version !== version) {
    // A response parsed against one questionnaire, scored against another.
    const expected = questionnaire ? `${questionnaire.id} ${questionnaire.version}` : 'none';
    throw new ResponseValidationError([
      {
        code: 'questionnaire-mismatch',
        path: ['questionnaire'],
        pointer: toJsonPointer(['questionnaire']),
        message: `The response answers ${id} ${version}, but it is being read against ${expected}.`,
        params: { actual: `${id} ${version}`, expected },
      },
    ]);
  }
  return { response, questionnaire };
}
