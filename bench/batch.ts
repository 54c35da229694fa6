import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { median } from './support/measure';
import { benchAsOf, generatePractices } from './support/practices';

const root = fileURLToPath(new URL('..', import.meta.url));
// PRAKTIJKSCAN_BENCH_CLI runs another build of the CLI on the same files (e.g. a checkout of an
// earlier commit, for before/after figures).
const cli = process.env.PRAKTIJKSCAN_BENCH_CLI ?? join(root, 'packages/cli/dist/cli.js');
const hook = fileURLToPath(new URL('./support/report-max-rss.mjs', import.meta.url));

/** One run of `praktijkscan batch` as a child process. */
export interface BatchRun {
  readonly seconds: number;
  /** Peak resident set size of the child, MiB. */
  readonly peakMiB: number;
}

export interface BatchSize {
  readonly practices: number;
  readonly inputMiB: number;
  readonly runs: readonly BatchRun[];
  /** Medians over the runs. */
  readonly seconds: number;
  readonly practicesPerSecond: number;
  readonly peakMiB: number;
}

export interface BatchBench {
  /** `batch` on a file of one practice: the fixed cost (start-up, loading the packages). */
  readonly startupSeconds: number;
  /** `praktijkscan --help` and `node -e 0`, medians of ten runs each. */
  readonly helpSeconds: number;
  readonly bareNodeSeconds: number;
  /** The plain NDJSON scorer (bench/support/plain-batch.ts) on the largest file, median of the runs. */
  readonly plainSeconds: number;
  /**
   * `batch` over the plain scorer on the largest file: the median over the runs of each `batch`
   * run's time over the plain run right after it.
   */
  readonly plainRatio: number;
  /** `batch --recommend` on the smallest file, median of the runs. */
  readonly recommendSeconds: number;
  readonly recommendPractices: number;
  readonly sizes: readonly BatchSize[];
  /** Peak RSS of the largest size over the smallest's. */
  readonly peakRatio: number;
}

async function timeChild(args: readonly string[]): Promise<number> {
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
  return (performance.now() - started) / 1000;
}

/** The first line of a file, read without reading the whole file. */
async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1 << 22), 0, 1 << 22, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.indexOf('\n');
    return end === -1 ? text : text.slice(0, end);
  } finally {
    await handle.close();
  }
}

/** The plain NDJSON scorer, bundled into one ES module file in `dir`. */
async function buildPlainBatch(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const file = join(dir, 'plain-batch.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./support/plain-batch.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    logLevel: 'error',
  });
  return file;
}

async function runBatch(
  input: string,
  output: string,
  rssFile: string,
  extra: readonly string[] = [],
): Promise<BatchRun> {
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', hook, cli, 'batch', input, '--out', output, '--as-of', benchAsOf, ...extra],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, PRAKTIJKSCAN_BENCH_MAX_RSS_FILE: rssFile },
      },
    );
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`praktijkscan batch exited with ${code}`);
  const maxRssKiB = Number((await readFile(rssFile, 'utf8')).trim());
  return { seconds, peakMiB: maxRssKiB / 1024 };
}

/** Every input line scored (none an error), then the aggregate over all of them. */
async function checkOutput(output: string, practices: number): Promise<void> {
  let lines = 0;
  let last = '';
  for await (const line of createInterface({ input: createReadStream(output) })) {
    lines += 1;
    if (lines <= practices && !line.includes('"ok":true'))
      throw new Error(`batch output line ${lines} is not a score: ${line.slice(0, 200)}`);
    last = line;
  }
  const aggregate = (JSON.parse(last) as { aggregate?: { n?: number } }).aggregate;
  if (lines !== practices + 1 || aggregate?.n !== practices)
    throw new Error(`batch output has ${lines} lines and aggregate n ${aggregate?.n}`);
}

/**
 * `node packages/cli/dist/cli.js batch` on generated NDJSON files (valid, varied practices from a
 * fixed seed), output to a file: wall-clock time and the child's peak RSS, median of `runs`.
 */
export async function benchBatch(
  sizes: readonly number[] = [20_000, 200_000],
  runs = 3,
): Promise<BatchBench> {
  const dir = await mkdtemp(join(tmpdir(), 'praktijkscan-bench-'));
  try {
    const largest = Math.max(...sizes);
    const lines = generatePractices(largest).map((practice) => JSON.stringify(practice));
    const output = join(dir, 'out.ndjson');
    const rssFile = join(dir, 'max-rss');

    const one = join(dir, 'one.ndjson');
    await writeFile(one, `${lines[0]}\n`);
    const startup: number[] = [];
    for (let run = 0; run < runs; run += 1)
      startup.push((await runBatch(one, output, rssFile)).seconds);

    // The plain scorer runs right after each run of `batch` on the largest file, so that each
    // pair meets the host at the same speed (it changes within minutes, by up to twice).
    const plainScript = await buildPlainBatch(dir);
    const plainRuns: number[] = [];
    const pairRatios: number[] = [];
    const results: BatchSize[] = [];
    for (const size of sizes) {
      const input = join(dir, `practices-${size}.ndjson`);
      const text = `${lines.slice(0, size).join('\n')}\n`;
      await writeFile(input, text);
      const measured: BatchRun[] = [];
      for (let run = 0; run < runs; run += 1) {
        const ours = await runBatch(input, output, rssFile);
        measured.push(ours);
        if (run === 0) await checkOutput(output, size);
        if (size !== largest) continue;
        const plain = await timeChild([plainScript, input, output]);
        if (run === 0) await checkOutput(output, size);
        plainRuns.push(plain);
        pairRatios.push(ours.seconds / plain);
      }
      const seconds = median(measured.map((run) => run.seconds));
      results.push({
        practices: size,
        inputMiB: Buffer.byteLength(text) / 1024 ** 2,
        runs: measured,
        seconds,
        practicesPerSecond: size / seconds,
        peakMiB: median(measured.map((run) => run.peakMiB)),
      });
    }
    const smallest = results[0] as BatchSize;
    const biggest = results[results.length - 1] as BatchSize;

    const plainSeconds = median(plainRuns);

    // batch --recommend on the smallest file: every line a score with its steps.
    const smallestInput = join(dir, `practices-${smallest.practices}.ndjson`);
    const recommendRuns: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      recommendRuns.push(
        (await runBatch(smallestInput, output, rssFile, ['--recommend', '--lang', 'en'])).seconds,
      );
      if (run === 0) {
        await checkOutput(output, smallest.practices);
        // Only the first line: the whole output (every practice with its steps) can be longer
        // than a string may be.
        const first = await firstLine(output);
        if (!first.includes('"recommendations":['))
          throw new Error('batch --recommend wrote no steps');
      }
    }

    // Start-up: the CLI's help against bare Node.
    const help: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < 10; run += 1) {
      help.push(await timeChild([cli, '--help']));
      bare.push(await timeChild(['-e', '0']));
    }
    return {
      helpSeconds: median(help),
      bareNodeSeconds: median(bare),
      plainSeconds,
      plainRatio: median(pairRatios),
      recommendSeconds: median(recommendRuns),
      recommendPractices: smallest.practices,
      startupSeconds: median(startup),
      sizes: results,
      peakRatio: biggest.peakMiB / smallest.peakMiB,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
