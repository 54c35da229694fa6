// The packages as a vendor gets them: packed as they would be published, installed with npm into a
// new project outside the workspace, and used from ESM, CommonJS, TypeScript and the command line.

import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseResponse } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackages } from './pack';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./consumer', import.meta.url));
const run = promisify(execFile);

let workDir: string;
let project: string;

async function inProject(command: string, args: string[]) {
  return run(command, args, { cwd: project, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
}

describe('the packed packages in a new npm project', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(join(root, 'packages', 'cli', 'dist', 'cli.js')))
      throw new Error('the packages are not built: run the build first');
    workDir = mkdtempSync(join(tmpdir(), 'praktijkscan-consumer-'));
    const tarballs = packPackages(join(workDir, 'tarballs'));
    project = join(workDir, 'project');
    await run('mkdir', ['-p', project]);
    writeFileSync(
      join(project, 'package.json'),
      `${JSON.stringify({ name: 'a-vendors-app', private: true, version: '1.0.0' }, null, 2)}\n`,
    );
    for (const file of readdirSync(fixtures))
      copyFileSync(join(fixtures, file), join(project, file));
    await inProject('npm', [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--prefer-offline',
      ...tarballs,
    ]);
  }, 240_000);

  // Removing the project's node_modules took over vitest's 10 s for hooks on a loaded machine.
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  }, 120_000);

  it('installs every package from its tarball alone, siblings by a semver range', async () => {
    const { stdout } = await inProject('npm', ['ls', '--all', '--json']);
    const tree = JSON.parse(stdout) as {
      dependencies: Record<string, { version: string; dependencies?: Record<string, unknown> }>;
    };
    const names = Object.keys(tree.dependencies).sort();
    expect(names).toEqual([
      '@praktijkscan/cli',
      '@praktijkscan/fhir',
      '@praktijkscan/model',
      '@praktijkscan/recommendations',
      '@praktijkscan/report-data',
      '@praktijkscan/scoring',
    ]);
    for (const name of names) expect(tree.dependencies[name]?.version).toBe('0.1.0');
  });

  it('gives the same bytes from ESM and CommonJS, and the scores of the workspace', async () => {
    const esm = (await inProject(process.execPath, ['pipeline.mjs'])).stdout;
    const cjs = (await inProject(process.execPath, ['pipeline.cjs'])).stdout;
    expect(cjs).toBe(esm);
    const outputs = JSON.parse(esm) as {
      result: { overall: number | null };
      steps: unknown[];
      roundTripEqual: boolean;
    }[];
    expect(outputs).toHaveLength(samplePractices.length);
    outputs.forEach((output, index) => {
      const sample = parseResponse(samplePractices[index]);
      expect(output.result).toEqual(JSON.parse(JSON.stringify(scoreResponse(sample))));
      expect(output.steps.length).toBeGreaterThan(0);
      expect(output.roundTripEqual).toBe(true);
    });
  });

  it.each([
    ['the oldest supported TypeScript (5.4)', 'typescript-oldest'],
    ["the repository's TypeScript", 'typescript'],
  ])('type-checks under node16 and bundler resolution with %s', async (_label, typescript) => {
    const tsc = join(root, 'node_modules', typescript, 'bin', 'tsc');
    for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
      await inProject(process.execPath, [tsc, '-p', config]).catch((error: { stdout: string }) => {
        throw new Error(`tsc -p ${config} (${typescript}) failed:\n${error.stdout}`);
      });
    }
  });

  it('runs the command line through npx', async () => {
    const { stdout } = await inProject('npx', [
      '--no-install',
      'praktijkscan',
      'demo',
      '--lang',
      'en',
      '--out',
      'demo',
    ]);
    // The demo scores the halfway sample: its overall score as the workspace computes it.
    const halfway = samplePractices[1];
    expect(halfway?.practiceId).toBe('sample-rivierzicht');
    expect(stdout).toContain((scoreResponse(halfway as never).overall ?? 0).toFixed(1));
    for (const name of ['report.html', 'report.md', 'report-data.json', 'response.json'])
      expect(existsSync(join(project, 'demo', name))).toBe(true);
    const version = await inProject('npx', ['--no-install', 'praktijkscan', '--version']);
    expect(version.stdout.trim()).toBe('0.1.0');
  });
});
