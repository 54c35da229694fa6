import { defineConfig } from 'vitest/config';

// The model's tests only, without type tests: what Stryker runs against each mutant. Workspace packages
// resolve each other's `src` as in the root vitest.config.ts.
const sourceCondition = '@praktijkscan/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition] },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    include: ['packages/model/test/**/*.test.ts'],
    // The fuzz tests only assert that errors are typed (the test command runs them).
    exclude: ['packages/model/test/fuzz.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // Once per mutant, a few generated cases each (vitest.setup.ts).
    env: { PRAKTIJKSCAN_PROPERTY_RUNS: '20', PRAKTIJKSCAN_PROPERTY_SEED: '20261201' },
  },
});
