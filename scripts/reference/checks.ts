// The checks of scripts/build-reference.ts that read files: which package exports typedoc.json
// leaves out, and which links of the generated pages lead nowhere.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// Subpaths that export files rather than code, so have no place in the API reference.
const dataSubpaths = new Set(['./package.json', './schemas/*', './conformance/*']);

/** Every `exports` subpath of every package that is code and not one of typedoc's entry points. */
export function exportsWithoutEntryPoint(entryPoints: readonly string[], root = '.'): string[] {
  const entries = new Set(entryPoints.map((entry) => resolve(root, entry)));
  const missing: string[] = [];
  for (const folder of readdirSync(join(root, 'packages')).sort()) {
    const manifestPath = join(root, 'packages', folder, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name: string;
      private?: boolean;
      exports?: Record<string, unknown>;
    };
    if (manifest.private) continue;
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (dataSubpaths.has(subpath)) continue;
      const source =
        typeof target === 'object' && target !== null
          ? (target as Record<string, unknown>)['@praktijkscan/source']
          : undefined;
      const name = `${manifest.name}${subpath.slice(1)}`;
      if (typeof source !== 'string') {
        missing.push(`${name}: no "@praktijkscan/source" condition to find its source by`);
      } else if (!entries.has(resolve(root, 'packages', folder, source))) {
        missing.push(`${name}: add packages/${folder}/${source.replace(/^\.\//, '')}`);
      }
    }
  }
  return missing;
}

/** Links in the generated pages to a local file that is not there, or to `http(s)://x.md`. */
export function brokenLinks(folder: string): string[] {
  const broken: string[] = [];
  const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((page) =>
    page.endsWith('.html'),
  );
  for (const page of pages) {
    const html = readFileSync(join(folder, page), 'utf8');
    for (const [, href = ''] of html.matchAll(/href="([^"]*)"/g)) {
      const where = `${page.split(sep).join('/')}: ${href}`;
      if (/^https?:\/\/[^/?#]*\.md(?:[/?#]|$)/i.test(href)) {
        broken.push(`${where} (a file name turned into a web address)`);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href === '') continue;
      const path = decodeURIComponent(href.replace(/[?#].*$/, ''));
      const target = resolve(dirname(join(folder, page)), path);
      if (!existsSync(target)) broken.push(`${where} (${relative(folder, target)} does not exist)`);
    }
  }
  return broken;
}
