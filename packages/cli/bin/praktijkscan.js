#!/usr/bin/env node
// The `praktijkscan` bin. It is a file of its own, not `dist/cli.js`, so that the bin exists from
// the moment a workspace is installed, before the first build (pnpm links bins at install time).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'praktijkscan is not built yet: run `npx -y pnpm@10.34.9 build` in the repository first.\n',
  );
  process.exit(1);
}
await import(cli.href);
