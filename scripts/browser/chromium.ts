// One Chromium for every browser test, found the same way on a developer's machine, in CI and on
// a fresh machine that has only Node and npm: no apt, no browser download at run time.

import { spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

/** A Chromium binary and the environment it must be started with. */
export interface ChromiumBinary {
  readonly path: string;
  /** Where the binary came from, for messages: the variable, the system or the npm package. */
  readonly origin: 'PRAKTIJKSCAN_CHROMIUM' | 'system' | '@sparticuz/chromium';
  /** Extra environment (the bundled shared libraries); empty for a system Chromium. */
  readonly env: Readonly<Record<string, string>>;
}

const systemChromium = '/usr/bin/chromium';
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const cacheRoot = join(repositoryRoot, 'node_modules', '.cache', 'praktijkscan-chromium');

/** The folder of `@sparticuz/chromium`'s compressed binaries (`chromium.br`, `al2023.tar.br`). */
function bundledBinFolder(): string {
  // The package exports no `./package.json`; its entry lies two folders below the package root.
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  return join(dirname(entry), '..', '..', 'bin');
}

function bundledVersion(): string {
  const manifest = join(bundledBinFolder(), '..', 'package.json');
  return (createRequire(import.meta.url)(manifest) as { version: string }).version;
}

/**
 * Unpacks a Brotli-compressed tar archive: decompressed to a file first, then read by the
 * system's `tar`. (Piping into `tar` races: tar exits at the archive's end marker and closes its
 * stdin before the zero padding after it is written, which fails the pipeline with "Premature
 * close".)
 */
async function untarBrotli(archive: string, into: string): Promise<void> {
  const tarFile = join(into, '.archive.tar');
  await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(tarFile));
  const tar = spawn('tar', ['-x', '-f', tarFile, '-C', into], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    tar.once('error', reject);
    tar.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tar exited with ${code} on ${archive}`)),
    );
  });
  rmSync(tarFile, { force: true });
}

/**
 * Unpacks the npm registry's Chromium (`@sparticuz/chromium`: the browser and the NSS libraries
 * it needs, Brotli-compressed inside the package) into `node_modules/.cache` once. It unpacks into
 * a folder of its own and renames that into place, so test files that start at the same time
 * never see half a binary.
 */
async function unpackBundledChromium(): Promise<ChromiumBinary> {
  const target = join(cacheRoot, bundledVersion());
  const binary = (folder: string): ChromiumBinary => ({
    path: join(folder, 'chromium'),
    origin: '@sparticuz/chromium',
    env: { LD_LIBRARY_PATH: join(folder, 'al2023', 'lib') },
  });
  if (existsSync(join(target, 'chromium'))) return binary(target);

  const staging = join(cacheRoot, `staging-${process.pid}-${Date.now()}`);
  mkdirSync(join(staging, 'al2023'), { recursive: true });
  try {
    await pipeline(
      createReadStream(join(bundledBinFolder(), 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
    );
    await untarBrotli(join(bundledBinFolder(), 'al2023.tar.br'), join(staging, 'al2023'));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process put its copy in place first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, 'chromium'))) throw error;
  }
  return binary(target);
}

/**
 * The Chromium the browser tests use: the binary `PRAKTIJKSCAN_CHROMIUM` names; else Debian's
 * `/usr/bin/chromium` where it is installed; else the Chromium that `@sparticuz/chromium` ships
 * inside its npm package, unpacked on first use.
 */
export async function findChromium(): Promise<ChromiumBinary> {
  const named = process.env.PRAKTIJKSCAN_CHROMIUM;
  if (named) {
    if (!existsSync(named))
      throw new Error(`PRAKTIJKSCAN_CHROMIUM names ${named}, which does not exist.`);
    return { path: named, origin: 'PRAKTIJKSCAN_CHROMIUM', env: {} };
  }
  if (existsSync(systemChromium)) return { path: systemChromium, origin: 'system', env: {} };
  return unpackBundledChromium();
}

/** Headless Chromium with a fresh profile (Playwright makes a new temporary user data dir). */
export async function launchChromium(): Promise<Browser> {
  const binary = await findChromium();
  return chromium.launch({
    executablePath: binary.path,
    headless: true,
    env: { ...process.env, ...binary.env } as Record<string, string>,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
