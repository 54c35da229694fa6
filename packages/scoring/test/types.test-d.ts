import type {
  IgjThemeId,
  InkPhaseId,
  MatrixQuadrantId,
  QualityAspectId,
} from '@praktijkscan/model';
import { describe, expectTypeOf, it } from 'vitest';
import { orderByMatrix, quadrantOf, type ScoreResult, scoreResponse } from '../src';

describe('scoring types', () => {
  it('scoreResponse returns a ScoreResult keyed by the domain ids', () => {
    expectTypeOf(scoreResponse).returns.toEqualTypeOf<ScoreResult>();
    expectTypeOf<keyof ScoreResult['aspects']>().toEqualTypeOf<QualityAspectId>();
    expectTypeOf<keyof ScoreResult['themes']>().toEqualTypeOf<IgjThemeId>();
    expectTypeOf<ScoreResult['inkPhase']['phase']>().toEqualTypeOf<0 | InkPhaseId>();
    expectTypeOf<ScoreResult['overall']>().toEqualTypeOf<number | null>();
  });

  it('quadrantOf returns a quadrant id; orderByMatrix keeps the element type', () => {
    expectTypeOf(quadrantOf(3, 3)).toEqualTypeOf<MatrixQuadrantId>();
    const ordered = orderByMatrix([{ id: 'a', effect: 3, energy: 1, extra: true }]);
    expectTypeOf(ordered[0]!.extra).toEqualTypeOf<boolean>();
  });

  it('options are checked at compile time too', () => {
    // @ts-expect-error phaseThreshold is a number
    scoreResponse({}, { phaseThreshold: '60' });
  });
});
