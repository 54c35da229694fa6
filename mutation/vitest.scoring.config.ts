import { defineConfig } from 'vitest/config';

// The scoring tests only, without type tests: what Stryker runs against each mutant. Workspace packages
// resolve each other's `src` as in the root vitest.config.ts.
const sourceCondition = '@praktijkscan/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition] },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    include: ['packages/scoring/test/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // Stryker runs vitest in worker threads, where setting process.env.TZ changes no zone: the
    // time-zone tests run in the test command only (docs/quality.md).
    testNamePattern: /^(?!time zones )/,
  },
});
