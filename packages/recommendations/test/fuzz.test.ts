// Fuzzing as a test (issue 16): arbitrary JavaScript values into recommend and validateRules;
// only their typed errors (and the model's) may come out, bounded.
import { fc, test } from '@fast-check/vitest';
import { ResponseValidationError } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe } from 'vitest';
import {
  expectOnlyTypedErrors,
  hostileValue,
  nearValid,
} from '../../../scripts/fuzz/hostile-values';
import { RecommendOptionsError, RuleValidationError, recommend, validateRules } from '../src';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const validRule = {
  name: 'extra',
  priority: 10,
  conditions: { all: [{ fact: 'overall', operator: 'lessThan', value: 50 }] },
  event: { type: 'recommend', params: { recommendation: 'inform-patients-about-channels' } },
};
const result = scoreResponse(sampleHalfway);
const typed = [RecommendOptionsError, ResponseValidationError, RuleValidationError];

describe('fuzz: recommendations', () => {
  test.prop([
    fc.oneof(
      fc.constant(() => result),
      nearValid(plain(result)),
    ),
    fc.oneof(
      fc.constant(() => sampleHalfway),
      nearValid(plain(sampleHalfway)),
    ),
    nearValid({
      asOf: '2026-11-22',
      locale: 'en',
      ratings: { 'inform-patients-about-channels': { effect: 4, energy: 2 } },
      extraRules: [validRule],
    }),
  ])(
    'recommend rejects with its typed errors only',
    async (makeResult, makeResponse, makeOptions) => {
      await expectOnlyTypedErrors(
        () => recommend(makeResult() as never, makeResponse(), makeOptions() as never),
        typed,
      );
    },
  );

  test.prop([fc.oneof(nearValid([validRule]), hostileValue)])(
    'validateRules throws RuleValidationError only',
    async (makeRules) => {
      await expectOnlyTypedErrors(
        () =>
          validateRules(makeRules(), {
            facts: new Set(['overall']),
            recommendations: new Set(['inform-patients-about-channels']),
          }),
        [RuleValidationError],
      );
    },
  );
});
