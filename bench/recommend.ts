import { parseResponse, questionnaire } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { buildFacts, builtinRules, recommend, ruleLeaves } from '@praktijkscan/recommendations';
import { scoreResponse } from '@praktijkscan/scoring';
import { Engine } from 'json-rules-engine';
import { type Measurement, measure, sink } from './support/measure';
import { benchAsOf } from './support/practices';

export interface RecommendBench {
  readonly practices: number;
  readonly recommend: Measurement;
  /** A new Engine with builtinRules per call, run with the facts: what recommend does inside. */
  readonly enginePerCall: Measurement;
  /** One Engine built once, run per call with the facts. */
  readonly engineReused: Measurement;
  /**
   * One Engine built once, run per call with only the facts the rules compare: the engine work
   * recommend itself does (it reuses idle engines and passes only those facts).
   */
  readonly engineReusedRuleFacts: Measurement;
  readonly ratioPerCall: number;
  readonly ratioReused: number;
  /** Like for like: the overhead of everything recommend does besides running the engine. */
  readonly ratioLikeForLike: number;
}

const refusePath = () => {
  throw new Error('no JSONPath');
};

const newEngine = () => {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: refusePath });
  for (const rule of builtinRules) engine.addRule(rule as never);
  return engine;
};

/**
 * `recommend` on the three sample practices against json-rules-engine run directly with the same
 * rules (`builtinRules`) and the same facts (`buildFacts`, computed once before timing).
 */
export async function benchRecommend(): Promise<RecommendBench> {
  const ruleFactNames = [
    ...new Set(
      builtinRules.flatMap((rule) => ruleLeaves(rule.conditions).map((leaf) => leaf.fact)),
    ),
  ];
  const cases = samplePractices.map((sample) => {
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
    for (const given of [facts, ruleFacts]) {
      const outcome = await newEngine().run(given);
      const fired = new Set(
        outcome.results.map(
          (rule) => (rule.event?.params as { recommendation?: string } | undefined)?.recommendation,
        ),
      );
      if (steps.length !== fired.size || !steps.every((step) => fired.has(step.id)))
        throw new Error(`the engine baseline fires other rules for ${response.practiceId}`);
    }
  }
  const shared = newEngine();
  const [wrapped, perCall, reused, reusedRuleFacts] = await measure([
    {
      name: 'recommend',
      fn: async () => {
        for (const { response, result } of cases)
          sink.value = await recommend(result, response, { asOf: benchAsOf, locale: 'en' });
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
  ]);
  if (!wrapped || !perCall || !reused || !reusedRuleFacts) throw new Error('nothing measured');
  return {
    practices: cases.length,
    recommend: wrapped,
    enginePerCall: perCall,
    engineReused: reused,
    engineReusedRuleFacts: reusedRuleFacts,
    ratioPerCall: wrapped.median / perCall.median,
    ratioReused: wrapped.median / reused.median,
    ratioLikeForLike: wrapped.median / reusedRuleFacts.median,
  };
}
