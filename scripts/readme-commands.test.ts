// The README's command-line lines are for copying: each one runs as written, in order, from a
// folder of the repository, after the Quick start has built the command line.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The lines of the first `sh` block under a README heading. */
function shellLinesUnder(heading: string): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`\n## ${heading}\n`));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block?.[1]) throw new Error(`no sh block under "## ${heading}"`);
  return block[1].split('\n').filter((line) => line.trim() !== '');
}

const lines = shellLinesUnder('Command line');
// Inside the repository (pnpm exec finds the workspace's bin from there), outside git's view.
const scratch = join(root, 'node_modules', '.cache', `readme-commands-${process.pid}`);
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the README's command-line lines", { timeout: 120_000 }, () => {
  it('names praktijkscan on every line that runs it', () => {
    expect(lines.filter((line) => line.includes('praktijkscan')).length).toBeGreaterThanOrEqual(6);
    for (const line of lines.filter((line) => line.includes('praktijkscan')))
      expect(line).toMatch(/^npx -y pnpm@10\.34\.9 exec praktijkscan /);
  });

  it('run as written, one after the other, and do what the README says', async () => {
    if (!existsSync(join(root, 'packages', 'cli', 'dist', 'cli.js')))
      throw new Error('packages/cli/dist/cli.js is missing: run the build first');
    const outputs: string[] = [];
    for (const line of lines) {
      const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', line], {
        cwd: scratch,
      }).catch((error: { stderr: string }) => {
        throw new Error(`"${line}" failed: ${error.stderr}`);
      });
      outputs.push(stdout);
    }
    expect(outputs[0]).toContain('Usage: praktijkscan');
    expect(readFileSync(join(scratch, 'rapport.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(outputs.join('')).toMatch(/^(valid|geldig)$/m);
    expect(readFileSync(join(scratch, 'vragenlijst.md'), 'utf8')).toContain('# ');
    const scores = readFileSync(join(scratch, 'scores.ndjson'), 'utf8').trim().split('\n');
    expect(scores).toHaveLength(2);
    expect(JSON.parse(scores[1] ?? '{}')).toHaveProperty('aggregate');
  });
});
