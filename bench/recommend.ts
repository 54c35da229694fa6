import { parseResponse, questionnaire } from '@praktijkscan/model';
import {
  buildFacts,
  builtinRules,
  recommend,
  recommendSync,
  ruleLeaves,
} from '@praktijkscan/recommendations';
import { scoreResponse } from '@praktijkscan/scoring';
import { Engine } from 'json-rules-engine';
import { loadEngineAsBundled } from './support/bundled-engine';
import {
  type Measurement,
  measure,
  measurePaired,
  type PairedMeasurement,
  sink,
} from './support/measure';
import { benchAsOf, generatePractices } from './support/practices';

/** Four extra rules as a vendor might add them, given (as a new copy) to every call. */
const extraRules = () => [
  {
    name: 'vendor-low-overall',
    priority: 5,
    conditions: { all: [{ fact: 'overall', operator: 'lessThan', value: 40 }] },
    event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
  },
  {
    name: 'vendor-portal-or-phase',
    priority: 5,
    conditions: {
      any: [
        { fact: 'inkPhase', operator: 'in', value: [1, 2] },
        { fact: 'completeness', operator: 'lessThan', value: 50 },
      ],
    },
    event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
  },
  {
    name: 'vendor-old-scan',
    priority: 1,
    conditions: { all: [{ fact: 'monthsSinceCompletion', operator: 'greaterThan', value: 12 }] },
    event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
  },
  {
    name: 'vendor-gap',
    priority: 1,
    conditions: {
      all: [{ fact: 'selfAssessmentGap', operator: 'greaterThanInclusive', value: 20 }],
    },
    event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
  },
];

export interface RecommendBench {
  readonly practices: number;
  readonly recommend: Measurement;
  /** recommendSync: the rules compiled into closures, no engine. */
  readonly recommendSync: Measurement;
  /** recommend with the same four extra rules (a new copy) on every call. */
  readonly recommendExtra: Measurement;
  /** recommendSync with the same four extra rules on every call. */
  readonly recommendSyncExtra: Measurement;
  /**
   * recommend with the same extra rules and without, timed in adjacent pairs (an iteration each,
   * the order alternating): `ratio` is the target's figure, ≤ 1.2×.
   */
  readonly extraPaired: PairedMeasurement;
  /** recommend with extra rules over recommend without, the median over the pairs: ≤ 1.2×. */
  readonly ratioExtra: number;
  /** A new Engine with builtinRules per call, run with the facts: what recommend does inside. */
  readonly enginePerCall: Measurement;
  /** One Engine built once, run per call with the facts. */
  readonly engineReused: Measurement;
  /**
   * One Engine built once, run per call with only the facts the rules compare: the engine work
   * recommend itself does (it reuses idle engines and passes only those facts).
   */
  readonly engineReusedRuleFacts: Measurement;
  /**
   * json-rules-engine as bundled in recommend (the same stand-ins for its dependencies), one engine
   * reused, given the rules' facts as uncached Facts made per run: the very engine work recommend
   * does, so the difference to recommend is recommend's own work.
   */
  readonly engineAsInRecommend: Measurement;
  readonly ratioPerCall: number;
  readonly ratioReused: number;
  /** Against json-rules-engine as published, run as recommend runs it (engine reused, rule facts). */
  readonly ratioLikeForLike: number;
  /** Against the engine as bundled in recommend: the overhead of recommend's own work. */
  readonly ratioSameEngine: number;
}

const refusePath = () => {
  throw new Error('no JSONPath');
};

const newEngine = (EngineClass: typeof Engine = Engine) => {
  const engine = new EngineClass([], { allowUndefinedFacts: false, pathResolver: refusePath });
  for (const rule of builtinRules) engine.addRule(rule as never);
  return engine;
};

/**
 * `recommend` and `recommendSync` on generated practices (one iteration runs them all) against
 * json-rules-engine run directly with the same rules (`builtinRules`) and the same facts
 * (`buildFacts`, computed once before timing).
 */
export async function benchRecommend(practiceCount = 50): Promise<RecommendBench> {
  const asBundled = await loadEngineAsBundled();
  const ruleFactNames = [
    ...new Set(
      builtinRules.flatMap((rule) => ruleLeaves(rule.conditions).map((leaf) => leaf.fact)),
    ),
  ];
  const cases = generatePractices(practiceCount).map((sample) => {
    const response = parseResponse(sample);
    const result = scoreResponse(response);
    const all = buildFacts(result, response, questionnaire, benchAsOf);
    const facts = Object.fromEntries(all);
    const ruleFacts = Object.fromEntries(ruleFactNames.map((name) => [name, all.get(name)]));
    return { response, result, facts, ruleFacts };
  });
  // Every baseline fires the rules whose recommendations recommend returns.
  for (const { response, result, facts, ruleFacts } of cases) {
    const steps = await recommend(result, response, { asOf: benchAsOf, locale: 'en' });
    for (const [engine, given] of [
      [newEngine(), facts],
      [newEngine(), ruleFacts],
      [newEngine(asBundled.Engine), ruleFacts],
    ] as const) {
      const outcome = await engine.run(given);
      const fired = new Set(
        outcome.results.map(
          (rule) => (rule.event?.params as { recommendation?: string } | undefined)?.recommendation,
        ),
      );
      if (steps.length !== fired.size || !steps.every((step) => fired.has(step.id)))
        throw new Error(`the engine baseline fires other rules for ${response.practiceId}`);
    }
  }
  const sharedAsBundled = newEngine(asBundled.Engine);
  const shared = newEngine();
  for (const { response, result } of cases) {
    const options = { asOf: benchAsOf, locale: 'en', extraRules: extraRules() } as const;
    if (
      JSON.stringify(recommendSync(result, response, options)) !==
      JSON.stringify(await recommend(result, response, options))
    )
      throw new Error(`recommendSync differs from recommend for ${response.practiceId}`);
  }
  const [wrapped, sync, extra, syncExtra, perCall, reused, reusedRuleFacts, asInRecommend] =
    await measure([
      {
        name: 'recommend',
        fn: async () => {
          for (const { response, result } of cases)
            sink.value = await recommend(result, response, { asOf: benchAsOf, locale: 'en' });
        },
      },
      {
        name: 'recommendSync',
        fn: () => {
          for (const { response, result } of cases)
            sink.value = recommendSync(result, response, { asOf: benchAsOf, locale: 'en' });
        },
      },
      {
        name: 'recommend, 4 extra rules',
        fn: async () => {
          for (const { response, result } of cases)
            sink.value = await recommend(result, response, {
              asOf: benchAsOf,
              locale: 'en',
              extraRules: extraRules(),
            });
        },
      },
      {
        name: 'recommendSync, 4 extra rules',
        fn: () => {
          for (const { response, result } of cases)
            sink.value = recommendSync(result, response, {
              asOf: benchAsOf,
              locale: 'en',
              extraRules: extraRules(),
            });
        },
      },
      {
        name: 'engine per call',
        fn: async () => {
          for (const { facts } of cases) sink.value = await newEngine().run(facts);
        },
      },
      {
        name: 'engine reused',
        fn: async () => {
          for (const { facts } of cases) sink.value = await shared.run(facts);
        },
      },
      {
        name: 'engine reused, rule facts',
        fn: async () => {
          for (const { ruleFacts } of cases) sink.value = await shared.run(ruleFacts);
        },
      },
      {
        name: 'engine as in recommend',
        fn: async () => {
          for (const { ruleFacts } of cases) {
            const facts: Record<string, unknown> = {};
            for (const name in ruleFacts)
              facts[name] = new asBundled.Fact(name, ruleFacts[name], { cache: false });
            sink.value = await sharedAsBundled.run(facts);
          }
        },
      },
    ]);
  // The extra rules' target compares two tasks that the rounds above time half a second apart;
  // paired, both sides of each pair meet the host at the same speed.
  const extraPaired = await measurePaired(
    async () => {
      for (const { response, result } of cases)
        sink.value = await recommend(result, response, { asOf: benchAsOf, locale: 'en' });
    },
    async () => {
      for (const { response, result } of cases)
        sink.value = await recommend(result, response, {
          asOf: benchAsOf,
          locale: 'en',
          extraRules: extraRules(),
        });
    },
    { pairs: 300 },
  );
  if (
    !wrapped ||
    !sync ||
    !extra ||
    !syncExtra ||
    !perCall ||
    !reused ||
    !reusedRuleFacts ||
    !asInRecommend
  )
    throw new Error('nothing measured');
  return {
    practices: cases.length,
    recommend: wrapped,
    recommendSync: sync,
    recommendExtra: extra,
    recommendSyncExtra: syncExtra,
    extraPaired,
    ratioExtra: extraPaired.ratio,
    enginePerCall: perCall,
    engineReused: reused,
    engineReusedRuleFacts: reusedRuleFacts,
    engineAsInRecommend: asInRecommend,
    ratioPerCall: wrapped.median / perCall.median,
    ratioReused: wrapped.median / reused.median,
    ratioLikeForLike: wrapped.median / reusedRuleFacts.median,
    ratioSameEngine: wrapped.median / asInRecommend.median,
  };
}
