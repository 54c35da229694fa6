/**
 * Stands in for jsonpath-plus in the build of this package (see `tsup.config.ts`): json-rules-engine
 * is bundled into `dist` with its `import { JSONPath } from 'jsonpath-plus'` pointed here, so that
 * neither our dist nor a bundle made from it holds jsonpath-plus. Its only use in json-rules-engine
 * is the default path resolver, which `recommend` replaces with one that refuses, and rules cannot
 * carry a `path`; should it be called anyway, it refuses too.
 */
export function JSONPath(): never {
  throw new Error('praktijkscan rules do not evaluate JSONPath');
}
