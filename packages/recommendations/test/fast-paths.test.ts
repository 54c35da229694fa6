import { fc, test } from '@fast-check/vitest';
import { parseResponse, questionnaire } from '@praktijkscan/model';
import { sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { responseArb } from '../../scoring/test/support/arbitraries';
import { buildQuestionnaire, buildResponse } from '../../scoring/test/support/build';
import { buildFacts, builtinRules, recommend } from '../src';
import { compiledComparisons, compileRules } from '../src/engine/compile';
import {
  answerReaderFor,
  type FactValue,
  forEachFact,
  readAnswers,
  readScoreFacts,
  scoreFactSlotsFor,
} from '../src/facts/build';
import { factNames } from '../src/facts/names';

// The faster code paths of docs/performance.md ("What changed") against plain equivalents.

describe('recommend', () => {
  it('gives the same steps with a copy of the questionnaire that is not frozen (no cached lookups)', async () => {
    for (const sample of [sampleStarting, sampleHalfway]) {
      const response = parseResponse(sample);
      const result = scoreResponse(response);
      for (const locale of ['nl', 'en'] as const) {
        const expected = await recommend(result, response, { asOf: '2026-11-22', locale });
        const copy = structuredClone(questionnaire);
        expect(Object.isFrozen(copy)).toBe(false);
        expect(
          await recommend(result, response, { asOf: '2026-11-22', locale, questionnaire: copy }),
        ).toEqual(expected);
      }
    }
  });

  it('gives the same steps with and without extra rules that fire nothing, whatever ran before', async () => {
    const response = parseResponse(sampleStarting);
    const result = scoreResponse(response);
    const plain = await recommend(result, response, { asOf: '2026-11-22' });
    const quiet = {
      name: 'never-fires',
      priority: 1,
      conditions: { all: [{ fact: 'overall', operator: 'lessThan', value: -1 }] },
      event: {
        type: 'recommend',
        params: { recommendation: builtinRules[0]!.event.params.recommendation },
      },
    };
    expect(await recommend(result, response, { asOf: '2026-11-22', extraRules: [quiet] })).toEqual(
      plain,
    );
    expect(await recommend(result, response, { asOf: '2026-11-22' })).toEqual(plain);
  });
});

describe('reused engines', () => {
  it('a run that fails (a fact its rules name is missing) leaves later runs whole', async () => {
    // A custom questionnaire without an item the built-in rules ask about: the engine refuses.
    const short: typeof questionnaire = {
      ...structuredClone(questionnaire),
      items: questionnaire.items.filter((item) => item.id !== 'digital-care-vision'),
    };
    const { 'digital-care-vision': _left, ...answers } = sampleStarting.answers;
    const shortResponse = parseResponse({ ...sampleStarting, answers }, { questionnaire: short });
    const shortResult = scoreResponse(shortResponse, { questionnaire: short });

    const response = parseResponse(sampleHalfway);
    const result = scoreResponse(response);
    const expected = await recommend(result, response, { asOf: '2026-11-22' });
    for (let round = 0; round < 5; round += 1) {
      await expect(
        recommend(shortResult, shortResponse, { asOf: '2026-11-22', questionnaire: short }),
      ).rejects.toThrow(/digital-care-vision/);
      expect(await recommend(result, response, { asOf: '2026-11-22' })).toEqual(expected);
    }
  });
});

describe('forEachFact', () => {
  it('hands over exactly the facts of buildFacts, in the same order', () => {
    const response = parseResponse(sampleHalfway);
    const result = scoreResponse(response);
    const handed: [string, unknown][] = [];
    forEachFact(result, response, questionnaire, '2026-11-22', (fact, value) => {
      handed.push([fact, value]);
    });
    expect(handed).toEqual([...buildFacts(result, response, questionnaire, '2026-11-22')]);
  });

  it('given the facts the rules compare, hands over the same values of those, leaving out only answers and usages', () => {
    const response = parseResponse(sampleHalfway);
    const result = scoreResponse(response);
    const all = buildFacts(result, response, questionnaire, '2026-11-22');
    const wanted = new Set(['answer.digital-care-vision', 'overall', 'inkPhase', 'no-such-fact']);
    const handed: [string, unknown][] = [];
    forEachFact(
      result,
      response,
      questionnaire,
      '2026-11-22',
      (fact, value) => {
        handed.push([fact, value]);
      },
      null,
      wanted,
    );
    expect(handed).toEqual(
      [...all].filter(([fact]) => !/^(answer|usage)\./.test(fact) || wanted.has(fact)),
    );
    expect(handed.some(([fact]) => fact === 'answer.digital-care-vision')).toBe(true);
  });
});

describe('compiled numeric comparisons', () => {
  it('decide on numbers as json-rules-engine does (parseFloat of the number, then the comparison)', () => {
    const numbers = [0, -0, 1, 2.5, -3, 1e21, 5e-7, Number.NaN, Infinity, -Infinity];
    const engineNumeric = (value: unknown) =>
      Number.parseFloat(value as string).toString() !== 'NaN';
    for (const fact of numbers)
      for (const value of [0, 1, 2.5, 1e21]) {
        expect(compiledComparisons.lessThan(fact, value)).toBe(engineNumeric(fact) && fact < value);
        expect(compiledComparisons.greaterThanInclusive(fact, value)).toBe(
          engineNumeric(fact) && fact >= value,
        );
      }
  });
});

/** The facts recommendSync reads into the slots of compiled rules: the answer reader, then the rest. */
function readSlots(
  rules: Parameters<typeof compileRules>[0],
  result: ReturnType<typeof scoreResponse>,
  response: ReturnType<typeof parseResponse>,
  structure: typeof questionnaire,
  teamItemsToDiscuss: number | null = null,
) {
  const { slotByFact, facts } = compileRules(rules);
  const values: FactValue[] = new Array(facts.length);
  const given: boolean[] = new Array(facts.length).fill(false);
  readAnswers(answerReaderFor(structure, slotByFact), response.answers, values, given);
  readScoreFacts(
    scoreFactSlotsFor(slotByFact),
    result,
    response,
    '2026-11-22',
    teamItemsToDiscuss,
    values,
    given,
  );
  return { facts, values, given };
}

/** One rule per fact of the questionnaire (and the team's), so that every fact has a slot. */
const everyFactRules = [...factNames(questionnaire), 'teamItemsToDiscuss'].map((fact, index) => ({
  name: `compares-${index}`,
  priority: 1,
  conditions: { all: [{ fact, operator: 'equal', value: 0 }] },
  event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
}));

/** What forEachFact hands over for those facts: a value for each it has, none for the others. */
function expectSameAsBuildFacts(
  read: ReturnType<typeof readSlots>,
  all: Map<string, FactValue>,
): void {
  read.facts.forEach((fact, slot) => {
    expect(read.given[slot]).toBe(all.has(fact));
    if (all.has(fact)) expect(read.values[slot]).toBe(all.get(fact));
  });
}

describe('the answer reader of compiled rules', () => {
  test.prop([responseArb(questionnaire)])(
    'reads every fact of the built-in rules as buildFacts gives it, for any response',
    (generated) => {
      const response = parseResponse(generated);
      const result = scoreResponse(response);
      expectSameAsBuildFacts(
        readSlots(builtinRules, result, response, questionnaire),
        buildFacts(result, response, questionnaire, '2026-11-22'),
      );
    },
  );

  test.prop([responseArb(questionnaire), fc.option(fc.nat({ max: 60 }), { nil: null })])(
    'reads every fact of the questionnaire into its slot as forEachFact gives it, for any response',
    (generated, teamItemsToDiscuss) => {
      const response = parseResponse(generated);
      const result = scoreResponse(response);
      const handed = new Map<string, FactValue>();
      forEachFact(
        result,
        response,
        questionnaire,
        '2026-11-22',
        (fact, value) => {
          handed.set(fact, value);
        },
        teamItemsToDiscuss,
      );
      const read = readSlots(
        everyFactRules as never,
        result,
        response,
        questionnaire,
        teamItemsToDiscuss,
      );
      expect(read.given.every(Boolean)).toBe(true);
      expectSameAsBuildFacts(read, handed);
    },
  );

  test.prop([responseArb(questionnaire), fc.array(fc.nat(), { maxLength: 80 })])(
    'reads the same facts whatever the order of the answers, as buildFacts gives them',
    (generated, swaps) => {
      // A parsed response's answers come in questionnaire order, and the reader walks on through
      // the items; answers in another order (keys shuffled) must read the same.
      const response = parseResponse(generated);
      const keys = Object.keys(response.answers);
      for (const [step, swap] of swaps.entries()) {
        const from = step % Math.max(keys.length, 1);
        const to = swap % Math.max(keys.length, 1);
        [keys[from], keys[to]] = [keys[to] as string, keys[from] as string];
      }
      const shuffled: Record<string, unknown> = {};
      for (const key of keys) shuffled[key] = response.answers[key];
      const reordered = { ...response, answers: shuffled } as typeof response;
      const result = scoreResponse(response);
      expectSameAsBuildFacts(
        readSlots(builtinRules, result, reordered, questionnaire),
        buildFacts(result, response, questionnaire, '2026-11-22'),
      );
    },
  );

  it('reads an item named like a property every object has as reading it by name does', () => {
    // "constructor" is a valid item id, and every object has a property of that name: the reader
    // then reads each item by name, as forEachFact does (answers.constructor, unanswered, is
    // Object's constructor). parseResponse refuses such a response, so it is made by hand here.
    const custom = buildQuestionnaire(
      [
        { id: 'constructor', scale: 'agreement' },
        { id: 'vision', scale: 'agreement' },
      ],
      'reader-test',
    );
    const rule = (fact: string) => ({
      name: `reads-${fact}`,
      priority: 1,
      conditions: { all: [{ fact, operator: 'equal', value: 1 }] },
      event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
    });
    const { slotByFact, facts } = compileRules([
      rule('answer.constructor'),
      rule('answer.vision'),
      rule('answer.missing-item'),
    ] as never);
    const reader = answerReaderFor(custom, slotByFact);
    expect(reader.byName).toBe(true);
    const result = scoreResponse(sampleHalfway);
    for (const answers of [{ vision: 3 }, { constructor: 2, vision: 3 }]) {
      const response = buildResponse(custom, answers);
      const values: FactValue[] = new Array(facts.length);
      const given: boolean[] = new Array(facts.length).fill(false);
      readAnswers(reader, response.answers, values, given);
      const handed = new Map<string, unknown>();
      forEachFact(result, response, custom, '2026-11-22', (fact, value) => {
        if (/^(answer|usage)\./.test(fact)) handed.set(fact, value);
      });
      facts.forEach((fact, slot) => {
        expect(given[slot]).toBe(handed.has(fact));
        if (handed.has(fact)) expect(values[slot]).toBe(handed.get(fact));
      });
    }
  });
});
