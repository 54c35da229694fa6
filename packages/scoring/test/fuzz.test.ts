// Fuzzing as a test (issue 16): arbitrary JavaScript values into the public entry points of
// scoring that read input; only its typed errors (and the model's) may come out, bounded.
import { fc, test } from '@fast-check/vitest';
import { ResponseValidationError } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe } from 'vitest';
import {
  expectOnlyTypedErrors,
  hostileValue,
  nearValid,
} from '../../../scripts/fuzz/hostile-values';
import {
  addWeeksToDate,
  addYearsToDate,
  adoptionProfile,
  CalendarDateError,
  daysBetween,
  isCalendarDate,
  isResultOf,
  monthsBetween,
  ScoreOptionsError,
  scoreResponse,
} from '../src';

const response = nearValid(JSON.parse(JSON.stringify(sampleHalfway)));
const options = nearValid({ phaseThreshold: 60, phaseCoverage: 50, locale: 'nl' });
const date = fc.oneof(
  fc
    .date({ min: new Date(-1000, 0, 1), max: new Date(12000, 0, 1), noInvalidDate: true })
    .map((value) => () => value.toISOString().slice(0, 10)),
  hostileValue,
);

describe('fuzz: scoring', () => {
  test.prop([response, options])(
    'scoreResponse throws ResponseValidationError or ScoreOptionsError only',
    async (makeResponse, makeOptions) => {
      await expectOnlyTypedErrors(
        () => scoreResponse(makeResponse(), makeOptions() as never),
        [ResponseValidationError, ScoreOptionsError],
      );
    },
  );

  test.prop([response, nearValid({ locale: 'en' })])(
    'adoptionProfile throws ResponseValidationError or ScoreOptionsError only',
    async (makeResponse, makeOptions) => {
      await expectOnlyTypedErrors(
        () => adoptionProfile(makeResponse(), makeOptions() as never),
        [ResponseValidationError, ScoreOptionsError],
      );
    },
  );

  test.prop([date, date, fc.integer({ min: -20_000, max: 20_000 })])(
    'the date helpers throw CalendarDateError only; isCalendarDate never throws',
    async (from, to, amount) => {
      const [a, b] = [from(), to()];
      isCalendarDate(a);
      for (const run of [
        () => addYearsToDate(a as string, amount),
        () => addWeeksToDate(a as string, amount),
        () => daysBetween(a as string, b as string),
        () => monthsBetween(a as string, b as string),
      ])
        await expectOnlyTypedErrors(run, [CalendarDateError]);
    },
  );

  test.prop([hostileValue, response])('isResultOf never throws', (result, makeResponse) => {
    isResultOf(result() as never, makeResponse() as never);
  });
});
