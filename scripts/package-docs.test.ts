import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedText, repositoryRoot, shippedDocs } from './package-docs';

const markdownLink = /!?\[[^\]]*\]\(([^)\s]+)\)/g;

/** Every Markdown file a package publishes, by its path inside the package. */
function publishedMarkdown(packageName: string): string[] {
  const folder = join(repositoryRoot, 'packages', packageName);
  const { files } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    files: string[];
  };
  const found: string[] = [];
  const walk = (path: string) => {
    const full = join(folder, path);
    if (!existsSync(full) || path.includes('node_modules')) return;
    if (statSync(full).isDirectory())
      for (const name of readdirSync(full)) walk(posix.join(path, name));
    else if (path.endsWith('.md')) found.push(path);
  };
  for (const entry of files.filter((entry) => entry !== 'dist')) walk(entry);
  return found.sort();
}

describe('the documentation each package ships', () => {
  for (const [packageName, files] of Object.entries(shippedDocs)) {
    it(`@praktijkscan/${packageName}: the copies are current (else run \`npx -y pnpm@10.34.9 docs:packages\`)`, () => {
      for (const [source, copy] of Object.entries(files)) {
        const expected = packagedText(
          packageName,
          source,
          copy,
          readFileSync(join(repositoryRoot, source), 'utf8'),
        );
        const actual = readFileSync(join(repositoryRoot, 'packages', packageName, copy), 'utf8');
        expect(actual, `${packageName}/${copy}`).toBe(expected);
      }
    });

    it(`@praktijkscan/${packageName}: every link of its Markdown leads to a file it publishes`, () => {
      const published = new Set(publishedMarkdown(packageName));
      const folder = join(repositoryRoot, 'packages', packageName);
      const broken: string[] = [];
      for (const file of published) {
        const text = readFileSync(join(folder, file), 'utf8');
        for (const [, target = ''] of text.matchAll(markdownLink)) {
          if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
          const path = posix.normalize(posix.join(posix.dirname(file), target.split('#')[0] ?? ''));
          const inside = !path.startsWith('..') && existsSync(join(folder, path));
          const publishedPath = path.endsWith('.md') ? published.has(path) : inside;
          if (!inside || !publishedPath) broken.push(`${file}: ${target}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it('ships SCORING.md beside the conformance vectors', () => {
    expect(
      readFileSync(join(repositoryRoot, 'packages/scoring/conformance/SCORING.md'), 'utf8'),
    ).toContain('# ');
    expect(publishedMarkdown('scoring')).toContain('conformance/SCORING.md');
  });
});
