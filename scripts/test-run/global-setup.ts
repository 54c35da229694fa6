// Every test run gets a temporary folder of its own, so that a run can check it left nothing
// behind (scripts/test-run/left-behind.test.ts) even while other runs share the machine.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own temporary folder, which TMPDIR names for the test workers. */
    runTempDir: string;
  }
}

const runTempDirVariable = 'PRAKTIJKSCAN_RUN_TMPDIR';

export default function setup(project: TestProject): (() => void) | undefined {
  // Each vitest project runs the global set-up; the first one makes the folder, the others share it.
  const existing = process.env[runTempDirVariable];
  if (existing) {
    project.provide('runTempDir', existing);
    return undefined;
  }
  const runTempDir = mkdtempSync(join(tmpdir(), 'praktijkscan-test-run-'));
  const systemTempDir = process.env.TMPDIR;
  // Workers start after this and inherit it, so os.tmpdir() in every test names the run's folder.
  process.env.TMPDIR = runTempDir;
  process.env[runTempDirVariable] = runTempDir;
  project.provide('runTempDir', runTempDir);
  return () => {
    delete process.env[runTempDirVariable];
    if (systemTempDir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = systemTempDir;
    rmSync(runTempDir, { recursive: true, force: true });
  };
}
