import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, exportsWithoutEntryPoint } from './reference/checks';

const repositoryRoot = join(import.meta.dirname, '..');
const { entryPoints } = JSON.parse(readFileSync(join(repositoryRoot, 'typedoc.json'), 'utf8')) as {
  entryPoints: string[];
};

describe("the API reference's entry points", () => {
  it('cover every code export of every package', () => {
    expect(exportsWithoutEntryPoint(entryPoints, repositoryRoot)).toEqual([]);
  });

  it('name each export left out', () => {
    const withoutCli = entryPoints.filter((entry) => !entry.startsWith('packages/cli/'));
    const withoutSamples = entryPoints.filter((entry) => !entry.includes('/samples/'));
    expect(exportsWithoutEntryPoint(withoutCli, repositoryRoot)).toEqual([
      '@praktijkscan/cli: add packages/cli/src/index.ts',
    ]);
    expect(exportsWithoutEntryPoint(withoutSamples, repositoryRoot)).toEqual([
      '@praktijkscan/model/samples: add packages/model/src/samples/index.ts',
    ]);
  });
});

describe('the links of the generated pages', () => {
  const folder = mkdtempSync(join(tmpdir(), 'praktijkscan-reference-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lead to files that exist, and never to a file name as a web address', () => {
    mkdirSync(join(folder, 'functions'));
    writeFileSync(join(folder, 'index.html'), '<a href="functions/f.html#x">f</a>');
    writeFileSync(
      join(folder, 'functions', 'f.html'),
      [
        '<a href="../index.html">up</a>',
        '<a href="#anchor">here</a>',
        '<a href="https://typedoc.org/">TypeDoc</a>',
        '<a href="http://SCORING.md">SCORING.md</a>',
        '<a href="../modules/gone.html">gone</a>',
      ].join('\n'),
    );
    expect(brokenLinks(folder)).toEqual([
      'functions/f.html: http://SCORING.md (a file name turned into a web address)',
      'functions/f.html: ../modules/gone.html (modules/gone.html does not exist)',
    ]);
  });
});
