// Mutation testing of @praktijkscan/scoring (docs/quality.md): every mutant of its source must be
// caught by the scoring tests.
import { createRequire } from 'node:module';

// pnpm keeps the runner out of core's reach, so it is named by its path.
const vitestRunner = createRequire(import.meta.url).resolve('@stryker-mutator/vitest-runner');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: [vitestRunner],
  vitest: { configFile: 'mutation/vitest.scoring.config.ts', related: false },
  mutate: ['packages/scoring/src/**/*.ts', '!packages/scoring/src/index.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  // The score table only: `pnpm mutation:survivors` lists the mutants that lived.
  clearTextReporter: { reportMutants: false },
  jsonReporter: { fileName: '.tmp/mutation/scoring.json' },
  tempDirName: '.tmp/stryker-scoring',
  // The results of the last whole run are kept in the repository: a run reuses every mutant whose
  // code and tests did not change and tests only the rest (docs/quality.md). `--force` tests all.
  incremental: true,
  incrementalFile: 'mutation/results/scoring.json',
  thresholds: { high: 95, low: 90, break: 90 },
  ignoreStatic: true,
  timeoutMS: 10000,
};
