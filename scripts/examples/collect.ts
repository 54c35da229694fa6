// Collects the ```ts blocks under every `@example` tag in the packages' sources and turns each
// into a module that runs the example and asserts what its comments say it returns. Used by
// scripts/examples.test.ts; the convention is in CONTRIBUTING.md ("TSDoc examples").
//
// A statement followed by a comment that is a JavaScript literal asserts that the statement's
// value equals that literal:
//
//   round1(2, 3); // 66.7
//   const score = scoreResponse(sampleHalfway).overall; // 59.7
//   samplePractices.map((sample) => sample.practiceId);
//   // ['sample-de-linde', 'sample-rivierzicht', 'sample-zuiderpark']
//
// The literal may be followed by an explanation in parentheses: `// 6.3 (6.25 rounds half up)`.
// A comment that starts like a literal (a digit, a quote, `[`, `{`, true, false, null,
// undefined) but is not one is an error, so that no stated value goes unchecked.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

export const repositoryRoot = join(import.meta.dirname, '..', '..');

/** One ```ts block under an `@example` tag. */
export interface Example {
  /** The source file, relative to the repository root, with forward slashes. */
  readonly file: string;
  /** The 1-based line of the block's first line of code in that file. */
  readonly line: number;
  /** The export the comment documents (the declaration after the comment). */
  readonly name: string;
  /** The code as written. */
  readonly code: string;
}

/** An example turned into a module: the code with its assertions, line for line. */
export interface ExampleModule {
  /** The module's source: the example's lines, each stated value asserted on its own line. */
  readonly source: string;
  /** How many assertions the module makes. */
  readonly assertions: number;
  /** Comments that look like a stated value but cannot be checked, each with its file line. */
  readonly problems: readonly string[];
}

/** Every `.ts` file under `packages/<name>/src`, relative to the repository root. */
export function exampleSourceFiles(root = repositoryRoot): string[] {
  const files: string[] = [];
  for (const packageName of readdirSync(join(root, 'packages')).sort()) {
    const source = join(root, 'packages', packageName, 'src');
    let entries: string[];
    try {
      entries = readdirSync(source, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      if (entry.endsWith('.ts'))
        files.push(relative(root, join(source, entry)).split(sep).join('/'));
    }
  }
  return files;
}

const docComment = /\/\*\*[\s\S]*?\*\//g;
const fenceOpen = /^```(ts|typescript)\s*$/;
const anyFence = /^```/;
const declaredName =
  /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)|^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*[:(]/;

/**
 * The examples of one source file, plus problems with its `@example` tags (a tag with no ```ts
 * block, a block left open).
 */
export function collectExamples(
  file: string,
  text: string,
): { examples: Example[]; problems: string[] } {
  const examples: Example[] = [];
  const problems: string[] = [];
  for (const match of text.matchAll(docComment)) {
    const startLine = lineOf(text, match.index);
    const after = text.slice(match.index + match[0].length).split('\n', 3);
    const nameMatch = after.map((line) => declaredName.exec(line)).find(Boolean);
    const name = nameMatch?.[1] ?? nameMatch?.[2] ?? '(unnamed)';
    const lines = match[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''));
    let inExample = false;
    let exampleLine = 0;
    let blocksInTag = 0;
    let block: { line: number; code: string[] } | undefined;
    let otherFence = false;
    const closeTag = () => {
      if (inExample && blocksInTag === 0) {
        problems.push(`${file}:${exampleLine} (${name}): @example without a \`\`\`ts block`);
      }
      inExample = false;
    };
    lines.forEach((raw, index) => {
      const line = raw.replace(/\s*\*\/$/, '');
      const fileLine = startLine + index;
      if (block) {
        if (anyFence.test(line.trim())) {
          examples.push({ file, line: block.line, name, code: block.code.join('\n') });
          block = undefined;
        } else block.code.push(line);
        return;
      }
      if (otherFence) {
        if (anyFence.test(line.trim())) otherFence = false;
        return;
      }
      if (/^@\w+/.test(line.trim())) {
        closeTag();
        if (line.trim().startsWith('@example')) {
          inExample = true;
          exampleLine = fileLine;
          blocksInTag = 0;
        }
        return;
      }
      if (inExample && fenceOpen.test(line.trim())) {
        block = { line: fileLine + 1, code: [] };
        blocksInTag += 1;
      } else if (anyFence.test(line.trim())) otherFence = true;
    });
    if (block) problems.push(`${file}:${block.line} (${name}): a \`\`\`ts block is never closed`);
    closeTag();
  }
  return { examples, problems };
}

/** Every example under `packages/<name>/src`, with every problem found in collecting them. */
export function collectAllExamples(root = repositoryRoot): {
  examples: Example[];
  problems: string[];
} {
  const examples: Example[] = [];
  const problems: string[] = [];
  for (const file of exampleSourceFiles(root)) {
    const found = collectExamples(file, readFileSync(join(root, file), 'utf8'));
    examples.push(...found.examples);
    problems.push(...found.problems);
  }
  return { examples, problems };
}

/** The name under which an example's module asserts, and the module it imports it from. */
export const assertName = '__expectExample';
const assertModule = join(import.meta.dirname, 'assert.ts')
  .split(sep)
  .join('/');

/**
 * Turns an example into a module that asserts every stated value. Lines stay where they are, so
 * line `n` of the module is line `example.line + n - 1` of the source file.
 */
export function exampleModule(example: Example): ExampleModule {
  const code = example.code;
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const lines = code.split('\n');
  const edits: { start: number; end: number; text: string }[] = [];
  const problems: string[] = [];
  const claimedLines = new Set<number>();
  let assertions = 0;

  const fileLine = (line: number) => `${example.file}:${example.line + line}`;

  const visit = (node: ts.Node) => {
    // A relative import names a file beside the documented source file: make it absolute.
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text.startsWith('.')
    ) {
      const target = join(repositoryRoot, dirname(example.file), node.moduleSpecifier.text);
      edits.push({
        start: node.moduleSpecifier.getStart(sourceFile),
        end: node.moduleSpecifier.end,
        text: JSON.stringify(target.split(sep).join('/')),
      });
    }
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const endLine = sourceFile.getLineAndCharacterOfPosition(node.end).line;
      const stated = statedValue(lines, endLine, code.slice(node.end, lineEndOf(code, node.end)));
      if (stated) {
        for (const line of stated.lines) claimedLines.add(line);
        const location = fileLine(endLine);
        if ('problem' in stated) {
          problems.push(`${location}: ${stated.problem}`);
        } else if (ts.isExpressionStatement(node)) {
          const expression = node.expression.getText(sourceFile);
          edits.push({
            start: node.getStart(sourceFile),
            end: node.end,
            text: `${assertName}((${expression}), (${stated.value}), ${JSON.stringify(location)});`,
          });
          assertions += 1;
        } else {
          const [declaration] = node.declarationList.declarations;
          if (
            node.declarationList.declarations.length === 1 &&
            declaration &&
            ts.isIdentifier(declaration.name)
          ) {
            edits.push({
              start: node.end,
              end: node.end,
              text: ` ${assertName}(${declaration.name.text}, (${stated.value}), ${JSON.stringify(location)});`,
            });
            assertions += 1;
          } else {
            problems.push(
              `${location}: a stated value after a declaration of more than one name; state it after an expression`,
            );
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);

  // A literal-like comment that no statement claimed would go unchecked: say so.
  for (const comment of lineComments(code)) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(comment.start);
    if (claimedLines.has(line) || !looksLikeValue(comment.text)) continue;
    const before = (lines[line] ?? '').slice(0, character);
    // A value-like line inside a block of prose comment lines is part of the prose.
    if (before.trim() === '' && line > 0 && /^\s*\/\//.test(lines[line - 1] ?? '')) continue;
    problems.push(
      `${fileLine(line)}: the comment "// ${comment.text.trim()}" looks like a stated value but follows no expression it can be checked against`,
    );
  }

  let source = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    source = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
  }
  // The import goes after the last line, so that every line keeps its number (imports are hoisted).
  source += `\nimport { expectStatedValue as ${assertName} } from ${JSON.stringify(assertModule)};\n`;
  return { source, assertions, problems };
}

type StatedValue =
  | { readonly value: string; readonly lines: readonly number[] }
  | { readonly problem: string; readonly lines: readonly number[] };

/**
 * The value stated after the statement ending on `endLine`: its trailing comment, or the comment
 * lines right below it, possibly continued over further comment lines.
 */
function statedValue(lines: string[], endLine: number, rest: string): StatedValue | undefined {
  const trailing = /^\s*;?\s*\/\/\s?(.*)$/.exec(rest);
  let first: number;
  let parts: string[];
  if (trailing) {
    first = endLine;
    parts = [trailing[1] ?? ''];
  } else if (rest.trim() === '' || rest.trim() === ';') {
    const below = /^\s*\/\/\s?(.*)$/.exec(lines[endLine + 1] ?? '');
    if (!below) return undefined;
    first = endLine + 1;
    parts = [below[1] ?? ''];
  } else return undefined;
  if (!looksLikeValue(parts[0] ?? '')) return undefined;
  const claimed = [first];
  for (let next = first + 1; ; next += 1) {
    const value = literalPrefix(parts.join('\n'));
    if (value !== undefined) return { value: value.replaceAll('\n', ' '), lines: claimed };
    const continuation = /^\s*\/\/\s?(.*)$/.exec(lines[next] ?? '');
    if (!continuation) break;
    parts.push(continuation[1] ?? '');
    claimed.push(next);
  }
  return {
    problem: `the stated value "${parts.join(' ').trim()}" is not a JavaScript literal (a number, string, true, false, null, undefined, or an array or object of those), optionally followed by an explanation in parentheses`,
    lines: claimed,
  };
}

const valueStart = /^\s*(-?\d|-?\.\d|['"[{]|(true|false|null|undefined|NaN)\b)/;

function looksLikeValue(comment: string): boolean {
  return valueStart.test(comment);
}

/** The literal at the start of `text`, where the rest is empty or `(explanation)`. */
function literalPrefix(text: string): string | undefined {
  const trimmed = text.trim();
  if (isLiteral(trimmed)) return trimmed;
  if (!trimmed.endsWith(')')) return undefined;
  for (
    let index = trimmed.lastIndexOf('(');
    index > 0;
    index = trimmed.lastIndexOf('(', index - 1)
  ) {
    if (!/\s/.test(trimmed[index - 1] ?? '')) continue;
    const prefix = trimmed.slice(0, index).trim();
    if (isLiteral(prefix)) return prefix;
  }
  return undefined;
}

function isLiteral(text: string): boolean {
  if (text === '') return false;
  const file = ts.createSourceFile('value.ts', `(${text}\n);`, ts.ScriptTarget.Latest, true);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly unknown[] })
    .parseDiagnostics;
  if (diagnostics.length > 0 || file.statements.length !== 1) return false;
  const [statement] = file.statements;
  if (!statement || !ts.isExpressionStatement(statement)) return false;
  return isLiteralNode(statement.expression);
}

function isLiteralNode(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteralNode(node.expression);
  if (
    ts.isNumericLiteral(node) ||
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node)
  ) {
    return true;
  }
  if (
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  if (ts.isIdentifier(node)) return node.text === 'undefined' || node.text === 'NaN';
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteralNode);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) =>
        ts.isPropertyAssignment(property) &&
        (ts.isIdentifier(property.name) ||
          ts.isStringLiteral(property.name) ||
          ts.isNumericLiteral(property.name)) &&
        isLiteralNode(property.initializer),
    );
  }
  return false;
}

/** Every `//` comment of the code (not `//` inside a string), with its text after the slashes. */
function lineComments(code: string): { start: number; text: string }[] {
  const comments: { start: number; text: string }[] = [];
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    code,
  );
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia) {
      comments.push({
        start: scanner.getTokenStart(),
        text: scanner.getTokenText().replace(/^\/\/\s?/, ''),
      });
    }
  }
  return comments;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
  }
  return line;
}

function lineEndOf(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}
