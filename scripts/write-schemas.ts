// Writes a package's JSON Schemas into its schemas/ folder; run from the package directory by its build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const packageDir = process.cwd();
const { schemaFiles } = (await import(
  pathToFileURL(resolve(packageDir, 'scripts/schemas.ts')).href
)) as {
  schemaFiles: () => { file: string; schema: unknown }[];
};
const outDir = join(packageDir, 'schemas');
mkdirSync(outDir, { recursive: true });
for (const { file, schema } of schemaFiles()) {
  writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${schemaFiles().length} JSON Schema file(s) to ${outDir}`);
