// Runs the BUILT bin as a user would: `node packages/cli/dist/cli.js …` in a child process.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PracticeResponse } from '@praktijkscan/model';
import { afterAll } from 'vitest';

export const cliPath = resolve(fileURLToPath(import.meta.url), '../../../dist/cli.js');

/** Fails with a clear message where the bin has not been built (the root `test` builds first). */
export function requireBuiltCli(): void {
  if (!existsSync(cliPath)) {
    throw new Error(
      `${cliPath} is missing: build the cli first with \`npx -y pnpm@10.34.9 -r --filter @praktijkscan/cli... build\` (the root \`pnpm test\` builds before it runs vitest)`,
    );
  }
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `praktijkscan …args`, with `input` on stdin and `env` added to the environment, and
 * collects its output and exit code.
 */
export function runBin(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? process.cwd(),
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

const tempDirsOfThisFile: string[] = [];
// Registered when a test file first imports this module, so it runs once, after that file.
afterAll(() => {
  for (const dir of tempDirsOfThisFile.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test file that made it. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'praktijkscan-cli-'));
  tempDirsOfThisFile.push(dir);
  return dir;
}

/** Writes a value as JSON (or text as is) into `dir/name` and returns the path. */
export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** A response as plain, mutable JSON, to derive test responses from the frozen samples. */
export interface MutableResponse {
  [key: string]: unknown;
  practiceId?: string;
  practiceName?: string;
  completedOn: string;
  answers: Record<string, number | 'na'>;
  ideas: Record<string, unknown>[];
}

/** A mutable deep copy of a response. */
export function copyOf(response: PracticeResponse): MutableResponse {
  return JSON.parse(JSON.stringify(response));
}
