import { defineConfig } from 'vitest/config';

// The scoring tests only, without type tests: what Stryker runs against each mutant. Workspace packages
// resolve each other's `src` as in the root vitest.config.ts.
const sourceCondition = '@praktijkscan/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition] },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    include: ['packages/scoring/test/**/*.test.ts'],
    // The fuzz tests only assert that errors are typed (the test command runs them); the Python
    // re-implementation checks the shipped vectors, not the code under mutation.
    exclude: ['packages/scoring/test/fuzz.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // Once per mutant, a few generated cases each (vitest.setup.ts).
    env: { PRAKTIJKSCAN_PROPERTY_RUNS: '20', PRAKTIJKSCAN_PROPERTY_SEED: '20261201' },
    // Stryker runs vitest in worker threads, where setting process.env.TZ changes no zone: the
    // time-zone tests run in the test command only (docs/quality.md).
    testNamePattern: /^(?!time zones |conformance vectors an independent Python)/,
  },
});
