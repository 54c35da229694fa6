import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/** What a test run came to, as the closing line states it. */
export interface RunOutcome {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * Counts a run's outcome so that no failure goes uncounted: each failed test; each error of a test
 * file that no test carries (a `beforeAll` that throws, an import that fails, a type error outside
 * a test); each unhandled error. A run that vitest calls failed never closes on "0 failed".
 */
export function countOutcome(
  testModules: readonly TestModule[],
  unhandledErrors: readonly SerializedError[],
  reason: TestRunEndReason,
): RunOutcome {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const module of testModules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed += 1;
      else if (state === 'failed') failed += 1;
      else skipped += 1;
    }
    failed += module.errors().length;
    for (const suite of module.children.allSuites()) failed += suite.errors().length;
  }
  failed += unhandledErrors.length;
  if (reason === 'failed' && failed === 0) failed = 1;
  return { passed, failed, skipped };
}

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, after vitest's own
 * summary, so that CI logs state the outcome in a form any tool can read.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: readonly TestModule[],
    unhandledErrors: readonly SerializedError[],
    reason: TestRunEndReason,
  ): void {
    const { passed, failed, skipped } = countOutcome(testModules, unhandledErrors, reason);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
