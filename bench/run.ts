// `pnpm bench`: every benchmark of docs/performance.md on the built packages, printed, and written
// into that page's generated section. `--only=score,recommend,pipeline,batch,bundle` runs a part
// (and writes nothing); `--no-write` leaves the page alone. `--batch-runs=N` measures each batch
// size N times instead of 3 (a run at 200,000 lines takes minutes on a shared 2-core machine).
// Each part runs in a process of its own (`--part=NAME`), so that no part measures code that an
// earlier part's inputs left optimised for other data (docs/performance.md, "Seventh round").
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBatch } from './batch';
import { benchPipeline } from './pipeline';
import { benchRecommend } from './recommend';
import { benchScore } from './score';
import { browserEntries, bundleEntry } from './support/bundle';
import { machine } from './support/machine';
import { type BenchResults, renderResults, writeResults } from './support/report';

const parts = ['score', 'recommend', 'pipeline', 'batch', 'bundle'] as const;
type Part = (typeof parts)[number];
const argument = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
const only = argument('only')?.split(',');
// In a child: the one part it runs, and the file it writes that part's results to.
const part = argument('part') as Part | undefined;
const partOut = argument('part-out');
const selected = (name: Part) => (part ? part === name : !only || only.includes(name));
const write = !part && !only && !process.argv.includes('--no-write');
const batchRuns = Number(
  process.argv.find((arg) => arg.startsWith('--batch-runs='))?.slice('--batch-runs='.length) ?? 3,
);
if (!Number.isInteger(batchRuns) || batchRuns < 1)
  throw new Error('--batch-runs needs a whole number of 1 or more');

const results: { -readonly [Key in keyof BenchResults]?: BenchResults[Key] } & {
  machine: BenchResults['machine'];
} = { machine: machine() };
const { cpu, cores, memoryGiB, node } = results.machine;
if (!part)
  console.log(`praktijkscan bench: ${cpu}, ${cores} cores, ${memoryGiB} GiB, Node.js ${node}\n`);
// Results as JSON, without the bundles' code.
const resultsJson = (value: unknown) =>
  `${JSON.stringify(value, (key, field) => (key === 'text' ? undefined : field), 2)}\n`;

if (!part) {
  // The parent: each selected part in a child process of its own, its results read back.
  const dir = await mkdtemp(join(tmpdir(), 'praktijkscan-bench-parts-'));
  try {
    for (const name of parts) {
      if (!selected(name)) continue;
      const out = join(dir, `${name}.json`);
      const child = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          fileURLToPath(import.meta.url),
          `--part=${name}`,
          `--part-out=${out}`,
          `--batch-runs=${batchRuns}`,
        ],
        { stdio: 'inherit' },
      );
      if (child.status !== 0) throw new Error(`the bench part ${name} exited with ${child.status}`);
      Object.assign(results, JSON.parse(await readFile(out, 'utf8')));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const value = await run();
  console.log(`${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return value;
};

if (part === 'score') {
  const score = await step('scoreResponse vs baseline loop', benchScore);
  results.score = score;
  console.table(
    [score.scoreResponse, score.baseline].map((m) => ({
      task: m.name,
      'median µs/practice': ((m.median / score.perIteration) * 1000).toFixed(2),
      'p99 µs/practice': ((m.p99 / score.perIteration) * 1000).toFixed(2),
      'rme %': m.rme.toFixed(1),
    })),
  );
  console.log(
    `${score.paired.pairs} adjacent pairs: scoreResponse ${((score.paired.medianB / score.perIteration) * 1000).toFixed(2)} vs baseline ${((score.paired.medianA / score.perIteration) * 1000).toFixed(2)} µs/practice, median of the pairs' ratios ${score.ratio.toFixed(2)}× (target ≤ 3×); ratio of the medians above ${score.ratioOfMedians.toFixed(2)}×\n`,
  );
}

if (part === 'recommend') {
  const recommend = await step('recommend vs json-rules-engine', benchRecommend);
  results.recommend = recommend;
  console.table(
    [
      recommend.recommend,
      recommend.recommendSync,
      recommend.recommendExtra,
      recommend.recommendSyncExtra,
      recommend.enginePerCall,
      recommend.engineReused,
      recommend.engineReusedRuleFacts,
      recommend.engineAsInRecommend,
    ].map((m) => ({
      task: m.name,
      'median µs/practice': ((m.median / recommend.practices) * 1000).toFixed(1),
      'p99 µs/practice': ((m.p99 / recommend.practices) * 1000).toFixed(1),
      'rme %': m.rme.toFixed(1),
    })),
  );
  console.log(
    `4 extra rules, ${recommend.extraPaired.pairs} adjacent pairs: ${((recommend.extraPaired.medianB / recommend.practices) * 1000).toFixed(1)} vs ${((recommend.extraPaired.medianA / recommend.practices) * 1000).toFixed(1)} µs/practice, median of the pairs' ratios ${recommend.ratioExtra.toFixed(2)}× (target ≤ 1.2×)`,
  );
  console.log(
    `ratio ${recommend.ratioPerCall.toFixed(2)}× engine per call, ${recommend.ratioReused.toFixed(2)}× engine reused, ${recommend.ratioLikeForLike.toFixed(2)}× like for like (target ≤ 1.15×); ${recommend.ratioSameEngine.toFixed(2)}× the engine as bundled in recommend (own work ${(((recommend.recommend.median - recommend.engineAsInRecommend.median) / recommend.practices) * 1000).toFixed(0)} µs/practice)\n`,
  );
}

if (part === 'pipeline') {
  const pipeline = await step('pipeline per practice', () => benchPipeline());
  results.pipeline = pipeline;
  console.table(
    [pipeline.pipeline, pipeline.pipelineAsync, pipeline.withoutReport, pipeline.plain].map(
      (m) => ({
        task: m.name,
        'median µs': (m.median * 1000).toFixed(1),
        'p99 µs': (m.p99 * 1000).toFixed(1),
        'vs plain': (m.median / pipeline.plain.median).toFixed(2),
      }),
    ),
  );
  console.log(
    `${pipeline.paired.pairs} pairs on the same practice: ours ${(pipeline.paired.medianB * 1000).toFixed(1)} vs plain ${(pipeline.paired.medianA * 1000).toFixed(1)} µs, median of the pairs' ratios ${pipeline.ratio.toFixed(2)}× the plain pipeline (target ≤ 5×); ratio of the medians above ${pipeline.ratioOfMedians.toFixed(2)}×\n`,
  );
}

if (part === 'batch') {
  const batch = await step('praktijkscan batch', () => benchBatch(undefined, batchRuns));
  results.batch = batch;
  console.table(
    batch.sizes.map((size) => ({
      practices: size.practices,
      'wall s': size.seconds.toFixed(2),
      'practices/s': Math.round(size.practicesPerSecond),
      'peak RSS MiB': size.peakMiB.toFixed(1),
      'runs (s / MiB)': size.runs
        .map((run) => `${run.seconds.toFixed(2)}/${run.peakMiB.toFixed(0)}`)
        .join(' '),
    })),
  );
  console.log(
    `start-up ${batch.startupSeconds.toFixed(2)} s; peak ratio ${batch.peakRatio.toFixed(2)}× (target ≤ 1.1×); plain scorer ${batch.plainSeconds.toFixed(2)} s, ratio ${batch.plainRatio.toFixed(2)}× (target ≤ 1.5×); --recommend ${batch.recommendSeconds.toFixed(2)} s at ${batch.recommendPractices}; --help ${batch.helpSeconds.toFixed(3)} s vs node -e 0 ${batch.bareNodeSeconds.toFixed(3)} s\n`,
  );
}

if (part === 'bundle') {
  const bundles = await step('browser bundles', () => Promise.all(browserEntries.map(bundleEntry)));
  results.bundles = bundles;
  console.table(
    bundles.map((bundle) => ({
      entry: bundle.entry,
      'minified kB': (bundle.bytes / 1024).toFixed(1),
      'gzipped kB': (bundle.gzipBytes / 1024).toFixed(1),
    })),
  );
}

const root = new URL('..', import.meta.url);
if (part && partOut) {
  const { machine: _machine, ...measured } = results;
  await writeFile(partOut, resultsJson(measured));
} else {
  await mkdir(new URL('.tmp/', root), { recursive: true });
  await writeFile(new URL('.tmp/bench-results.json', root), resultsJson(results));
}
if (write) {
  const page = fileURLToPath(new URL('docs/performance.md', root));
  await writeResults(page, renderResults(results as BenchResults));
  // The page is formatted like every Markdown file here (tables aligned), so that `pnpm lint`
  // stays clean after a run.
  const biome = fileURLToPath(new URL('node_modules/@biomejs/biome/bin/biome', root));
  execFileSync(process.execPath, [biome, 'format', '--write', page], { stdio: 'ignore' });
  console.log(`\nwrote the figures into ${page}`);
}
