// The documentation each package ships, so that its README's links work where it is installed
// (node_modules has no ../../docs). `pnpm docs:packages` writes the copies; a test keeps them
// current and checks that no link in a package leads outside it.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** Per package: repository file → where its copy goes inside the package. */
export const shippedDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  model: {
    'docs/domain.md': 'docs/domain.md',
    'docs/validation.md': 'docs/validation.md',
    'docs/integration.md': 'docs/integration.md',
    'docs/scoring.md': 'docs/scoring.md',
    'reference/spec/DOMAIN.md': 'docs/DOMAIN.md',
    'docs/team-scan.md': 'docs/team-scan.md',
    'docs/migration-2.0.md': 'docs/migration-2.0.md',
  },
  scoring: {
    'docs/scoring.md': 'docs/scoring.md',
    'docs/validation.md': 'docs/validation.md',
    'docs/domain.md': 'docs/domain.md',
    'reference/spec/SCORING.md': 'conformance/SCORING.md',
    'reference/spec/DOMAIN.md': 'docs/DOMAIN.md',
    'docs/team-scan.md': 'docs/team-scan.md',
  },
  recommendations: {
    'docs/recommendations.md': 'docs/recommendations.md',
    'docs/migration.md': 'docs/migration.md',
    'docs/integration.md': 'docs/integration.md',
    'docs/performance.md': 'docs/performance.md',
    'docs/report-data.md': 'docs/report-data.md',
    'docs/scoring.md': 'docs/scoring.md',
    'reference/spec/SCORING.md': 'docs/SCORING.md',
    'docs/team-scan.md': 'docs/team-scan.md',
    'docs/migration-2.0.md': 'docs/migration-2.0.md',
  },
  'report-data': {
    'docs/report-data.md': 'docs/report-data.md',
    'docs/migration.md': 'docs/migration.md',
    'docs/integration.md': 'docs/integration.md',
    'docs/recommendations.md': 'docs/recommendations.md',
    'docs/scoring.md': 'docs/scoring.md',
    'docs/performance.md': 'docs/performance.md',
    'docs/team-scan.md': 'docs/team-scan.md',
  },
  fhir: {
    'docs/integration.md': 'docs/integration.md',
    'docs/validation.md': 'docs/validation.md',
    'docs/team-scan.md': 'docs/team-scan.md',
  },
  cli: {
    'docs/report-data.md': 'docs/report-data.md',
    'docs/validation.md': 'docs/validation.md',
    'docs/team-scan.md': 'docs/team-scan.md',
  },
};

const markdownLink = /(!?)\[([^\]]*)\]\(([^)\s]+)\)/g;
const isExternal = (target: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#');

/**
 * A document as a package ships it: a link to a file of the package, or to a file the package
 * ships a copy of, points there; a link to anything else of the repository keeps its words and
 * loses the link. `source` is the document's path in the repository, `copyPath` its path in the
 * package.
 */
export function packagedText(
  packageName: string,
  source: string,
  copyPath: string,
  text: string,
): string {
  const shipped = shippedDocs[packageName] ?? {};
  const ownFolder = `packages/${packageName}/`;
  const inPackage = (repositoryPath: string) =>
    shipped[repositoryPath] ??
    (repositoryPath.startsWith(ownFolder) ? repositoryPath.slice(ownFolder.length) : undefined);
  return text.replace(markdownLink, (whole, bang: string, words: string, target: string) => {
    if (isExternal(target)) return whole;
    const [path = '', anchor] = target.split('#');
    const targetInRepository = posix.normalize(posix.join(posix.dirname(source), path));
    const targetCopy = path === '' ? copyPath : inPackage(targetInRepository.replace(/\/$/, ''));
    if (targetCopy === undefined) return bang ? '' : words;
    const link = posix.relative(posix.dirname(copyPath), targetCopy) || posix.basename(copyPath);
    return `${bang}[${words}](${link}${anchor === undefined ? '' : `#${anchor}`})`;
  });
}

/** Writes every package's copies; returns the paths written, relative to the repository. */
export function writePackageDocs(): string[] {
  const written: string[] = [];
  for (const [packageName, files] of Object.entries(shippedDocs)) {
    for (const [source, copy] of Object.entries(files)) {
      const target = join(repositoryRoot, 'packages', packageName, copy);
      mkdirSync(dirname(target), { recursive: true });
      const text = readFileSync(join(repositoryRoot, source), 'utf8');
      writeFileSync(target, packagedText(packageName, source, copy, text));
      written.push(relative(repositoryRoot, target));
    }
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const path of writePackageDocs()) process.stdout.write(`${path}\n`);
}
