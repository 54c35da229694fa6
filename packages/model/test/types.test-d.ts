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
  qualityAspects,
  questionnaire,
  type questionnaireSchema,
  type SafeParseResponseResult,
  safeParseResponse,
} from '../src';

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
});
