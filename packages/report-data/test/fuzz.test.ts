// Fuzzing as a test (issue 16): arbitrary JavaScript values into buildReportData,
// aggregateResults and compareToBenchmark; only their typed errors (and the model's) may come out.
import { fc, test } from '@fast-check/vitest';
import { ResponseValidationError } from '@praktijkscan/model';
import { sampleAdvanced, sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { scoreResponse } from '@praktijkscan/scoring';
import { beforeAll, describe } from 'vitest';
import {
  expectOnlyTypedErrors,
  hostileValue,
  nearValid,
} from '../../../scripts/fuzz/hostile-values';
import { aggregateResults, buildReportData, compareToBenchmark, ReportDataError } from '../src';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const results = [sampleStarting, sampleHalfway, sampleAdvanced].map((sample) =>
  plain(scoreResponse(sample)),
);
const aggregate = plain(aggregateResults(results, { minGroupSize: 1 }));
let validInput: Record<string, unknown>;
let input: fc.Arbitrary<() => unknown>;

beforeAll(async () => {
  const result = scoreResponse(sampleHalfway);
  // The result and the recommendations go in whole or hostile as a whole: inside them,
  // buildReportData trusts the structure scoreResponse and recommend give (docs/quality.md).
  const recommendations = await recommend(result, sampleHalfway, {
    asOf: '2026-11-22',
    locale: 'en',
  });
  validInput = plain({
    response: sampleHalfway,
    asOf: '2026-11-22',
    locale: 'en',
    benchmark: aggregate,
  });
  input = fc
    .tuple(
      nearValid(validInput),
      fc.oneof(
        fc.constant(() => result),
        hostileValue,
      ),
      fc.oneof(
        fc.constant(() => recommendations),
        hostileValue,
      ),
    )
    .map(([make, makeResult, makeRecommendations]) => () => {
      const value = make();
      try {
        Object.defineProperty(value, 'result', { value: makeResult(), enumerable: true });
        Object.defineProperty(value, 'recommendations', {
          value: makeRecommendations(),
          enumerable: true,
        });
      } catch {
        // Not an object that takes properties (a primitive, a revoked Proxy): used as it is.
      }
      return value;
    });
});

describe('fuzz: report-data', () => {
  test('buildReportData throws ReportDataError or ResponseValidationError only', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (make) => {
        await expectOnlyTypedErrors(
          () => buildReportData(make() as never),
          [ReportDataError, ResponseValidationError],
        );
      }),
    );
    // Each run builds a whole report: 1,000 runs take minutes on 2 shared cores (up to 485 s
    // seen). The limit is a hang guard, not a timing.
  }, 900_000);

  test.prop([nearValid(results), nearValid({ minGroupSize: 2 })])(
    'aggregateResults throws ReportDataError only',
    async (makeResults, makeOptions) => {
      await expectOnlyTypedErrors(
        () => aggregateResults(makeResults() as never, makeOptions() as never),
        [ReportDataError],
      );
    },
  );

  test.prop([fc.oneof(nearValid(results[0]), hostileValue), nearValid(aggregate)])(
    'compareToBenchmark throws ReportDataError only',
    async (makeResult, makeAggregate) => {
      await expectOnlyTypedErrors(
        () => compareToBenchmark(makeResult() as never, makeAggregate() as never),
        [ReportDataError],
      );
    },
  );
});
