import { defaultClientConditions, defineConfig } from 'vite';

// `vite build` (and so `vite preview` and the browser test) uses the packages' built `dist`, as a
// vendor's build does. The dev server alone resolves the workspace packages' sources through the
// `@praktijkscan/source` export condition, so that editing a package shows at once; a vendor who
// installs the published packages leaves that out.
export default defineConfig(({ command }) => ({
  base: './',
  ...(command === 'serve'
    ? { resolve: { conditions: ['@praktijkscan/source', ...defaultClientConditions] } }
    : {}),
  build: { target: 'es2022' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
}));
