import { fc, test } from '@fast-check/vitest';
import {
  bottleneckIds,
  findQuestionnaireStructure,
  type PracticeResponse,
  questionnaire,
} from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { responseArb } from '../../scoring/test/support/arbitraries';
import {
  builtinRules,
  factNames,
  type RecommendOptions,
  recommend,
  recommendations,
  recommendSync,
  ruleLeaves,
  ruleOperators,
} from '../src';
import * as editionEn from '../src/editions/en';
import * as editionNl from '../src/editions/nl';
import { compiledComparisons, compileRules } from '../src/engine/compile';
import { factVocabulary } from '../src/engine/recommend';
import { ruleSetFor, writesAsJson } from '../src/engine/rule-sets';
import { candidateResponses } from './support/candidates';

// recommendSync runs the rules compiled into closures; recommend runs them on json-rules-engine,
// the reference. Whatever the response and the rules, both must give byte-identical output, or
// the same error.

type Outcome = { readonly json: string } | { readonly error: string };

const describeError = (error: unknown) =>
  error instanceof Error
    ? `${error.constructor.name} ${error.name}: ${error.message}`
    : `thrown ${String(error)}`;

async function bothPaths(
  run: {
    async: (options: RecommendOptions) => Promise<unknown>;
    sync: (options: RecommendOptions) => unknown;
  },
  options: RecommendOptions,
): Promise<{ reference: Outcome; compiled: Outcome }> {
  const settle = async (call: () => unknown): Promise<Outcome> => {
    try {
      return { json: JSON.stringify(await call()) };
    } catch (error) {
      return { error: describeError(error) };
    }
  };
  return {
    reference: await settle(() => run.async(options)),
    compiled: await settle(() => run.sync(options)),
  };
}

function pathsFor(response: PracticeResponse) {
  const result = scoreResponse(response);
  return {
    async: (options: RecommendOptions) => recommend(result, response, options),
    sync: (options: RecommendOptions) => recommendSync(result, response, options),
  };
}

const asOf = '2026-11-22';
const facts = factNames(questionnaire);
const recommendationIds = recommendations.map((entry) => entry.id);

/** Varied responses: answers, ideas, completion dates, a last visit, bottlenecks, own ones. */
const practiceArb: fc.Arbitrary<PracticeResponse> = fc
  .record({
    base: responseArb(questionnaire),
    completedOn: fc.constantFrom('2023-03-01', '2025-11-30', '2026-06-15', asOf),
    lastVisit: fc.option(fc.constantFrom('2020-02-29', '2022-12-31', '2026-01-01'), {
      nil: undefined,
    }),
    bottlenecks: fc.subarray([...bottleneckIds]),
    own: fc.uniqueArray(fc.constantFrom('Te weinig tijd', 'Geen budget'), { maxLength: 2 }),
  })
  .map(({ base, completedOn, lastVisit, bottlenecks, own }) => ({
    ...base,
    completedOn,
    ...(lastVisit === undefined ? {} : { lastPracticeVisitOn: lastVisit }),
    bottlenecks,
    ownBottlenecks: own,
  }));

/** Values a comparison may hold, including the awkward ones (numeric texts, "na", null). */
const scalarArb = fc.oneof(
  fc.integer({ min: -5, max: 105 }),
  fc.double({ min: -5, max: 105, noNaN: true }),
  fc.constantFrom('na', '3', '2.5', '', 'x'),
  fc.boolean(),
  fc.constant(null),
);

const leafArb = fc
  .record({
    fact: fc.constantFrom(...facts),
    operator: fc.constantFrom(...ruleOperators),
    scalar: scalarArb,
    list: fc.array(scalarArb, { maxLength: 6 }),
  })
  .map(({ fact, operator, scalar, list }) => ({
    fact,
    operator,
    value: operator === 'in' || operator === 'notIn' ? list : scalar,
  }));

const conditionsArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafArb, tie('group')),
  group: fc.oneof(
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
  ),
})).group;

const extraRulesArb = fc
  .array(
    fc.record({
      priority: fc.integer({ min: 1, max: 100 }),
      conditions: conditionsArb,
      recommendation: fc.constantFrom(...recommendationIds),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((rules) =>
    rules.map(({ priority, conditions, recommendation }, index) => ({
      name: `extra-rule-${index}`,
      priority,
      conditions,
      event: { type: 'recommend', params: { recommendation } },
    })),
  );

// 1,000 generated responses in CI, each run on both paths: minutes on a busy two-core machine.
describe('recommendSync gives what recommend gives', { timeout: 600_000 }, () => {
  it('on every sample and every candidate response, in both languages, with and without extra rules', async () => {
    const extraRules = [
      {
        name: 'extra-visit-or-low',
        priority: 3,
        conditions: {
          any: [
            { fact: 'overall', operator: 'lessThan', value: 60 },
            {
              all: [
                { fact: 'monthsSinceVisit', operator: 'greaterThanInclusive', value: 12 },
                { fact: 'inkPhase', operator: 'in', value: [1, 2, 3] },
              ],
            },
          ],
        },
        event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
      },
    ];
    const responses = [
      ...samplePractices.map((response) => ({ response, asOf })),
      ...candidateResponses(),
    ];
    let compared = 0;
    for (const candidate of responses) {
      const { response, asOf: on } = candidate;
      // A team scan's candidate carries its combination: the team's disagreement is a fact too.
      const team = 'team' in candidate && candidate.team ? { team: candidate.team } : {};
      for (const options of [
        { asOf: on, ...team },
        { asOf: on, locale: 'en' as const, ...team },
        { asOf: on, locale: 'nl' as const, extraRules, ...team },
        {
          asOf: on,
          locale: 'en' as const,
          extraRules,
          ratings: { 'map-bottlenecks': { effect: 1, energy: 5 } },
          ...team,
        },
      ]) {
        const { reference, compiled } = await bothPaths(pathsFor(response), options);
        expect(compiled).toEqual(reference);
        expect('json' in reference).toBe(true);
        compared += 1;
      }
    }
    expect(compared).toBe(responses.length * 4);
  });

  it('in the language editions', async () => {
    for (const sample of samplePractices) {
      const result = scoreResponse(sample);
      for (const edition of [editionNl, editionEn]) {
        expect(JSON.stringify(edition.recommendSync(result, sample, { asOf }))).toBe(
          JSON.stringify(await edition.recommend(result, sample, { asOf })),
        );
      }
    }
  });

  it('with the same errors for bad options, bad extra rules and raw input', async () => {
    const [sample] = samplePractices;
    if (!sample) throw new Error('no sample');
    const paths = pathsFor(sample);
    for (const options of [
      { asOf: 'tomorrow' },
      { asOf, locale: 'de' },
      { asOf, extraRules: 'rules' },
      { asOf, extraRules: [{ name: 'x' }] },
      { asOf, extraRules: [] },
      { asOf, ratings: { nope: { effect: 1, energy: 1 } } },
      { asOf: '2000-01-01' },
    ] as RecommendOptions[]) {
      const { reference, compiled } = await bothPaths(paths, options);
      expect(compiled).toEqual(reference);
    }
    const raw = { ...sample, answers: { ...sample.answers, nonsense: 3 } };
    const result = scoreResponse(sample);
    const { reference, compiled } = await bothPaths(
      {
        async: (options) => recommend(result, raw, options),
        sync: (options) => recommendSync(result, raw, options),
      },
      { asOf },
    );
    expect('error' in reference).toBe(true);
    expect(compiled).toEqual(reference);
  });

  test.prop([practiceArb, fc.constantFrom('nl' as const, 'en' as const)])(
    'for generated responses',
    async (response, locale) => {
      const { reference, compiled } = await bothPaths(pathsFor(response), { asOf, locale });
      expect(compiled).toEqual(reference);
    },
  );

  test.prop([practiceArb, extraRulesArb, fc.constantFrom('nl' as const, 'en' as const)])(
    'for generated responses with generated extra rules',
    async (response, extraRules, locale) => {
      const { reference, compiled } = await bothPaths(pathsFor(response), {
        asOf,
        locale,
        extraRules,
      });
      expect(compiled).toEqual(reference);
    },
  );
});

describe('the compiled rules', () => {
  it('compare with every operator a rule may use, and refuse what they do not know', () => {
    expect(Object.keys(compiledComparisons).sort()).toEqual([...ruleOperators].sort());
    for (const rule of builtinRules)
      for (const leaf of ruleLeaves(rule.conditions))
        expect(Object.hasOwn(compiledComparisons, leaf.operator)).toBe(true);
    const rule = builtinRules[0];
    if (!rule) throw new Error('no rules');
    const withOperator = (operator: string) => [
      { ...rule, conditions: { all: [{ fact: 'overall', operator, value: 1 }] } },
    ];
    expect(() => compileRules(withOperator('contains') as never)).toThrow(
      'no compiled comparison for the operator "contains"',
    );
    expect(() =>
      compileRules([{ ...rule, conditions: { not: { fact: 'overall' } } }] as never),
    ).toThrow('cannot compile');
  });

  it('are made once per content of the extra rules, not per call', () => {
    // recommend reads the published questionnaire's structure, and so keeps its sets by that.
    const structure = findQuestionnaireStructure(questionnaire.id, questionnaire.version);
    if (!structure) throw new Error('no published questionnaire');
    const vocabulary = factVocabulary(structure);
    const ids = new Set(recommendationIds);
    const rules = () => [
      {
        name: 'extra-kept',
        priority: 1,
        conditions: { all: [{ fact: 'overall', operator: 'lessThan', value: 101 }] },
        event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
      },
    ];
    const [sample] = samplePractices;
    if (!sample) throw new Error('no sample');
    const result = scoreResponse(sample);
    recommendSync(result, sample, { asOf, extraRules: rules() });
    const set = ruleSetFor(rules(), vocabulary, ids);
    const compiled = set.compiled;
    expect(compiled).toBeDefined();
    recommendSync(result, sample, { asOf, extraRules: rules() });
    expect(ruleSetFor(rules(), vocabulary, ids)).toBe(set);
    expect(set.compiled).toBe(compiled);
    // Other content is another set; no extra rules is the built-in set.
    const other = rules();
    (other[0] as { priority: number }).priority = 2;
    expect(ruleSetFor(other, vocabulary, ids)).not.toBe(set);
    expect(ruleSetFor(undefined, vocabulary, ids)).toBe(ruleSetFor([], vocabulary, ids));
  });

  it('leave the rules intact when a caller changes a reason it was given', () => {
    const extraRules = [
      {
        name: 'extra-list',
        priority: 1,
        conditions: { all: [{ fact: 'inkPhase', operator: 'in', value: [1, 2, 3, 4, 5] }] },
        event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
      },
    ];
    const [sample] = samplePractices;
    if (!sample) throw new Error('no sample');
    const result = scoreResponse(sample);
    const first = recommendSync(result, sample, { asOf, extraRules });
    const reason = first
      .flatMap((step) => step.reasons)
      .find((candidate) => candidate.rule === 'extra-list');
    if (!reason) throw new Error('the extra rule did not fire');
    expect(reason.expected).toEqual([1, 2, 3, 4, 5]);
    (reason.expected as number[]).push(6);
    const again = recommendSync(result, sample, { asOf, extraRules });
    expect(
      again.flatMap((step) => step.reasons).find((candidate) => candidate.rule === 'extra-list')
        ?.expected,
    ).toEqual([1, 2, 3, 4, 5]);
  });
});

// Which way a value departs from the JSON value it is compared with: each is a way JSON.stringify
// writes a value other than it reads, or a plain copy.
const departures = [
  'copy',
  'undefined value',
  'toJSON',
  'date',
  'boxed',
  'class instance',
  'hole',
  'longer list',
  'NaN',
  'negative zero',
  'extra key',
  'keys reversed',
  'getter',
] as const;

function depart(value: unknown, how: (typeof departures)[number], seed: number): unknown {
  if (Array.isArray(value)) {
    const copy = value.map((entry, index) =>
      index === seed % Math.max(1, value.length) ? depart(entry, how, seed >> 1) : entry,
    );
    if (how === 'hole' && copy.length > 0) delete copy[seed % copy.length];
    if (how === 'longer list') copy.length += 1;
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const chosen = entries.length === 0 ? -1 : seed % entries.length;
    const copy: Record<string, unknown> = {};
    for (const [index, [key, entry]] of (how === 'keys reversed'
      ? [...entries].reverse()
      : entries
    ).entries())
      Object.defineProperty(copy, key, {
        value: index === chosen ? depart(entry, how, seed >> 1) : entry,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    if (how === 'undefined value') copy.left = undefined;
    if (how === 'extra key') copy.extra = 1;
    if (how === 'toJSON') Object.defineProperty(copy, 'toJSON', { value: () => 'other' });
    if (how === 'class instance') return Object.assign(new (class Rule {})(), copy);
    if (how === 'getter' && chosen >= 0) {
      const [key, entry] = entries[chosen] as [string, unknown];
      Object.defineProperty(copy, key, { get: () => entry, enumerable: true });
    }
    return copy;
  }
  if (how === 'date' && typeof value === 'string') return new Date(0);
  if (how === 'boxed' && typeof value === 'string') return Object(value);
  if (how === 'NaN' && typeof value === 'number') return Number.NaN;
  if (how === 'negative zero' && value === 0) return -0;
  return value;
}

describe('finding the set of the same extra rules without writing their text', () => {
  test.prop([fc.jsonValue(), fc.constantFrom(...departures), fc.nat()])(
    'says a value writes as a JSON value only where JSON.stringify writes both alike, and says so for a copy',
    (generated, how, seed) => {
      const json = JSON.parse(JSON.stringify(generated));
      const given = depart(JSON.parse(JSON.stringify(generated)), how, seed);
      if (writesAsJson(given, json)) expect(JSON.stringify(given)).toBe(JSON.stringify(json));
      if (how === 'copy') expect(writesAsJson(given, json)).toBe(true);
    },
  );

  it('finds the set of the same rules given again, and another set for rules that write otherwise', () => {
    const structure = findQuestionnaireStructure(questionnaire.id, questionnaire.version);
    if (!structure) throw new Error('no published questionnaire');
    const vocabulary = factVocabulary(structure);
    const ids = new Set(recommendationIds);
    const rules = (value: number) => [
      {
        name: 'extra-again',
        priority: 1,
        conditions: { all: [{ fact: 'overall', operator: 'lessThan', value }] },
        event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
      },
    ];
    const set = ruleSetFor(rules(50), vocabulary, ids);
    expect(ruleSetFor(rules(50), vocabulary, ids)).toBe(set);
    // The same content written otherwise by toJSON: the set of what it writes, as before.
    const disguised = rules(50);
    Object.defineProperty(disguised[0] as object, 'toJSON', { value: () => rules(60)[0] });
    const other = ruleSetFor(disguised, vocabulary, ids);
    expect(other).not.toBe(set);
    expect(other).toBe(ruleSetFor(rules(60), vocabulary, ids));
    expect(other.rules.at(-1)?.conditions).toEqual(rules(60)[0]?.conditions);
    // Rules that cannot be admitted are refused every time, after a set was found for others.
    // (The same rules' set again, by content: the sets kept are bounded and start again when
    // full, so an earlier test's sets can make adding the one for rules(60) clear this one.)
    expect(ruleSetFor(rules(50), vocabulary, ids).rules).toEqual(set.rules);
    const broken = rules(50);
    (broken[0] as { priority: unknown }).priority = 'high';
    for (let round = 0; round < 2; round += 1)
      expect(() => ruleSetFor(broken, vocabulary, ids)).toThrow();
  });
});
