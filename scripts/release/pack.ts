// `pnpm release:pack`: every publishable package as the tarball npm would publish, into one folder.
// pnpm writes each sibling dependency's `workspace:^` as `^<version>`, as `pnpm publish` would.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Packs every package under `packages/` (needs a build first) and returns the tarballs' paths. */
export function packPackages(destination: string): string[] {
  const target = resolve(destination);
  mkdirSync(target, { recursive: true });
  execFileSync(
    join(root, 'node_modules', '.bin', 'pnpm'),
    ['-r', '--filter', './packages/*', 'pack', '--pack-destination', target],
    { cwd: root, stdio: 'ignore' },
  );
  return readdirSync(target)
    .filter((name) => name.endsWith('.tgz'))
    .sort()
    .map((name) => join(target, name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const destination = process.argv[2] ?? 'release';
  for (const tarball of packPackages(destination)) process.stdout.write(`${tarball}\n`);
}
