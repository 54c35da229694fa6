import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { libraryBuild } from '../../tsup.library';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// json-rules-engine is bundled into dist with each of its four dependencies replaced by a module of
// ours (`standIns`), so that dist imports none of them:
// - jsonpath-plus, imported by its almanac for a default path resolver praktijkscan never uses,
//   must not reach a consumer's browser bundle: src/engine/jsonpath-refused.ts refuses instead.
// - clone copies every rule's conditions on every run and took about a quarter of a `recommend`
//   call: src/engine/condition-copy.ts copies the JSON data and Condition objects that reach it.
// - eventemitter2 (18.8 kB minified) is the base of Engine and Rule for two methods:
//   src/engine/event-emitter.ts has those two.
// - hash-it makes cache keys for cached facts; `recommend` hands over only uncached facts:
//   src/engine/fact-cache-key.ts keys by JSON text.
// test/engine-stand-ins.test.ts checks each against the original and json-rules-engine's use of it.
export const standIns: Readonly<Record<string, string>> = {
  'jsonpath-plus': './src/engine/jsonpath-refused.ts',
  clone: './src/engine/condition-copy.ts',
  eventemitter2: './src/engine/event-emitter.ts',
  'hash-it': './src/engine/fact-cache-key.ts',
};

/** Points json-rules-engine's `require` of each package in `standIns` at our module. */
export const engineStandIns: Plugin = {
  name: 'engine-stand-ins',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${Object.keys(standIns).join('|')})$`) }, (args) => ({
      path: fileURLToPath(new URL(standIns[args.path] as string, import.meta.url)),
    }));
  },
};

export default defineConfig(
  libraryBuild(['src/index.ts', 'src/editions/nl.ts', 'src/editions/en.ts'], {
    noExternal: ['json-rules-engine', ...Object.keys(standIns)],
    esbuildPlugins: [engineStandIns],
  }),
);
