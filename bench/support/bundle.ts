import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';

/** The browser entries in bench/entries, by name. */
export const browserEntries = ['model-scoring', 'recommendations', 'recommendations-nl'] as const;
export type BrowserEntry = (typeof browserEntries)[number];

export interface Budgets {
  /**
   * Per entry: the budget the test enforces, and the issue's target where one applies
   * (docs/performance.md); `null` for an entry whose budget only catches growth.
   */
  readonly entries: Readonly<
    Record<
      BrowserEntry,
      {
        readonly gzipBytes: number;
        readonly targetGzipBytes: number | null;
        /** Why the budget is above the target, and what is left to win it back. */
        readonly overTarget?: string;
      }
    >
  >;
  /** Packages whose code must not be in any browser bundle. */
  readonly forbidden: readonly string[];
}

export const budgets: Budgets = JSON.parse(
  readFileSync(fileURLToPath(new URL('../budgets.json', import.meta.url)), 'utf8'),
);

/** Texts found in jsonpath-plus's code (and its expression parser, jsep) and nowhere in ours. */
export const jsonPathMarkers = [
  '@parentProperty',
  'prevented in JSONPath expression',
  'JavaScript Expression Parser',
  'otherTypeCallback',
] as const;

export interface BundleWeight {
  readonly entry: BrowserEntry;
  /** Minified bytes. */
  readonly bytes: number;
  /** Bytes gzipped at level 9. */
  readonly gzipBytes: number;
  /** The bundled files (paths relative to the repository), with their minified bytes in it. */
  readonly inputs: Readonly<Record<string, number>>;
  readonly text: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles a browser entry as a vendor's bundler would: from the BUILT packages (their `import`
 * condition, so `packages/<name>/dist/*.js`), for the browser, minified and tree-shaken, one ES
 * module.
 */
export function bundleEntry(entry: BrowserEntry): Promise<BundleWeight> {
  return bundle(entry, {
    entryPoints: [fileURLToPath(new URL(`../entries/${entry}.ts`, import.meta.url))],
  });
}

/** Bundles module text (resolved from the repository root) the same way as the entries. */
export function bundleText<Name extends string>(
  name: Name,
  contents: string,
): Promise<Omit<BundleWeight, 'entry'> & { entry: Name }> {
  return bundle(name, { stdin: { contents, resolveDir: root, loader: 'ts' } });
}

async function bundle<Name extends string>(
  entry: Name,
  input: Pick<BuildOptions, 'entryPoints' | 'stdin'>,
): Promise<Omit<BundleWeight, 'entry'> & { entry: Name }> {
  const result = await build({
    ...input,
    absWorkingDir: root,
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  const [meta] = Object.values(result.metafile.outputs);
  const inputs = Object.fromEntries(
    Object.entries(meta?.inputs ?? {}).map(([path, used]) => [path, used.bytesInOutput]),
  );
  return {
    entry,
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    inputs,
    text: output.text,
  };
}

/** The bundled packages (node_modules folders, or `packages/<name>`) with their minified bytes. */
export function bytesByPackage(weight: BundleWeight): [string, number][] {
  const byPackage = new Map<string, number>();
  for (const [path, bytes] of Object.entries(weight.inputs)) {
    const inModules = /node_modules\/(?!\.pnpm)((?:@[^/]+\/)?[^/]+)/.exec(
      path.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'node_modules/'),
    );
    const name = inModules?.[1] ?? /^packages\/[^/]+/.exec(path)?.[0] ?? path;
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]);
}
