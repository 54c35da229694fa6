// `pnpm test:mutation [--force] [scoring|validation]`: the mutation runs of docs/quality.md, on the
// packages that changed only. A whole run takes 47 and 64 minutes on a 2-core machine, too long
// for every test command, so each run's result is kept in the repository with a fingerprint of
// everything its outcome depends on (the package's source and tests, the sources its tests import,
// the configs, the lockfile). A run whose fingerprint is unchanged is not run again: its kept
// score is read and held to the run's break threshold. A changed one runs Stryker in incremental
// mode, which tests only the mutants whose code or covering tests changed, and keeps the new
// result and fingerprint (to commit with the change). `--force` tests every mutant again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mutationScore, type StrykerReport } from './score';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface MutationRun {
  readonly name: 'scoring' | 'validation';
  readonly config: string;
  /** Files and folders whose content decides the run's outcome. */
  readonly inputs: readonly string[];
}

const shared = ['vitest.setup.ts', 'pnpm-lock.yaml', 'scripts/fuzz'];

export const mutationRuns: readonly MutationRun[] = [
  {
    name: 'scoring',
    config: 'mutation/stryker.scoring.config.mjs',
    inputs: [
      'packages/scoring/src',
      'packages/scoring/test',
      'packages/scoring/scripts',
      'packages/scoring/package.json',
      // The scoring tests run against the model's source (the source export condition).
      'packages/model/src',
      'packages/model/package.json',
      'mutation/stryker.scoring.config.mjs',
      'mutation/vitest.scoring.config.ts',
      ...shared,
    ],
  },
  {
    name: 'validation',
    config: 'mutation/stryker.validation.config.mjs',
    inputs: [
      'packages/model/src',
      'packages/model/test',
      'packages/model/package.json',
      // The model's tests borrow the scoring tests' generators of responses.
      'packages/scoring/test/support',
      'mutation/stryker.validation.config.mjs',
      'mutation/vitest.validation.config.ts',
      ...shared,
    ],
  },
];

function filesUnder(base: string, path: string): string[] {
  const absolute = join(base, path);
  if (!statSync(absolute).isDirectory()) return [path];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(path, entry))
    .filter((entry) => statSync(join(base, entry)).isFile());
}

/**
 * SHA-256 over the paths and contents of a run's inputs, in code-point order of their paths with
 * `/` separators, so that it is the same on every machine and checkout.
 */
export function fingerprintOf(run: Pick<MutationRun, 'inputs'>, base = root): string {
  const files = run.inputs
    .flatMap((input) => filesUnder(base, input))
    .map((file) => file.split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(base, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const fingerprintFile = (run: MutationRun) =>
  join(root, `mutation/results/${run.name}.fingerprint`);
const resultsFile = (run: MutationRun) => join(root, `mutation/results/${run.name}.json`);

function keptFingerprint(run: MutationRun): string | undefined {
  try {
    return readFileSync(fingerprintFile(run), 'utf8').trim();
  } catch {
    return undefined;
  }
}

async function breakThreshold(run: MutationRun): Promise<number> {
  const config = (await import(pathToFileURL(join(root, run.config)).href)) as {
    default: { thresholds: { break: number } };
  };
  return config.default.thresholds.break;
}

async function main(args: readonly string[]): Promise<number> {
  const force = args.includes('--force');
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !mutationRuns.some((run) => run.name === name));
  if (unknown.length > 0) {
    console.error(`unknown mutation run: ${unknown.join(', ')} (scoring, validation)`);
    return 2;
  }
  const chosen = mutationRuns.filter((run) => names.length === 0 || names.includes(run.name));
  for (const run of chosen) {
    const before = fingerprintOf(run);
    if (!force && keptFingerprint(run) === before) {
      const report = JSON.parse(readFileSync(resultsFile(run), 'utf8')) as StrykerReport;
      const { score } = mutationScore(report);
      const threshold = await breakThreshold(run);
      const verdict = score >= threshold ? 'at or over' : 'BELOW';
      console.log(
        `mutation ${run.name}: unchanged since its kept run, score ${score.toFixed(2)} % (${verdict} the break threshold ${threshold} %)`,
      );
      if (score < threshold) return 1;
      continue;
    }
    console.log(
      `mutation ${run.name}: ${force ? 'every mutant (--force)' : 'changed since its kept run, testing what changed'}`,
    );
    const stryker = spawnSync(
      'npx',
      ['stryker', 'run', run.config, ...(force ? ['--force'] : [])],
      { cwd: root, stdio: 'inherit' },
    );
    if (stryker.status !== 0) return stryker.status ?? 1;
    // The fingerprint of the inputs as they were when the run started: a file edited during the
    // run makes the next run test again.
    writeFileSync(fingerprintFile(run), `${before}\n`);
    console.log(
      `mutation ${run.name}: kept in mutation/results/${run.name}.json and .fingerprint; commit both with the change`,
    );
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
