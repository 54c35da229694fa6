// The closing line is what CI logs and people read first: it must never say "0 failed" for a run
// that failed. Each case runs a real vitest on a deliberately broken file.

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const fixtures = fileURLToPath(new URL('./fixtures/summary-reporter', import.meta.url));
const vitestCli = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

async function closingLine(...args: string[]): Promise<{ line: string; exitCode: number }> {
  const { CI: _ci, ...env } = process.env;
  const result = await promisify(execFile)(
    process.execPath,
    [vitestCli, 'run', '--root', fixtures, ...args],
    { env: { ...env, FORCE_COLOR: '0' }, timeout: 60_000 },
  ).then(
    ({ stdout }) => ({ stdout, exitCode: 0 }),
    (error: { stdout: string; code: number }) => ({ stdout: error.stdout, exitCode: error.code }),
  );
  const line = result.stdout.split('\n').find((text) => text.startsWith('tests: ')) ?? '';
  return { line, exitCode: result.exitCode };
}

describe('the closing summary line', { timeout: 60_000 }, () => {
  it.concurrent.each([
    ['passing', 'a passing test', 'tests: 1 passed, 0 failed, 0 skipped', 0],
    ['failing-hook', 'a suite whose beforeAll throws', 'tests: 0 passed, 1 failed, 1 skipped', 1],
    [
      'failing-import',
      'a file that throws while it loads',
      'tests: 0 passed, 1 failed, 0 skipped',
      1,
    ],
    ['unhandled', 'an unhandled rejection', 'tests: 1 passed, 1 failed, 0 skipped', 1],
  ])('counts %s (%s)', async (file, _what, expected, exitCode) => {
    expect(await closingLine('--typecheck.enabled=false', file)).toEqual({
      line: expected,
      exitCode,
    });
  });

  it('counts a type error in a type test', async () => {
    expect(await closingLine('--typecheck.only')).toEqual({
      line: 'tests: 0 passed, 1 failed, 0 skipped',
      exitCode: 1,
    });
  });
});
