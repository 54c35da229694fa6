import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { libraryBuild } from '../../tsup.library';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// json-rules-engine is bundled into dist, for one reason: its almanac imports jsonpath-plus (for a
// default path resolver praktijkscan never uses), and jsonpath-plus must not reach a consumer's
// browser bundle. Inside our copy that import is pointed at a module that refuses
// (src/engine/jsonpath-refused.ts). json-rules-engine's other dependencies stay external: they are
// our own dependencies, with the ranges json-rules-engine declares.
const engineDependencies = ['clone', 'eventemitter2', 'hash-it'];
const refusedJsonPath = fileURLToPath(new URL('./src/engine/jsonpath-refused.ts', import.meta.url));

/**
 * json-rules-engine is CommonJS: bundled into an ES module, its `require('clone')` of an external
 * package would become a `require` that a browser or an ES module does not have. This resolves
 * each such `require` to a small ES module re-exporting the package's default export, so dist
 * imports it with a plain `import` (ESM) or `require` (CJS), and json-rules-engine gets the same
 * value as from its own `require` (its Babel interop reads `.default`).
 */
const engineDependenciesAsModules: Plugin = {
  name: 'engine-dependencies-as-modules',
  setup(build) {
    build.onResolve({ filter: /^jsonpath-plus$/ }, () => ({ path: refusedJsonPath }));
    const filter = new RegExp(`^(${engineDependencies.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.kind === 'require-call'
        ? { path: args.path, namespace: 'engine-dependency' }
        : { path: args.path, external: true },
    );
    build.onLoad({ filter: /.*/, namespace: 'engine-dependency' }, (args) => ({
      contents: `export { default } from ${JSON.stringify(args.path)};`,
      loader: 'js',
    }));
  },
};

export default defineConfig(
  libraryBuild(['src/index.ts'], {
    noExternal: ['json-rules-engine', 'jsonpath-plus', ...engineDependencies],
    esbuildPlugins: [engineDependenciesAsModules],
  }),
);
