// Builds the API reference into docs/reference/ with TypeDoc and fails (exit 1) on an
// undocumented export, a broken link, or an exported function, class or constant without an
// @example. Run by the test command; the output is not committed.
import { Application, type DeclarationReflection, ReflectionKind } from 'typedoc';

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
await app.generateDocs(project, 'docs/reference');
const problems = app.logger.hasErrors() || app.logger.hasWarnings() || missing.length > 0;
console.log(
  problems
    ? 'reference: FAILED'
    : 'reference: every export documented, with examples; written to docs/reference/',
);
process.exit(problems ? 1 : 0);
