// The mutation check in the test command skips a run only while nothing its outcome depends on
// changed: the fingerprint must see every change of an input's content, name or set of files.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOf, mutationRuns } from './run';
import { mutationScore, type StrykerReport } from './score';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const base = mkdtempSync(join(tmpdir(), 'praktijkscan-fingerprint-'));
  folders.push(base);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

describe('fingerprintOf', () => {
  const inputs = { inputs: ['src', 'config.mjs'] };
  const files = { 'src/a.ts': 'a', 'src/deep/b.ts': 'b', 'config.mjs': 'c', 'other.ts': 'o' };

  it('is the same for the same files, wherever they are', () => {
    expect(fingerprintOf(inputs, tree(files))).toBe(fingerprintOf(inputs, tree(files)));
  });

  it('changes with a file content, a file name, an added file or a removed one', () => {
    const base = tree(files);
    const seen = new Set([fingerprintOf(inputs, base)]);
    writeFileSync(join(base, 'src/deep/b.ts'), 'B');
    seen.add(fingerprintOf(inputs, base));
    renameSync(join(base, 'src/deep/b.ts'), join(base, 'src/deep/c.ts'));
    seen.add(fingerprintOf(inputs, base));
    writeFileSync(join(base, 'src/d.ts'), '');
    seen.add(fingerprintOf(inputs, base));
    rmSync(join(base, 'config.mjs'));
    writeFileSync(join(base, 'config.mjs'), 'c');
    expect(fingerprintOf(inputs, base)).toBe([...seen].at(-1));
    rmSync(join(base, 'src/a.ts'));
    seen.add(fingerprintOf(inputs, base));
    expect(seen.size).toBe(5);
  });

  it('does not see files outside its inputs', () => {
    const base = tree(files);
    const before = fingerprintOf(inputs, base);
    writeFileSync(join(base, 'other.ts'), 'changed');
    expect(fingerprintOf(inputs, base)).toBe(before);
  });

  it('keeps a file boundary: moving text from one file to the next changes it', () => {
    expect(
      fingerprintOf(inputs, tree({ 'src/a.ts': 'ab', 'src/b.ts': '', 'config.mjs': '' })),
    ).not.toBe(fingerprintOf(inputs, tree({ 'src/a.ts': 'a', 'src/b.ts': 'b', 'config.mjs': '' })));
  });
});

describe('the mutation runs', () => {
  it('name inputs that exist, their configs among them', () => {
    for (const run of mutationRuns) {
      expect(run.inputs).toContain(run.config);
      for (const input of run.inputs) expect(existsSync(join(root, input)), input).toBe(true);
    }
  });
});

describe('mutationScore', () => {
  const report = (...statuses: string[]): StrykerReport => ({
    files: {
      'a.ts': {
        source: '',
        mutants: statuses.map((status) => ({
          mutatorName: 'BooleanLiteral',
          status,
          location: { start: { line: 1, column: 1 } },
        })),
      },
    },
  });

  it('counts killed and timed out as detected, survived and uncovered as not, the rest in neither', () => {
    const score = mutationScore(
      report('Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError'),
    );
    expect(score.detected).toBe(3);
    expect(score.undetected).toBe(2);
    expect(score.score).toBe(60);
    expect(score.statuses.get('Ignored')).toBe(1);
  });

  it('is 100 for a run without a counted mutant', () => {
    expect(mutationScore(report('Ignored')).score).toBe(100);
  });
});
