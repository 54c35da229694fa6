import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { engineStandIns } from '../../packages/recommendations/tsup.config';

type JsonRulesEngine = typeof import('json-rules-engine');

/**
 * json-rules-engine as `recommend` runs it: bundled with the same stand-ins for its dependencies
 * as the build of @praktijkscan/recommendations (packages/recommendations/tsup.config.ts), so that
 * a baseline on it does the very engine work `recommend` does.
 */
export async function loadEngineAsBundled(): Promise<Pick<JsonRulesEngine, 'Engine' | 'Fact'>> {
  const packageDir = fileURLToPath(new URL('../../packages/recommendations/', import.meta.url));
  const result = await build({
    stdin: {
      contents: "export { Engine, Fact } from 'json-rules-engine';",
      resolveDir: packageDir,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [engineStandIns],
  });
  const file = new URL('../../.tmp/bench-engine-as-bundled.mjs', import.meta.url);
  await mkdir(new URL('.', file), { recursive: true });
  await writeFile(file, result.outputFiles[0]?.text ?? '');
  return import(pathToFileURL(fileURLToPath(file)).href);
}
