import type { PracticeResponse, PracticeResponseInput } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CatalogStep,
  catalogSteps,
  getCatalogStep,
  getRecommendation,
  type Recommendation,
  type RecommendedStep,
  recommend,
  recommendations,
} from '../src';
import { recommend as recommendInDutch } from '../src/editions/nl';

describe('recommendations types', () => {
  it('tells a catalog entry apart from what recommend returns', () => {
    expectTypeOf(catalogSteps[0]!).toEqualTypeOf<CatalogStep>();
    expectTypeOf(getCatalogStep).returns.toEqualTypeOf<CatalogStep | undefined>();
    expectTypeOf(recommend).returns.resolves.toEqualTypeOf<RecommendedStep[]>();
    expectTypeOf<RecommendedStep>().not.toEqualTypeOf<CatalogStep>();
  });

  it('keeps the deprecated 0.1.0 names as the same types', () => {
    expectTypeOf<Recommendation>().toEqualTypeOf<CatalogStep>();
    expectTypeOf(recommendations).toEqualTypeOf(catalogSteps);
    expectTypeOf(getRecommendation).toEqualTypeOf(getCatalogStep);
  });

  it('types the response recommend takes, parsed or in its JSON form', () => {
    expectTypeOf(recommend).parameter(1).toEqualTypeOf<PracticeResponseInput>();
    expectTypeOf(recommendInDutch).parameter(1).toEqualTypeOf<PracticeResponseInput>();
    expectTypeOf<PracticeResponse>().toExtend<PracticeResponseInput>();

    const result = scoreResponse(sampleHalfway);
    const asOf = '2026-11-22';
    // The lists may be left out, as in a response's JSON.
    void recommend(
      result,
      {
        questionnaire: { id: 'praktijkscan', version: '1.0.0' },
        practiceId: 'p',
        completedOn: '2026-11-01',
        answers: {},
      },
      { asOf },
    );
    // @ts-expect-error a response is an object with the questionnaire, the practice and the answers
    void recommend(result, 42, { asOf });
    // @ts-expect-error an unknown value is parsed first (parseResponse), then recommended on
    void recommend(result, JSON.parse('{}') as unknown, { asOf });
    // @ts-expect-error answers are numbers or "na"
    void recommend(result, { ...sampleHalfway, answers: { x: 'yes' } }, { asOf });
  });
});
