// Mutation testing of the response validation of @praktijkscan/model (docs/quality.md): every mutant of its source must be
// caught by the response tests of the model.
import { createRequire } from 'node:module';

// pnpm keeps the runner out of core's reach, so it is named by its path.
const vitestRunner = createRequire(import.meta.url).resolve('@stryker-mutator/vitest-runner');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: [vitestRunner],
  vitest: { configFile: 'mutation/vitest.validation.config.ts', related: false },
  mutate: [
    'packages/model/src/response/**/*.ts',
    '!packages/model/src/response/types.ts',
    '!packages/model/src/response/messages/**',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  // The score table only: `pnpm mutation:survivors` lists the mutants that lived.
  clearTextReporter: { reportMutants: false },
  jsonReporter: { fileName: '.tmp/mutation/validation.json' },
  tempDirName: '.tmp/stryker-validation',
  // The results of the last whole run are kept in the repository: a run reuses every mutant whose
  // code and tests did not change and tests only the rest (docs/quality.md). `--force` tests all.
  incremental: true,
  incrementalFile: 'mutation/results/validation.json',
  thresholds: { high: 90, low: 85, break: 85 },
  ignoreStatic: true,
  timeoutMS: 10000,
};
