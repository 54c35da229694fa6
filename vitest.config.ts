import { defineConfig } from 'vitest/config';

// Workspace packages resolve each other's `src` through this export condition, so tests never
// need a build first (as in zod's monorepo).
const sourceCondition = '@praktijkscan/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition] },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    setupFiles: ['./vitest.setup.ts'],
    // A guard against a hung test, not a timing: CI runs 1,000 property runs on 2 cores.
    testTimeout: process.env.CI ? 60_000 : 5_000,
    globalSetup: ['./scripts/test-run/global-setup.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: [
            'packages/*/test/**/*.test.ts',
            'examples/*/test/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['scripts/test-run/**', '**/node_modules/**'],
          typecheck: {
            enabled: true,
            include: ['packages/*/test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Checks on the run as a whole, after every other test file has finished.
        extends: true,
        test: {
          name: 'after the run',
          include: ['scripts/test-run/*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
