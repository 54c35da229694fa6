// Builds the API reference into docs/reference/ with TypeDoc and fails (exit 1) on an
// undocumented export, a broken link, an exported function, class or constant without an
// @example, a module not named by its npm name, a package export (`exports` subpath) that is not
// an entry point, or a generated page linking to a file that is not there (among them
// `http://SCORING.md`, which is what a file name becomes when Markdown links bare domains).
// Run by the test command; the output is not committed.
import { Application, type DeclarationReflection, ReflectionKind } from 'typedoc';
import { brokenLinks, exportsWithoutEntryPoint } from './reference/checks';

const output = 'docs/reference';
const packageScope = '@praktijkscan/';

const app = await Application.bootstrapWithPlugins({ options: 'typedoc.json' });
const project = await app.convert();
if (!project) {
  console.error('reference: TypeDoc could not convert the project');
  process.exit(1);
}
app.validate(project);

const needsExample = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable;
const missing: string[] = [];
for (const reflection of project.getReflectionsByKind(needsExample) as DeclarationReflection[]) {
  if (!reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) continue;
  const comments = [
    reflection.comment,
    ...(reflection.signatures ?? []).map((signature) => signature.comment),
  ];
  const hasExample = comments.some((comment) =>
    comment?.blockTags.some((tag) => tag.tag === '@example'),
  );
  if (!hasExample) missing.push(`${reflection.parent.name}: ${reflection.name}`);
}
const documentedKinds =
  needsExample | ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Enum;
const undocumented: string[] = [];
for (const reflection of project.getReflectionsByKind(documentedKinds) as DeclarationReflection[]) {
  if (!reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) continue;
  const comments = [
    reflection.comment,
    ...(reflection.signatures ?? []).map((signature) => signature.comment),
  ];
  if (!comments.some((comment) => comment?.summary.some((part) => part.text.trim() !== ''))) {
    undocumented.push(`${reflection.parent.name}: ${reflection.name}`);
  }
}
if (undocumented.length > 0) {
  console.error(
    `reference: ${undocumented.length} export(s) without a TSDoc summary:\n  ${undocumented.join('\n  ')}`,
  );
  missing.push(...undocumented);
}
if (missing.length > 0) {
  console.error(
    `reference: ${missing.length} export(s) without an @example:\n  ${missing.join('\n  ')}`,
  );
}
const wronglyNamed = (project.children ?? [])
  .filter((module) => module.kindOf(ReflectionKind.Module))
  .map((module) => module.name)
  .filter((name) => !name.startsWith(packageScope));
if (wronglyNamed.length > 0) {
  console.error(
    `reference: ${wronglyNamed.length} module(s) not named by their npm name (add \`@packageDocumentation\` and \`@module ${packageScope}...\` to the entry's first comment):\n  ${wronglyNamed.join('\n  ')}`,
  );
}
const notEntries = exportsWithoutEntryPoint(app.options.getValue('entryPoints'));
if (notEntries.length > 0) {
  console.error(
    `reference: ${notEntries.length} package export(s) missing from typedoc.json's entryPoints:\n  ${notEntries.join('\n  ')}`,
  );
}
await app.generateDocs(project, output);
const links = brokenLinks(output);
if (links.length > 0) {
  console.error(
    `reference: ${links.length} link(s) in the generated pages lead nowhere (write a file name in backticks, or link to a page that exists):\n  ${links.join('\n  ')}`,
  );
}
const problems =
  app.logger.hasErrors() ||
  app.logger.hasWarnings() ||
  missing.length > 0 ||
  wronglyNamed.length > 0 ||
  notEntries.length > 0 ||
  links.length > 0;
console.log(
  problems
    ? 'reference: FAILED'
    : 'reference: every export documented, with examples; written to docs/reference/',
);
process.exit(problems ? 1 : 0);
