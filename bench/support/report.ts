import { readFile, writeFile } from 'node:fs/promises';
import type { BatchBench } from '../batch';
import type { PipelineBench } from '../pipeline';
import type { RecommendBench } from '../recommend';
import type { ScoreBench } from '../score';
import { type BundleWeight, budgets, bytesByPackage } from './bundle';
import type { Machine } from './machine';
import { formatMs } from './measure';

export const beginMarker = '<!-- bench:begin (written by `pnpm bench`; do not edit by hand) -->';
export const endMarker = '<!-- bench:end -->';

export interface BenchResults {
  readonly machine: Machine;
  readonly score: ScoreBench;
  readonly recommend: RecommendBench;
  readonly pipeline: PipelineBench;
  readonly batch: BatchBench;
  readonly bundles: readonly BundleWeight[];
}

/** The targets of docs/performance.md. */
export const targets = {
  scoreRatio: 3,
  recommendRatio: 1.15,
  batchPeakRatio: 1.1,
  pipelineRatio: 5,
  recommendSyncMicroseconds: 20,
  extraRulesRatio: 1.2,
  batchPlainRatio: 1.5,
  helpRatio: 2.5,
} as const;

const met = (ok: boolean) => (ok ? '**met**' : '**not met**');
const ratio = (value: number) => `${value.toFixed(2)}×`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
/** recommend's time beyond the engine work it does, per practice. */
const ownWork = (recommend: RecommendBench) =>
  `${formatMs((recommend.recommend.median - recommend.engineAsInRecommend.median) / recommend.practices)} per practice`;

/** The generated section of docs/performance.md: every figure, and each target met or not. */
export function renderResults(results: BenchResults): string {
  const { machine, score, recommend, pipeline, batch, bundles } = results;
  const perScore = (ms: number) => formatMs(ms / score.perIteration);
  const perPractice = (ms: number) => formatMs(ms / recommend.practices);
  const lines: string[] = [];
  lines.push(
    `Measured on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node.js ${machine.node}, ${machine.os}.`,
    '',
    '| target | figure | met? |',
    '| --- | --- | --- |',
    `| \`scoreResponse\` within ${targets.scoreRatio}× of the baseline loop (median over ${count(score.paired.pairs)} adjacent pairs) | ${ratio(score.ratio)} | ${met(score.ratio <= targets.scoreRatio)} |`,
    `| \`recommend\` within ${targets.recommendRatio}× of json-rules-engine: engine per call, all facts | ${ratio(recommend.ratioPerCall)} | ${met(recommend.ratioPerCall <= targets.recommendRatio)} |`,
    `| … one engine reused, all facts | ${ratio(recommend.ratioReused)} | ${met(recommend.ratioReused <= targets.recommendRatio)} |`,
    `| … like for like: one engine reused, the rules' facts only | ${ratio(recommend.ratioLikeForLike)} | ${met(recommend.ratioLikeForLike <= targets.recommendRatio)} |`,
    `| (reported, not a target) \`recommend\` against json-rules-engine as bundled in it, the same engine work: recommend's own work | ${ratio(recommend.ratioSameEngine)}, ${ownWork(recommend)} | — |`,
    `| parse + score + \`recommendSync\` + report data within ${targets.pipelineRatio}× of the plain pipeline (median over ${count(pipeline.paired.pairs)} pairs on the same practice) | ${ratio(pipeline.ratio)} (medians ${formatMs(pipeline.paired.medianB)} vs ${formatMs(pipeline.paired.medianA)}) | ${met(pipeline.ratio <= targets.pipelineRatio)} |`,
    `| (reported) … with \`await recommend\` instead | ${ratio(pipeline.ratioAsync)} (${formatMs(pipeline.pipelineAsync.median)}) | ${met(pipeline.ratioAsync <= targets.pipelineRatio)} |`,
    `| \`recommendSync\` ≤ ${targets.recommendSyncMicroseconds} µs per practice, built-in rules | ${perPractice(recommend.recommendSync.median)} | ${met((recommend.recommendSync.median / recommend.practices) * 1000 <= targets.recommendSyncMicroseconds)} |`,
    `| \`recommend\` with the same 4 extra rules on every call within ${targets.extraRulesRatio}× of none (median over ${count(recommend.extraPaired.pairs)} adjacent pairs) | ${ratio(recommend.ratioExtra)} | ${met(recommend.ratioExtra <= targets.extraRulesRatio)} |`,
    `| \`praktijkscan batch\` at ${count(batch.sizes.at(-1)?.practices ?? 0)} within ${targets.batchPlainRatio}× of the plain NDJSON scorer (median over runs paired with a plain run) | ${ratio(batch.plainRatio)} (${(batch.sizes.at(-1)?.seconds ?? 0).toFixed(2)} s vs ${batch.plainSeconds.toFixed(2)} s) | ${met(batch.plainRatio <= targets.batchPlainRatio)} |`,
    `| \`praktijkscan --help\` within ${targets.helpRatio}× of \`node -e 0\` | ${ratio(batch.helpSeconds / batch.bareNodeSeconds)} (${batch.helpSeconds.toFixed(3)} s vs ${batch.bareNodeSeconds.toFixed(3)} s) | ${met(batch.helpSeconds / batch.bareNodeSeconds <= targets.helpRatio)} |`,
    `| batch peak RSS at ${count(batch.sizes.at(-1)?.practices ?? 0)} within ${targets.batchPeakRatio}× of ${count(batch.sizes[0]?.practices ?? 0)} | ${ratio(batch.peakRatio)} | ${met(batch.peakRatio <= targets.batchPeakRatio)} |`,
    ...bundles.flatMap((bundle) => {
      const { gzipBytes: budget, targetGzipBytes: target } = budgets.entries[bundle.entry];
      const rows =
        target === null
          ? []
          : [
              `| bundle \`${bundle.entry}\` ≤ ${kib(target)} gzipped | ${kib(bundle.gzipBytes)} | ${met(bundle.gzipBytes <= target)} |`,
            ];
      if (budget !== target)
        rows.push(
          `| bundle \`${bundle.entry}\` within its test budget, ${kib(budget)} (catches growth) | ${kib(bundle.gzipBytes)} | ${met(bundle.gzipBytes <= budget)} |`,
        );
      return rows;
    }),
    `| no jsonpath-plus in a browser bundle | ${bundles.some((bundle) => bytesByPackage(bundle).some(([name]) => name === 'jsonpath-plus')) ? 'present' : 'absent'} | ${met(!bundles.some((bundle) => bytesByPackage(bundle).some(([name]) => name === 'jsonpath-plus')))} |`,
    '',
    `#### 1. \`scoreResponse\` against the baseline loop`,
    '',
    `One timed iteration scores the ${score.practices} sample practices ${score.perIteration / score.practices} times (${score.perIteration} scorings).`,
    '',
    '| task | median / iteration | per practice | p99 / iteration | ± | iterations |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[score.scoreResponse, score.baseline].map(
      (m) =>
        `| ${m.name} | ${formatMs(m.median)} | ${perScore(m.median)} | ${formatMs(m.p99)} | ${m.rme.toFixed(1)}% | ${count(m.samples)} |`,
    ),
    '',
    `Timed in ${count(score.paired.pairs)} adjacent pairs (an iteration of the baseline loop and one of \`scoreResponse\`, which goes first alternating, after a warm-up): medians ${formatMs(score.paired.medianB)} for \`scoreResponse\` and ${formatMs(score.paired.medianA)} for the baseline; the median over the pairs of \`scoreResponse\` over the baseline, the target's figure: **${ratio(score.ratio)}** (target ≤ ${targets.scoreRatio}×: ${met(score.ratio <= targets.scoreRatio)}). The ratio of the two rows' medians in the table above, timed in turns: ${ratio(score.ratioOfMedians)}.`,
    '',
    `#### 2. \`recommend\` against json-rules-engine`,
    '',
    `One timed iteration runs ${recommend.practices} generated practices (the first of the pipeline's) one after another. _recommend_ and _recommendSync_ are ours; the _engine_ rows are json-rules-engine run directly: as published (the first three), and as bundled in recommend's \`dist\` (the copy recommend runs, its dependencies stood in for). The target is set against the published engine; the ratio to the copy is recommend's own work.`,
    '',
    '| task | median / iteration | per practice | p99 / iteration | ± | iterations |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[
      recommend.recommend,
      recommend.recommendSync,
      recommend.recommendExtra,
      recommend.recommendSyncExtra,
      recommend.enginePerCall,
      recommend.engineReused,
      recommend.engineReusedRuleFacts,
      recommend.engineAsInRecommend,
    ].map(
      (m) =>
        `| ${m.name} | ${formatMs(m.median)} | ${perPractice(m.median)} | ${formatMs(m.p99)} | ${m.rme.toFixed(1)}% | ${count(m.samples)} |`,
    ),
    '',
    `Ratios of the medians: against an engine built per call with all facts (the baseline as defined): **${ratio(recommend.ratioPerCall)}** (${met(recommend.ratioPerCall <= targets.recommendRatio)}); against one engine reused, all facts: **${ratio(recommend.ratioReused)}** (${met(recommend.ratioReused <= targets.recommendRatio)}); like for like, one engine reused with only the facts the rules compare, as recommend runs it: **${ratio(recommend.ratioLikeForLike)}** (${met(recommend.ratioLikeForLike <= targets.recommendRatio)}). Target ≤ ${targets.recommendRatio}×. Against json-rules-engine as bundled in recommend (the same stand-ins for its dependencies, the same uncached facts), which does exactly recommend's engine work: **${ratio(recommend.ratioSameEngine)}**, that is recommend's own work (options, facts, reasons, order, dates) of ${ownWork(recommend)}.`,
    '',
    `The same 4 extra rules, timed in ${count(recommend.extraPaired.pairs)} adjacent pairs (an iteration of \`recommend\` without them and one with them, which goes first alternating, after a warm-up): medians ${formatMs(recommend.extraPaired.medianA)} without and ${formatMs(recommend.extraPaired.medianB)} with; the median over the pairs of with over without, the target's figure: **${ratio(recommend.ratioExtra)}** (target ≤ ${targets.extraRulesRatio}×: ${met(recommend.ratioExtra <= targets.extraRulesRatio)}). The ratio of the two rows' medians in the table above, timed in turns half a second apart: ${ratio(recommend.recommendExtra.median / recommend.recommend.median)}.`,
    '',
    `#### 3. The pipeline per practice`,
    '',
    `From raw JSON text to report data, over ${count(pipeline.practices)} generated practices, each about once per task (after a warm-up over the same set), the tasks taking turns in four rounds; the plain pipeline (\`bench/support/plain-pipeline.ts\`) is the baseline, its agreement with ours checked on every practice before timing.`,
    '',
    '| task | median | mean | p99 | ratio of medians to plain |',
    '| --- | --- | --- | --- | --- |',
    ...[pipeline.pipeline, pipeline.pipelineAsync, pipeline.withoutReport, pipeline.plain].map(
      (m) =>
        `| ${m.name} | ${formatMs(m.median)} | ${formatMs(m.mean)} | ${formatMs(m.p99)} | ${ratio(m.median / pipeline.plain.median)} |`,
    ),
    '',
    `The target's figure: the pipeline and the plain pipeline timed in ${count(pipeline.paired.pairs)} adjacent pairs, each pair on the same practice (every practice in two pairs one after the other, one with each going first, after a warm-up over the whole set): medians ${formatMs(pipeline.paired.medianB)} for ours and ${formatMs(pipeline.paired.medianA)} for the plain one; the median over the pairs of ours over the plain one: **${ratio(pipeline.ratio)}** (target ≤ ${targets.pipelineRatio}×: ${met(pipeline.ratio <= targets.pipelineRatio)}). The ratio of the two rows' medians above, timed in turns: ${ratio(pipeline.ratioOfMedians)}.`,
    '',
    `#### 4. \`praktijkscan batch\``,
    '',
    `The built CLI as a child process, output to a file; medians of ${batch.sizes[0]?.runs.length ?? 0} runs. Start-up (a file of one practice): ${batch.startupSeconds.toFixed(2)} s.`,
    '',
    '| practices | input | wall time | practices/s | peak RSS |',
    '| --- | --- | --- | --- | --- |',
    ...batch.sizes.map(
      (size) =>
        `| ${count(size.practices)} | ${size.inputMiB.toFixed(1)} MiB | ${size.seconds.toFixed(2)} s | ${count(size.practicesPerSecond)} | ${size.peakMiB.toFixed(1)} MiB |`,
    ),
    '',
    `Peak RSS ratio: **${ratio(batch.peakRatio)}** (target ≤ ${targets.batchPeakRatio}×: ${met(batch.peakRatio <= targets.batchPeakRatio)}).`,
    '',
    `The plain NDJSON scorer (\`bench/support/plain-batch.ts\`, bundled by esbuild, run the same way, right after each run of \`batch\` on the same file) on the ${count(batch.sizes.at(-1)?.practices ?? 0)} file: ${batch.plainSeconds.toFixed(2)} s (median); each \`batch\` run over the plain run right after it, the median of those ratios: **${ratio(batch.plainRatio)}** (target ≤ ${targets.batchPlainRatio}×: ${met(batch.plainRatio <= targets.batchPlainRatio)}). \`batch --recommend\` on the ${count(batch.recommendPractices)} file: ${batch.recommendSeconds.toFixed(2)} s (${count(batch.recommendPractices / batch.recommendSeconds)} practices/s; without it ${(batch.sizes[0]?.seconds ?? 0).toFixed(2)} s). Start-up: \`praktijkscan --help\` ${batch.helpSeconds.toFixed(3)} s against \`node -e 0\` ${batch.bareNodeSeconds.toFixed(3)} s, **${ratio(batch.helpSeconds / batch.bareNodeSeconds)}** (target ≤ ${targets.helpRatio}×: ${met(batch.helpSeconds / batch.bareNodeSeconds <= targets.helpRatio)}); medians of ten runs.`,
    '',
    `#### 5. Browser bundles`,
    '',
    '| entry | minified | gzipped | target | test budget | parts (minified) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...bundles.map((bundle) => {
      const { gzipBytes: budget, targetGzipBytes: target } = budgets.entries[bundle.entry];
      const parts = bytesByPackage(bundle)
        .filter(([, bytes]) => bytes > 0)
        .map(([name, bytes]) => `${name} ${kib(bytes)}`)
        .join(', ');
      const versusTarget =
        target === null ? 'none' : `${kib(target)}: ${met(bundle.gzipBytes <= target)}`;
      return `| \`${bundle.entry}\` | ${kib(bundle.bytes)} | ${kib(bundle.gzipBytes)} | ${versusTarget} | ${kib(budget)}: ${met(bundle.gzipBytes <= budget)} | ${parts} |`;
    }),
  );
  return lines.join('\n');
}

/** Replaces the generated section of a Markdown page, between the markers. */
export async function writeResults(page: string, section: string): Promise<void> {
  const text = await readFile(page, 'utf8');
  const begin = text.indexOf(beginMarker);
  const end = text.indexOf(endMarker);
  if (begin === -1 || end < begin) throw new Error(`${page} has no ${beginMarker} … ${endMarker}`);
  const updated = `${text.slice(0, begin + beginMarker.length)}\n\n${section}\n\n${text.slice(end)}`;
  await writeFile(page, updated);
}
