import type { Options } from 'tsup';

/**
 * How every `@praktijkscan/*` library is built: ES module and CommonJS with declarations for
 * both, for any platform. A package's tsup.config.ts passes its entries and any additions.
 */
export function libraryBuild(entry: string[], additions: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    ...additions,
  };
}
