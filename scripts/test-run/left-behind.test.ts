// Runs after every other test file (its project's groupOrder is last in vitest.config.ts).

import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, inject, it } from 'vitest';

it('the tests leave no praktijkscan-* folder in the temporary directory', () => {
  const runTempDir = inject('runTempDir');
  expect(tmpdir()).toBe(runTempDir);
  const leftBehind = readdirSync(runTempDir).filter((name) => name.startsWith('praktijkscan-'));
  expect(leftBehind).toEqual([]);
});
