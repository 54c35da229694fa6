// Fuzzing as a test (issue 16): arbitrary JavaScript values into recommend, recommendSync and
// validateRules; only their typed errors (and the model's) may come out, bounded.
import { fc, test } from '@fast-check/vitest';
import { ResponseValidationError } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectOnlyTypedErrors,
  hostileValue,
  nearValid,
} from '../../../scripts/fuzz/hostile-values';
import {
  monitoringDates,
  planRoadmap,
  type RecommendedStep,
  RecommendOptionsError,
  RuleValidationError,
  recommend,
  recommendSync,
  validateRules,
} from '../src';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const validRule = {
  name: 'extra',
  priority: 10,
  conditions: { all: [{ fact: 'overall', operator: 'lessThan', value: 50 }] },
  event: { type: 'recommend', params: { recommendation: 'inform-patients-about-channels' } },
};
const result = scoreResponse(sampleHalfway);
const typed = [RecommendOptionsError, ResponseValidationError, RuleValidationError];

/** What a call with these extra rules ends in: `undefined`, or what it threw or rejected with. */
const outcomeWith = (run: typeof recommend | typeof recommendSync, extraRules: unknown) =>
  Promise.resolve()
    .then(() => run(result, sampleHalfway, { asOf: '2026-11-22', extraRules: extraRules as never }))
    .then(
      () => undefined,
      (error: unknown) => error,
    );

const expectTyped = (outcome: unknown) =>
  expect(
    typed.some((type) => outcome instanceof type),
    String(outcome),
  ).toBe(true);

describe('fuzz: recommendations', () => {
  // Found by the property below: a result with the right practice, date and questionnaire but a
  // value inside it that no score result holds made recommend throw a TypeError.
  it.each([
    ['an aspect missing', { aspects: { ...result.aspects, safety: undefined } }],
    ['a theme that is a number', { themes: { ...result.themes, governance: 1 } }],
    ['a section of null', { sections: { ...result.sections, vision: null } }],
    ['no INK phase', { inkPhase: undefined }],
    ['no completeness', { completeness: null }],
  ])('recommend refuses a result with %s as the result option', async (_, change) => {
    const forged = { ...plain(result), ...change };
    await expect(
      recommend(forged as never, sampleHalfway, { asOf: '2026-11-22' }),
    ).rejects.toMatchObject({ name: 'RecommendOptionsError', option: 'result' });
  });

  // Found by the property below on the compiled path's rule cache: a list of extra rules that
  // throws when read made recommend and recommendSync throw the reader's own error.
  it.each([
    [
      'a Proxy whose reads throw',
      () =>
        new Proxy([], {
          get: () => {
            throw new Error('hostile');
          },
        }),
    ],
    [
      'a rule with a getter that throws',
      () => [
        Object.defineProperty({}, 'name', {
          enumerable: true,
          get: () => {
            throw new Error('hostile');
          },
        }),
      ],
    ],
  ])(
    'recommend and recommendSync refuse extra rules that are %s with a typed error',
    async (_, make) => {
      for (const run of [recommend, recommendSync]) expectTyped(await outcomeWith(run, make()));
    },
  );

  // Found by the property below in CI (seed -369466095): once a call with extra rules had been
  // answered, a revoked Proxy as the next call's extra rules reached the shortcut for the same
  // rules as last time, whose Array.isArray throws a TypeError on a revoked Proxy.
  it('refuses a revoked Proxy as extra rules after a call with extra rules, with a typed error', async () => {
    for (const run of [recommend, recommendSync]) {
      await run(result, sampleHalfway, { asOf: '2026-11-22', extraRules: [validRule] });
      const revocable = Proxy.revocable([validRule], {});
      revocable.revoke();
      expectTyped(await outcomeWith(run, revocable.proxy));
    }
  });

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
    'recommend and recommendSync reject with their typed errors only',
    async (makeResult, makeResponse, makeOptions) => {
      await expectOnlyTypedErrors(
        () => recommend(makeResult() as never, makeResponse() as never, makeOptions() as never),
        typed,
      );
      // The compiled path reads the same input through its own code after the shared checks.
      await expectOnlyTypedErrors(
        () => recommendSync(makeResult() as never, makeResponse() as never, makeOptions() as never),
        typed,
      );
    },
    // 1,000 runs in CI, each on both paths; most generated options hold extra rules no run has
    // seen, so each run validates and builds them (engines and compiled rules) anew. About 250 s
    // on an idle 2-core machine, over 600 s when it is shared: a hang guard, not a timing.
    900_000,
  );

  let steps: RecommendedStep[];
  beforeAll(async () => {
    steps = await recommend(result, sampleHalfway, { asOf: '2026-11-22', locale: 'en' });
  });

  test.prop([
    fc.oneof(
      fc.constant(() => result),
      nearValid(plain(result)),
    ),
    fc.oneof(
      fc.constant(() => sampleHalfway),
      nearValid(plain(sampleHalfway)),
    ),
    nearValid({ asOf: '2026-11-22', locale: 'en', capacity: 3 }),
    fc.boolean(),
  ])(
    'planRoadmap throws its typed errors only',
    async (makeResult, makeResponse, makeOptions, hostileSteps) => {
      // The steps whole, or the first with hostile reasons; put into the options as they are
      // (a spread would read a hostile getter before planRoadmap does).
      await expectOnlyTypedErrors(() => {
        const input = makeOptions();
        const [first, ...rest] = plain(steps);
        if (hostileSteps && first) Object.assign(first, { reasons: makeOptions() });
        const parts = { steps: [first, ...rest], result: makeResult(), response: makeResponse() };
        try {
          for (const [key, value] of Object.entries(parts))
            Object.defineProperty(input, key, { value, enumerable: true });
        } catch {
          // Not an object that takes properties (a primitive, a revoked Proxy): used as it is.
        }
        return planRoadmap(input as never);
      }, typed);
    },
  );

  test.prop([
    fc.oneof(
      fc.constant(() => sampleHalfway),
      nearValid(plain(sampleHalfway)),
    ),
    hostileValue,
  ])('monitoringDates throws its typed errors only', async (makeResponse, makeAsOf) => {
    await expectOnlyTypedErrors(
      () => monitoringDates(makeResponse() as never, makeAsOf() as never),
      typed,
    );
    await expectOnlyTypedErrors(
      () => monitoringDates(makeResponse() as never, '2026-11-22'),
      typed,
    );
  });

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
