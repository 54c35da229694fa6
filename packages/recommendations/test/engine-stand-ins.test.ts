import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { parseResponse, questionnaire } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { Engine, Fact, type Rule } from 'json-rules-engine';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFacts, builtinRules, recommend } from '../src';
import copyConditionTree from '../src/engine/condition-copy';
import EventEmitter from '../src/engine/event-emitter';
import factCacheKey from '../src/engine/fact-cache-key';
import { standIns } from '../tsup.config';

// The build bundles json-rules-engine with each of its dependencies replaced by a module of ours
// (tsup.config.ts). These tests hold each stand-in to the original, and to json-rules-engine's
// use of it, so that an upgrade of json-rules-engine that needs more of them fails here.

const require = createRequire(import.meta.url);
const engineEntry = require.resolve('json-rules-engine');
const engineRequire = createRequire(engineEntry);
const clone = engineRequire('clone') as <Value>(value: Value) => Value;
const engineCode = readdirSync(dirname(engineEntry))
  .filter((file) => file.endsWith('.js'))
  .map((file) => readFileSync(join(dirname(engineEntry), file), 'utf8'))
  .join('\n');

function stockEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const rule of builtinRules) engine.addRule(rule as never);
  return engine;
}

/** Every object and array in a value, to check that a copy shares none with its original. */
function containers(value: unknown, found = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object') {
    found.add(value);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

describe('the stand-ins for json-rules-engine’s dependencies', () => {
  it('cover exactly the packages json-rules-engine requires', () => {
    const required = new Set(
      [...engineCode.matchAll(/require\('([^.'][^']*)'\)/g)].map((match) => match[1]),
    );
    expect([...required].sort()).toEqual(Object.keys(standIns).sort());
  });

  it('json-rules-engine calls only on and emitAsync of its event emitters', () => {
    const emitterMethods =
      /\.(on|off|once|emit\w*|addListener|prependListener|removeListener|removeAllListeners|listeners\w*|listenerCount|many|onAny|offAny|setMaxListeners|waitFor|eventNames)\(/g;
    const called = new Set([...engineCode.matchAll(emitterMethods)].map((match) => match[1]));
    expect([...called].sort()).toEqual(['emitAsync', 'on']);
    expect(Object.keys(EventEmitter.prototype).sort()).toEqual(['emitAsync', 'on']);
  });
});

describe('condition copy (for clone)', () => {
  it('copies every built-in rule’s condition tree as clone does: same values, same prototypes, nothing shared', () => {
    // json-rules-engine keeps its Rule objects in `rules`, which its types leave out.
    for (const rule of (stockEngine() as unknown as { rules: Rule[] }).rules) {
      const { conditions } = rule as unknown as { conditions: object };
      const copy = copyConditionTree(conditions);
      expect(copy).toStrictEqual(clone(conditions));
      expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(conditions));
      const original = containers(conditions);
      for (const part of containers(copy)) expect(original.has(part)).toBe(false);
    }
  });

  it('copies an own "__proto__" key as a key, leaving the prototype alone', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "all": []}') as object;
    const copy = copyConditionTree(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'all']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect(copy.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Compared with the value itself, not with clone: clone 2.1.2 drops an own key that shadows an
  // Object.prototype member without a setter, e.g. { valueOf: null } becomes {}.
  test.prop([fc.jsonValue()], { examples: [[JSON.parse('{"__proto__": ""}')]] })(
    'copies any JSON value whole, sharing nothing with it',
    (value) => {
      const copy = copyConditionTree(value);
      expect(copy).toStrictEqual(value);
      const original = containers(value);
      for (const part of containers(copy)) expect(original.has(part)).toBe(false);
    },
  );
});

describe('event emitter (for eventemitter2)', () => {
  // json-rules-engine's classes are compiled to ES5: they call their base constructor without `new`.
  function Subclass(this: object) {
    (EventEmitter as unknown as (this: object) => void).call(this);
  }
  Subclass.prototype = Object.create(EventEmitter.prototype);
  type Emitter = {
    on(event: string, listener: (...args: unknown[]) => unknown): Emitter;
    emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
  };
  const create = () => new (Subclass as unknown as new () => Emitter)();

  it('resolves to nothing when no one listens', async () => {
    await expect(create().emitAsync('success', { type: 'recommend' })).resolves.toEqual([]);
  });

  it('calls the listeners of an event in the order they were added, with the arguments and the emitter as this, and resolves to their results', async () => {
    const emitter = create();
    const calls: unknown[] = [];
    expect(
      emitter
        .on('success', function (this: unknown, ...args: unknown[]) {
          calls.push(['first', this === emitter, ...args]);
          return 1;
        })
        .on('success', async (...args: unknown[]) => {
          calls.push(['second', ...args]);
          return 2;
        }),
    ).toBe(emitter);
    emitter.on('failure', () => calls.push('failure'));
    await expect(emitter.emitAsync('success', 'event', 'almanac')).resolves.toEqual([1, 2]);
    expect(calls).toEqual([
      ['first', true, 'event', 'almanac'],
      ['second', 'event', 'almanac'],
    ]);
    await expect(create().emitAsync('success')).resolves.toEqual([]);
  });
});

describe('fact cache key (for hash-it)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test.prop([fc.string(), fc.jsonValue(), fc.string(), fc.jsonValue()])(
    'gives equal keys for equal facts and parameters, and different keys otherwise',
    (id, params, otherId, otherParams) => {
      const key = factCacheKey({ params, id });
      expect(factCacheKey({ params, id })).toBe(key);
      const same = id === otherId && JSON.stringify(params) === JSON.stringify(otherParams);
      expect(factCacheKey({ params: otherParams, id: otherId }) === key).toBe(same);
    },
  );

  it('recommend makes no cache key at all: it hands the engine uncached facts', async () => {
    // Every cache key goes through this static method of Fact (its types leave it out).
    const hashes = vi.spyOn(
      Fact as unknown as { hashFromObject: (value: object) => string },
      'hashFromObject',
    );
    const [sample] = samplePractices;
    const response = parseResponse(sample);
    const result = scoreResponse(response);
    // The control: the engine run directly with plain facts does hash them.
    await stockEngine().run(
      Object.fromEntries(buildFacts(result, response, questionnaire, '2026-11-22')),
    );
    expect(hashes.mock.calls.length).toBeGreaterThan(0);
    hashes.mockClear();
    const steps = await recommend(result, response, { asOf: '2026-11-22' });
    expect(steps.length).toBeGreaterThan(0);
    expect(hashes).not.toHaveBeenCalled();
  });
});
