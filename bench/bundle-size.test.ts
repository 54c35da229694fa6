import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qualityAspects, questionnaire } from '@praktijkscan/model';
import { recommendations } from '@praktijkscan/recommendations';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserEntry,
  type BundleWeight,
  browserEntries,
  budgets,
  bundleEntry,
  bundleText,
  jsonPathMarkers,
} from './support/bundle';

// These bundle the BUILT packages (packages/*/dist), as a vendor's bundler would: `pnpm test`
// builds before it runs the tests. Without a build they fail, saying so.
const built = (name: string) =>
  fileURLToPath(new URL(`../packages/${name}/dist/index.js`, import.meta.url));

describe('browser bundle budgets (bench/budgets.json)', () => {
  const weights = new Map<BrowserEntry, BundleWeight>();

  beforeAll(async () => {
    for (const name of ['model', 'scoring', 'recommendations']) {
      if (!existsSync(built(name)))
        throw new Error(`packages/${name}/dist is missing: build first (pnpm build)`);
    }
    for (const entry of browserEntries) weights.set(entry, await bundleEntry(entry));
  }, 60_000);

  it('has a budget for every entry and only for them', () => {
    expect(Object.keys(budgets.entries).sort()).toEqual([...browserEntries].sort());
  });

  it('enforces each target: an entry with a target has a budget no higher than it', () => {
    for (const { gzipBytes, targetGzipBytes } of Object.values(budgets.entries))
      if (targetGzipBytes !== null) expect(gzipBytes).toBeLessThanOrEqual(targetGzipBytes);
    expect(budgets.entries['model-scoring'].targetGzipBytes).toBe(33 * 1024);
    expect(budgets.entries['recommendations-nl'].targetGzipBytes).toBe(63 * 1024);
  });

  it.each(browserEntries)('%s stays within its gzipped budget', (entry) => {
    const weight = weights.get(entry) as BundleWeight;
    const budget = budgets.entries[entry].gzipBytes;
    expect(
      weight.gzipBytes,
      `${entry}: ${weight.gzipBytes} bytes gzipped, budget ${budget}`,
    ).toBeLessThanOrEqual(budget);
  });

  it.each(browserEntries)('%s holds no jsonpath-plus code', (entry) => {
    const weight = weights.get(entry) as BundleWeight;
    for (const forbidden of budgets.forbidden) {
      expect(Object.keys(weight.inputs).filter((path) => path.includes(forbidden))).toEqual([]);
    }
    expect(jsonPathMarkers.filter((marker) => weight.text.includes(marker))).toEqual([]);
  });

  it('recommendations-nl holds the Dutch texts and none of the English ones', () => {
    const { text } = weights.get('recommendations-nl') as BundleWeight;
    // esbuild writes non-ASCII characters escaped: compare the texts that are ASCII throughout.
    const ascii = (texts: readonly string[]) => texts.filter((t) => /^[\x20-\x7e]+$/.test(t));
    const texts = (locale: 'nl' | 'en') =>
      ascii([
        ...recommendations.map((step) => step.title[locale]),
        ...questionnaire.items.map((item) => item.text[locale]),
        ...qualityAspects.map((aspect) => aspect.label[locale]),
      ]);
    expect(texts('nl').length).toBeGreaterThan(50);
    expect(texts('en').length).toBeGreaterThan(50);
    expect(texts('nl').filter((dutch) => !text.includes(dutch))).toEqual([]);
    expect(texts('en').filter((english) => text.includes(english))).toEqual([]);
  });

  it('the checks do see jsonpath-plus: json-rules-engine bundled as published holds it', async () => {
    const control = await bundleText('control', "export { Engine } from 'json-rules-engine';");
    expect(Object.keys(control.inputs).some((path) => path.includes('jsonpath-plus'))).toBe(true);
    expect(jsonPathMarkers.filter((marker) => control.text.includes(marker))).toEqual([
      ...jsonPathMarkers,
    ]);
  });
});

/** A text found in the code of each of json-rules-engine's dependencies, and not in ours. */
const engineDependencyMarkers = {
  clone: '__getRegExpFlags',
  eventemitter2: 'defaultMaxListeners',
  'hash-it': '[object AsyncGeneratorFunction]',
};

describe('the built @praktijkscan/recommendations', () => {
  it('the checks do see json-rules-engine’s dependencies: each marker is in its package', () => {
    const engineRequire = createRequire(
      createRequire(import.meta.url).resolve('json-rules-engine', {
        paths: [fileURLToPath(new URL('../packages/recommendations', import.meta.url))],
      }),
    );
    for (const [name, marker] of Object.entries(engineDependencyMarkers))
      expect(readFileSync(engineRequire.resolve(name), 'utf8')).toContain(marker);
  });

  // Every module of dist in one format: the entries (index, editions/nl, editions/en) and, in the
  // ES module build, the chunks they share.
  const distCode = (extension: '.js' | '.cjs') => {
    const root = fileURLToPath(new URL('../packages/recommendations/dist/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith(extension),
    );
    expect(files).toContain(`index${extension}`);
    expect(files).toContain(join('editions', `nl${extension}`));
    return files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  };

  it.each(['.js', '.cjs'] as const)(
    'dist/**/*%s holds no jsonpath-plus code and imports none',
    (extension) => {
      const code = distCode(extension);
      expect(jsonPathMarkers.filter((marker) => code.includes(marker))).toEqual([]);
      expect(code).not.toMatch(/(?:from|require\()\s*["']jsonpath-plus["']/);
      // json-rules-engine is bundled with its JSONPath import pointed at the refusing stand-in.
      expect(code).toContain('praktijkscan rules do not evaluate JSONPath');
    },
  );

  it.each([
    ['.js', /from ["']([^."'][^"']*)["']/g],
    ['.cjs', /require\(["']([^."'][^"']*)["']\)/g],
  ] as const)(
    'dist/**/*%s imports only the package’s own dependencies: json-rules-engine’s are stood in for',
    (extension, imports) => {
      const code = distCode(extension);
      const imported = new Set([...code.matchAll(imports)].map((match) => match[1]));
      expect([...imported].sort()).toEqual([
        '@praktijkscan/model',
        '@praktijkscan/model/en',
        '@praktijkscan/model/nl',
        '@praktijkscan/scoring',
        'zod/mini',
      ]);
      // None of their code is bundled either.
      for (const marker of Object.values(engineDependencyMarkers))
        expect(code).not.toContain(marker);
      for (const standIn of [
        'condition-copy',
        'event-emitter',
        'fact-cache-key',
        'jsonpath-refused',
      ])
        expect(code).toContain(`src/engine/${standIn}.ts`);
    },
  );
});
