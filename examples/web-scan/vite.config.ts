import { defaultClientConditions, defineConfig } from 'vite';

// The workspace packages are used from their sources through the `@praktijkscan/source` export
// condition, as everywhere in this monorepo, so the example runs without building them first.
// A vendor who installs the published packages leaves `resolve` out: the packages' `import`
// condition then gives their built `dist`.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@praktijkscan/source', ...defaultClientConditions] },
  build: { target: 'es2022' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
