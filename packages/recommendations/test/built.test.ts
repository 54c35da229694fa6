import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from '@fast-check/vitest';
import { questionnaire } from '@praktijkscan/model';
import { scoreResponse } from '@praktijkscan/scoring';
import { beforeAll, describe, expect, it } from 'vitest';
import { responseArb } from '../../scoring/test/support/arbitraries';
import * as source from '../src';
import * as sourceEn from '../src/editions/en';
import * as sourceNl from '../src/editions/nl';
import { candidateResponses } from './support/candidates';

// The other tests run the sources, with json-rules-engine as published. dist bundles
// json-rules-engine with its dependencies replaced by our stand-ins (tsup.config.ts), and that is
// what users run: it must recommend exactly what the sources do. `pnpm test` builds first.
const builtEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
let built: typeof source;
const sourceEditions = { nl: sourceNl, en: sourceEn } as const;

beforeAll(async () => {
  if (!existsSync(builtEntry))
    throw new Error('packages/recommendations/dist is missing: build first (pnpm build)');
  built = (await import(builtEntry)) as typeof source;
});

// Many recommend calls on two paths: seconds on a busy two-core machine.
describe('the built package recommends what the sources do', { timeout: 120_000 }, () => {
  it('for the responses that between them fire every rule, with and without extra rules', async () => {
    const extraRules = [
      {
        name: 'extra-low-overall',
        priority: 1,
        conditions: { all: [{ fact: 'overall', operator: 'lessThan', value: 101 }] },
        event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
      },
    ];
    const fired = new Set<string>();
    for (const { response, asOf, team } of candidateResponses()) {
      const result = scoreResponse(response);
      const teamOption = team ? { team } : {};
      for (const options of [
        { asOf, ...teamOption },
        { asOf, locale: 'en' as const, extraRules, ...teamOption },
      ]) {
        const expected = await source.recommend(result, response, options);
        expect(await built.recommend(result, response, options)).toEqual(expected);
        for (const step of expected) fired.add(step.id);
      }
    }
    expect(fired.size).toBe(source.recommendations.length);
  });

  it('in the language editions too', async () => {
    for (const locale of ['nl', 'en'] as const) {
      const entry = fileURLToPath(new URL(`../dist/editions/${locale}.js`, import.meta.url));
      const builtEdition = (await import(entry)) as typeof sourceEditions.nl;
      for (const { response, asOf, team } of candidateResponses()) {
        const result = scoreResponse(response);
        const options = { asOf, ...(team ? { team } : {}) };
        expect(await builtEdition.recommend(result, response, options)).toEqual(
          await sourceEditions[locale].recommend(result, response, options),
        );
      }
    }
  });

  test.prop([responseArb(questionnaire)])('for any valid response', async (response) => {
    const result = scoreResponse(response);
    const options = { asOf: '2100-01-01' };
    expect(await built.recommend(result, response, options)).toEqual(
      await source.recommend(result, response, options),
    );
  });
});
