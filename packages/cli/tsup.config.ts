import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: the report renderers and runCli, for tests and other tools.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // The bin is built by the second config into the same folder at the same time: keep it, and
    // the chunks of the commands it loads when they run (`pnpm build` empties dist first, so no
    // chunk of an earlier build stays).
    clean: ['!cli.js', '!cli-*.js'],
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    outDir: 'dist',
  },
  {
    // The `praktijkscan` bin: one ES module with a shebang.
    entry: ['src/cli.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    // Each command is loaded when it runs (`--help` loads none): its code is a chunk of its own,
    // named apart from the library's chunks, which the library build cleans.
    esbuildOptions(options) {
      options.chunkNames = 'cli-[name]-[hash]';
    },
  },
]);
