import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('licences', () => {
  it('every publishable package declares MIT and ships the same licence text as the repository', () => {
    const root = readFileSync(new URL('../LICENSE', import.meta.url), 'utf8');
    const packagesDir = new URL('../packages/', import.meta.url);
    for (const name of readdirSync(packagesDir)) {
      const manifest = JSON.parse(
        readFileSync(new URL(`${name}/package.json`, packagesDir), 'utf8'),
      );
      expect(manifest.license, name).toBe('MIT');
      expect(readFileSync(new URL(`${name}/LICENSE`, packagesDir), 'utf8'), name).toBe(root);
    }
  });
});
