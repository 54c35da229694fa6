import {
  type PracticeResponseInput,
  parseResponse,
  ResponseValidationError,
} from '@praktijkscan/model';
import { sampleAdvanced, sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
import { compareByMatrix, quadrantOf, scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it, vi } from 'vitest';
import {
  buildFacts,
  builtinRules,
  getCatalogStep,
  RecommendOptionsError,
  RuleValidationError,
  recommend,
  recommendations,
} from '../src';
import { allMaxResponse, candidateResponses } from './support/candidates';

const jsonPathCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('jsonpath-plus', () => ({
  JSONPath: () => {
    jsonPathCalls.count += 1;
    throw new Error('JSONPath must never be evaluated');
  },
}));

const run = (
  response: PracticeResponseInput,
  options: Partial<Parameters<typeof recommend>[2]> = {},
) => recommend(scoreResponse(response), response, { asOf: '2026-11-22', ...options });

describe('recommend', () => {
  it('recommends steps for a starting practice, each with reasons whose actual value is the fact', async () => {
    const response = parseResponse(sampleStarting);
    const result = scoreResponse(response);
    const steps = await recommend(result, response, { asOf: '2026-11-22', locale: 'en' });
    expect(steps.length).toBeGreaterThan(3);
    const facts = buildFacts(
      result,
      response,
      (await import('@praktijkscan/model')).questionnaire,
      '2026-11-22',
    );
    for (const step of steps) {
      expect(step.reasons.length, step.id).toBeGreaterThan(0);
      for (const reason of step.reasons) {
        expect(reason.actual, `${step.id} ${reason.fact}`).toEqual(facts.get(reason.fact));
        expect(reason.text).toMatch(/\S/);
        expect(builtinRules.some((rule) => rule.name === reason.rule)).toBe(true);
      }
    }
  });

  it('orders steps as SCORING.md says: quadrant, effect, energy, weakest aspect, id', async () => {
    for (const sample of [sampleStarting, sampleHalfway, sampleAdvanced]) {
      const result = scoreResponse(sample);
      const steps = await recommend(result, sample, { asOf: '2026-11-22' });
      for (let index = 1; index < steps.length; index += 1) {
        expect(compareByMatrix(steps[index - 1]!, steps[index]!, result.aspects)).toBeLessThan(0);
      }
      for (const step of steps) expect(step.quadrant).toBe(quadrantOf(step.effect, step.energy));
    }
  });

  it('dates each step from asOf: start within its weeks, evaluate after its weeks', async () => {
    const steps = await run(sampleStarting, { asOf: '2026-12-24' });
    const first = steps[0]!;
    const entry = getCatalogStep(first.id)!;
    const start = new Date(Date.UTC(2026, 11, 24 + 7 * entry.startWithinWeeks));
    expect(first.startBy).toBe(start.toISOString().slice(0, 10));
    const evaluate = new Date(start.getTime() + 7 * entry.evaluateAfterWeeks * 86_400_000);
    expect(first.evaluateOn).toBe(evaluate.toISOString().slice(0, 10));
  });

  it("takes the practice's own effect and energy: the quadrant and the order follow", async () => {
    const steps = await run(sampleStarting);
    const first = steps[0]!;
    const rerated = await run(sampleStarting, {
      ratings: { [first.id]: { effect: 1, energy: 5 } },
    });
    const moved = rerated.find((step) => step.id === first.id)!;
    expect(moved).toMatchObject({ effect: 1, energy: 5, quadrant: 'never-do', rated: true });
    // Re-rated to never-do, it now comes after every step in the other quadrants.
    expect(
      rerated.slice(rerated.indexOf(moved) + 1).every((step) => step.quadrant === 'never-do'),
    ).toBe(true);
    expect(first.quadrant).not.toBe('never-do');
    expect(rerated.filter((step) => step.rated)).toHaveLength(1);
  });

  it('speaks Dutch by default and English when asked', async () => {
    const [nl] = await run(sampleStarting);
    const [en] = await run(sampleStarting, { locale: 'en' });
    const entry = getCatalogStep(nl!.id)!;
    expect(nl!.title).toBe(entry.title.nl);
    expect(en!.title).toBe(entry.title.en);
    expect(nl!.reasons[0]!.text).not.toBe(en!.reasons[0]!.text);
  });

  it("rejects bad options and a result that is not the response's, naming what is wrong", async () => {
    const result = scoreResponse(sampleStarting);
    const bad = async (options: object, response: unknown = sampleStarting, given = result) => {
      try {
        // A plain JavaScript caller can pass anything: the cast stands for that.
        await recommend(given, response as never, options as never);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(await bad({ asOf: '2026-02-30' })).toMatchObject({
      name: 'RecommendOptionsError',
      option: 'asOf',
    });
    expect(await bad({})).toBeInstanceOf(RecommendOptionsError);
    expect(await bad({ asOf: '2000-01-01' })).toMatchObject({ option: 'asOf' });
    expect(await bad({ asOf: '2026-11-22', locale: 'de' })).toMatchObject({ option: 'locale' });
    expect(
      await bad({ asOf: '2026-11-22', ratings: { 'no-such-step': { effect: 3, energy: 3 } } }),
    ).toMatchObject({ option: 'ratings.no-such-step' });
    const id = recommendations[0]!.id;
    expect(
      await bad({ asOf: '2026-11-22', ratings: { [id]: { effect: 6, energy: 3 } } }),
    ).toMatchObject({ option: `ratings.${id}.effect` });
    expect(await bad({ asOf: '2026-11-22' }, sampleHalfway)).toMatchObject({ option: 'result' });
    expect(
      await bad({ asOf: '2026-11-22' }, { ...sampleStarting, completedOn: 'yesterday' }),
    ).toBeInstanceOf(ResponseValidationError);
  });
});

describe('extra rules', () => {
  const target = () => recommendations[0]!.id;
  const rule = (overrides: object = {}) => ({
    name: 'vendor-portal-unused',
    priority: 10,
    conditions: {
      all: [{ fact: 'usage.patient-portal', operator: 'lessThanInclusive', value: 4 }],
    },
    event: { type: 'recommend', params: { recommendation: target() } },
    ...overrides,
  });

  it('adds the steps of a valid extra rule, with the rule named in the reasons', async () => {
    const steps = await run(allMaxResponse(), { extraRules: [rule()] });
    const step = steps.find((candidate) => candidate.id === target())!;
    expect(step.reasons.map((reason) => reason.rule)).toContain('vendor-portal-unused');
  });

  it.each([
    [
      'a JSONPath',
      { conditions: { all: [{ fact: 'overall', operator: 'equal', value: 1, path: '$.x' }] } },
      ['conditions', 'all', 0, 'path'],
    ],
    [
      'fact params',
      { conditions: { all: [{ fact: 'overall', operator: 'equal', value: 1, params: { a: 1 } }] } },
      ['conditions', 'all', 0, 'params'],
    ],
    [
      'a fact reference as value',
      {
        conditions: { all: [{ fact: 'overall', operator: 'equal', value: { fact: 'inkPhase' } }] },
      },
      ['conditions', 'all', 0, 'value'],
    ],
    [
      'an unknown fact',
      { conditions: { any: [{ fact: 'process.env', operator: 'equal', value: 1 }] } },
      ['conditions', 'any', 0, 'fact'],
    ],
    [
      'an unknown operator',
      { conditions: { all: [{ fact: 'overall', operator: 'regex', value: '.*' }] } },
      ['conditions', 'all', 0, 'operator'],
    ],
    [
      '"not"',
      { conditions: { not: { fact: 'overall', operator: 'equal', value: 1 } } },
      ['conditions'],
    ],
    ['a fractional priority', { priority: 1.5 }, ['priority']],
    [
      'event params beyond the recommendation',
      { event: { type: 'recommend', params: { recommendation: 'x', extra: { fact: 'overall' } } } },
      ['event', 'params', 'extra'],
    ],
    [
      'an unknown recommendation',
      { event: { type: 'recommend', params: { recommendation: 'no-such-step' } } },
      ['event', 'params', 'recommendation'],
    ],
    ["a built-in rule's name", { name: builtinRules[0]!.name }, ['name']],
    ['unknown top-level fields', { onSuccess: 'x' }, ['onSuccess']],
  ])('rejects %s, naming the rule and the field', async (_label, overrides, path) => {
    try {
      await run(allMaxResponse(), { extraRules: [rule(overrides)] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleValidationError);
      expect((error as RuleValidationError).issues.map((issue) => issue.path)).toContainEqual(path);
      const named = (error as RuleValidationError).issues[0]!.rule;
      expect(typeof named === 'string' ? named : 'index').not.toBe('');
    }
  });

  it("explains a reason in words, with the answer's scale label, in the locale", async () => {
    const { questionnaire } = await import('@praktijkscan/model');
    const item = questionnaire.items.find((candidate) => candidate.id === 'digital-care-vision')!;
    const extraRules = [
      rule({
        conditions: {
          all: [{ fact: 'answer.digital-care-vision', operator: 'lessThanInclusive', value: 4 }],
        },
        // A step no built-in rule gives this response: its one reason is the vendor's.
        event: { type: 'recommend', params: { recommendation: 'use-password-vault' } },
      }),
    ];
    const response = allMaxResponse({
      answers: { ...allMaxResponse().answers, 'digital-care-vision': 1 },
    });
    const reasonOf = async (locale: 'en' | 'nl') =>
      (await run(response, { extraRules, locale }))
        .flatMap((step) => step.reasons)
        .find((reason) => reason.rule === 'vendor-portal-unused');
    expect((await reasonOf('en'))?.text).toBe(
      `The answer to "${item.text.en}" is 1 (to a limited extent); this step applies when it is at most 4 (yes, fully).`,
    );
    expect((await reasonOf('nl'))?.text).toBe(
      `Het antwoord op "${item.text.nl}" is 1 (in beperkte mate); deze stap geldt als dat ten hoogste 4 (ja, volledig) is.`,
    );
  });

  it('says a named bottleneck in a sentence of its own, not "… named is yes"', async () => {
    // The halfway practice names repeat questions; the step to move them online gives it as a reason.
    const reasonsOf = async (locale: 'en' | 'nl') =>
      (await run(sampleHalfway, { locale }))
        .flatMap((step) => step.reasons)
        .filter((reason) => reason.fact === 'bottleneck.repeat-questions')
        .map((reason) => reason.text);
    expect(await reasonsOf('nl')).toEqual(['De praktijk noemt het knelpunt "Veel herhaalvragen".']);
    expect(await reasonsOf('en')).toEqual([
      'The practice names the bottleneck "Many repeat questions".',
    ]);
  });

  it('names an INK phase in a reason with its label beside the number, in both languages', async () => {
    const reasonsOf = async (response: Parameters<typeof run>[0], locale: 'en' | 'nl') =>
      (await run(response, { locale }))
        .flatMap((step) => step.reasons)
        .filter((reason) => reason.fact === 'inkPhase')
        .map((reason) => reason.text);
    // The starting sample is in phase 1; the step towards phase 2 names it.
    expect(await reasonsOf(sampleStarting, 'en')).toContain(
      'The INK phase is 1 (activity-oriented).',
    );
    expect(await reasonsOf(sampleStarting, 'nl')).toContain(
      'De INK-fase is 1 (activiteitgeoriënteerd).',
    );
    // Phase 0 has no label of its own in the INK model: it says that no phase is reached yet.
    const zeros = allMaxResponse({
      answers: Object.fromEntries(Object.keys(allMaxResponse().answers).map((id) => [id, 0])),
    });
    expect(await reasonsOf(zeros, 'en')).toContain('The INK phase is 0 (no phase reached yet).');
    expect(await reasonsOf(zeros, 'nl')).toContain('De INK-fase is 0 (nog geen fase bereikt).');
    // The labels of phases 1..5 are the model's.
    const { inkPhases } = await import('@praktijkscan/model');
    for (const locale of ['en', 'nl'] as const) {
      const reasons =
        locale === 'en'
          ? (await import('../src/locales/en')).en
          : (await import('../src/locales/nl')).nl;
      expect(reasons.values.inkPhases.slice(1)).toEqual(
        inkPhases.map((phase) => phase.label[locale].toLowerCase()),
      );
    }
    // A vendor's comparison shows the label of the phase it compares with too.
    const extraRules = [
      rule({
        conditions: { all: [{ fact: 'inkPhase', operator: 'lessThan', value: 3 }] },
        event: { type: 'recommend', params: { recommendation: 'use-password-vault' } },
      }),
    ];
    const vendorReason = async (locale: 'en' | 'nl') =>
      (await run(sampleStarting, { extraRules, locale }))
        .flatMap((step) => step.reasons)
        .find((reason) => reason.rule === 'vendor-portal-unused')?.text;
    expect(await vendorReason('en')).toBe(
      'The INK phase is 1 (activity-oriented); this step applies when it is less than 3 (system-oriented).',
    );
    expect(await vendorReason('nl')).toBe(
      'De INK-fase is 1 (activiteitgeoriënteerd); deze stap geldt als dat minder dan 3 (systeemgeoriënteerd) is.',
    );
  });

  it('rejects conditions nested too deep and rules too large', async () => {
    let deep: object = { fact: 'overall', operator: 'equal', value: 1 };
    for (let level = 0; level < 6; level += 1) deep = { all: [deep] };
    await expect(
      run(allMaxResponse(), { extraRules: [rule({ conditions: deep })] }),
    ).rejects.toThrow(/deeper than 4/);
    const wide = {
      any: Array.from({ length: 13 }, () => ({ fact: 'overall', operator: 'equal', value: 1 })),
    };
    await expect(
      run(allMaxResponse(), { extraRules: [rule({ conditions: wide })] }),
    ).rejects.toThrow(/at most 12 comparisons/);
    await expect(run(allMaxResponse(), { extraRules: 'rules' })).rejects.toThrow(
      RuleValidationError,
    );
    await expect(
      run(allMaxResponse(), { extraRules: Array.from({ length: 201 }, () => rule()) }),
    ).rejects.toThrow(/at most 200/);
  });

  it('never evaluates JSONPath, whatever the rules', async () => {
    for (const { response, asOf } of candidateResponses().slice(0, 12))
      await run(response, { asOf, extraRules: [rule()] });
    expect(jsonPathCalls.count).toBe(0);
  });
});

describe('content', () => {
  it('every recommendation is reachable: some response triggers it', async () => {
    const reached = new Set<string>();
    for (const { response, asOf, team } of candidateResponses()) {
      for (const step of await run(response, { asOf, ...(team ? { team } : {}) }))
        reached.add(step.id);
    }
    const unreached = recommendations.map((entry) => entry.id).filter((id) => !reached.has(id));
    expect(unreached).toEqual([]);
  });

  it('no rule fires on an all-maximum response except the maintenance steps', async () => {
    const steps = await run(allMaxResponse(), { asOf: '2026-06-15' });
    const notMaintenance = steps.filter((step) => !step.maintenance).map((step) => step.id);
    expect(notMaintenance).toEqual([]);
  });
});
