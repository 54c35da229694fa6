import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  type Answer,
  type InkPhaseId,
  inkPhases,
  type MatrixQuadrantId,
  matrixQuadrants,
  type PracticeResponse,
  parseResponse,
  type QualityAspectId,
  type Questionnaire,
  type QuestionnaireStructure,
  qualityAspects,
  questionnaire,
  type questionnaireSchema,
  type SafeParseResponseResult,
  safeParseResponse,
} from '../src';
import { questionnaire as dutchQuestionnaire } from '../src/editions/nl';

describe('model types', () => {
  it('concept ids are literal unions, not strings', () => {
    expectTypeOf(qualityAspects[0]!.id).toEqualTypeOf<QualityAspectId>();
    expectTypeOf(inkPhases[0]!.id).toEqualTypeOf<InkPhaseId>();
    expectTypeOf(matrixQuadrants[0]!.id).toEqualTypeOf<MatrixQuadrantId>();
    expectTypeOf<'safety'>().toExtend<QualityAspectId>();
    expectTypeOf<'security'>().not.toExtend<QualityAspectId>();
  });

  it('data is read-only', () => {
    // @ts-expect-error concept arrays are readonly
    qualityAspects.push(qualityAspects[0]!);
    // @ts-expect-error items are readonly
    questionnaire.items[0]!.scored = false;
  });

  it('parsing returns the typed response; the safe variant a discriminated union', () => {
    expectTypeOf(parseResponse).returns.toEqualTypeOf<PracticeResponse>();
    expectTypeOf(safeParseResponse).returns.toEqualTypeOf<SafeParseResponseResult>();
    expectTypeOf<PracticeResponse['answers'][string]>().toEqualTypeOf<Answer>();
    const result = safeParseResponse({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<PracticeResponse>();
    else expectTypeOf(result.error.issues[0]!.code).toBeString();
  });

  it('what the questionnaire schema admits fits the Questionnaire type', () => {
    const admitted = {} as z.infer<typeof questionnaireSchema>;
    const typed: Questionnaire = admitted;
    expectTypeOf(typed).toEqualTypeOf<Questionnaire>();
  });

  it('a language edition’s texts are in its language only; every questionnaire is a structure', () => {
    const item = dutchQuestionnaire.items[0]!;
    expectTypeOf(item.text.nl).toEqualTypeOf<string>();
    // @ts-expect-error the Dutch edition has no English texts
    item.text.en;
    expectTypeOf(dutchQuestionnaire).toExtend<QuestionnaireStructure>();
    expectTypeOf(questionnaire).toExtend<QuestionnaireStructure>();
    expectTypeOf(questionnaire).toExtend<Questionnaire<'nl'>>();
    expectTypeOf(dutchQuestionnaire).not.toExtend<Questionnaire>();
  });
});
