// Runs every TSDoc example in packages/*/src as a module and checks the values its comments state
// (`expr; // value`, see CONTRIBUTING.md, "TSDoc examples", and scripts/examples/collect.ts).
// Each example is written to a file under .tmp/ in the repository, so that the workspace packages
// resolve as they do in every test (the `@praktijkscan/source` condition), and imported.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectAllExamples,
  collectExamples,
  type Example,
  exampleModule,
  repositoryRoot,
} from './examples/collect';

const { examples, problems } = collectAllExamples();
const folder = join(repositoryRoot, '.tmp', `examples-${process.pid}`);

function moduleFileName(example: Example): string {
  return `${example.file.replaceAll('/', '-').replace(/\.ts$/, '')}-${example.line}.ts`;
}

/**
 * The error, named by the example and the line of the source file it happened on. A failed
 * stated value already names its line; it keeps its diff.
 */
function located(example: Example, file: string, error: unknown): unknown {
  if (error instanceof Error && error.message.startsWith(`${example.file}:`)) return error;
  const { message, stack } = error instanceof Error ? error : new Error(String(error));
  const at = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`).exec(stack ?? '');
  const line = at ? example.line + Number(at[1]) - 1 : example.line;
  const located = new Error(
    `${example.file}:${line} (example of ${example.name}): ${message}\n--- the example ---\n${example.code}`,
  );
  // No stack: the place that matters is the one in the message, not this test file.
  located.stack = `Error: ${located.message}`;
  return located;
}

beforeAll(() => mkdirSync(folder, { recursive: true }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('TSDoc examples', () => {
  it('are found, every @example with a ```ts block', () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  for (const example of examples) {
    const module = exampleModule(example);
    const values = module.assertions === 1 ? '1 value' : `${module.assertions} values`;
    it(`${example.file}:${example.line} ${example.name} (${values})`, async () => {
      expect(module.problems, `in the example of ${example.name}`).toEqual([]);
      expect.assertions(module.assertions + 1);
      const file = join(folder, moduleFileName(example));
      writeFileSync(file, module.source);
      try {
        await import(file);
      } catch (error) {
        throw located(example, file, error);
      }
    });
  }
});

describe('the example collector', () => {
  const source = [
    '/**',
    ' * Adds.',
    ' *',
    ' * @example',
    ' * ```ts',
    " * import { add } from './add';",
    ' * add(1, 2); // 3',
    ' * const list = [add(1, 1)]; // [2] (a list)',
    ' * add(0, 0);',
    ' * // 0 (the comment on the line below counts too)',
    ' * ```',
    ' * @example',
    ' * ```json',
    ' * {}',
    ' * ```',
    ' */',
    'export function add(a: number, b: number): number {',
  ].join('\n');

  it('finds the ```ts blocks of @example tags, with their name and first line', () => {
    const found = collectExamples('add.ts', source);
    expect(found.examples.map(({ line, name }) => ({ line, name }))).toEqual([
      { line: 6, name: 'add' },
    ]);
    expect(found.problems).toEqual(['add.ts:12 (add): @example without a ```ts block']);
  });

  it('asserts every stated value on the line it is stated, and reports what it cannot check', () => {
    const [example] = collectExamples('add.ts', source).examples;
    if (!example) throw new Error('no example');
    const module = exampleModule(example);
    expect(module.assertions).toBe(3);
    expect(module.problems).toEqual([]);
    const lines = module.source.split('\n');
    expect(lines[1]).toBe('__expectExample((add(1, 2)), (3), "add.ts:7"); // 3');
    expect(lines[2]).toContain('__expectExample(list, ([2]), "add.ts:8");');
    expect(lines[3]).toBe('__expectExample((add(0, 0)), (0), "add.ts:9");');

    const broken = exampleModule({
      ...example,
      code: 'add(1, 2); // 3 apples\nif (add(1, 1)) {} // [1, 2]',
    });
    expect(broken.assertions).toBe(0);
    expect(broken.problems).toEqual([
      expect.stringMatching(/^add\.ts:6: the stated value "3 apples" is not a JavaScript literal/),
      expect.stringMatching(/^add\.ts:7: the comment "\/\/ \[1, 2\]" looks like a stated value/),
    ]);
  });
});
