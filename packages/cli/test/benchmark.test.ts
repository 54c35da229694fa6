import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleAdvanced, sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
import type { ReportData } from '@praktijkscan/report-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOf, requireBuiltCli, runBin, tempDir, writeJson } from './support/cli';

const asOf = '2026-11-22';
let dir: string;
let practicePath: string;
let batchOutput: string;
let aggregateLine: string;

beforeAll(async () => {
  requireBuiltCli();
  dir = tempDir();
  practicePath = writeJson(dir, 'practice.json', sampleHalfway);
  // A region of six practices: the three samples and three variants of them.
  const region = [sampleStarting, sampleHalfway, sampleAdvanced].flatMap((sample, index) => {
    const variant = copyOf(sample);
    variant.practiceId = `variant-${index}`;
    return [sample, variant];
  });
  const ndjson = writeJson(
    dir,
    'region.ndjson',
    `${region.map((r) => JSON.stringify(r)).join('\n')}\n`,
  );
  const batch = await runBin(['batch', ndjson, '--min-group-size', '5', '--as-of', asOf]);
  expect(batch.code).toBe(0);
  batchOutput = batch.stdout;
  aggregateLine = batch.stdout.trim().split('\n').at(-1)!;
}, 30_000);

describe('score --benchmark', { timeout: 30_000 }, () => {
  it("fills the region column and the radar's median series from batch's aggregate line", async () => {
    const aggregate = JSON.parse(aggregateLine).aggregate;
    expect(aggregate.suppressed).toBe(false);
    const path = writeJson(dir, 'aggregate.json', aggregateLine);
    const run = await runBin(['score', practicePath, '--as-of', asOf, '--benchmark', path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReportData;
    expect(report.benchmark?.n).toBe(6);
    expect(report.benchmark?.overall).toEqual(aggregate.overall);
    const median = report.radar.series.find((series) => series.id === 'benchmark-median');
    expect(median?.values).toEqual(
      report.radar.axes.map((axis) => aggregate.aspects[axis.id].median),
    );
    expect(report.aspects.every((aspect) => aspect.benchmarkPosition !== null)).toBe(true);

    const html = await runBin([
      'score',
      practicePath,
      '--as-of',
      asOf,
      '--benchmark',
      path,
      '--format',
      'html',
      '--lang',
      'nl',
    ]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('6 praktijken: totaalscore p25');
    expect(html.stdout).toContain('data-series="benchmark-median"');
    expect(html.stdout).not.toContain('Geen regiocijfers meegegeven');
  });

  it("takes the aggregate object itself and batch's whole output alike", async () => {
    const objectPath = writeJson(
      dir,
      'object.json',
      JSON.stringify(JSON.parse(aggregateLine).aggregate, null, 2),
    );
    const wholePath = writeJson(dir, 'scores.ndjson', batchOutput);
    const [fromObject, fromWhole, fromLine] = await Promise.all(
      [objectPath, wholePath, writeJson(dir, 'line.json', aggregateLine)].map((path) =>
        runBin(['score', practicePath, '--as-of', asOf, '--benchmark', path]),
      ),
    );
    expect(fromObject?.code).toBe(0);
    expect(fromObject?.stdout).toBe(fromLine?.stdout);
    expect(fromWhole?.stdout).toBe(fromLine?.stdout);
  });

  it('says in words that the region is too small where the aggregate is suppressed', async () => {
    const path = writeJson(dir, 'small.json', {
      aggregate: { suppressed: true, minGroupSize: 10 },
    });
    const run = await runBin([
      'score',
      practicePath,
      '--as-of',
      asOf,
      '--benchmark',
      path,
      '--format',
      'html',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The regional group is too small to publish figures.');
  });

  it('exits 1 with every problem of a wrong aggregate file, in the chosen language', async () => {
    const aggregate = JSON.parse(aggregateLine).aggregate;
    aggregate.overall.median = 140;
    aggregate.aspects.safety = { n: -1, p25: 80, median: 50, p75: 90 };
    delete aggregate.inkPhases;
    const path = writeJson(dir, 'wrong.json', { aggregate });
    const run = await runBin([
      'score',
      practicePath,
      '--as-of',
      asOf,
      '--benchmark',
      path,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      `praktijkscan: --benchmark ${path} is not a regional aggregate of praktijkscan batch (4 problems)`,
    );
    expect(lines.slice(1).map((line) => line.trim())).toEqual([
      '/inkPhases missing missing',
      '/overall/median invalid-score expected a score from 0 to 100, or null',
      '/aspects/safety/n invalid-number expected a whole number of at least 0',
      '/aspects/safety invalid-order expected p25 ≤ median ≤ p75',
    ]);
    const dutch = await runBin([
      'score',
      practicePath,
      '--as-of',
      asOf,
      '--benchmark',
      path,
      '--lang',
      'nl',
    ]);
    expect(dutch.code).toBe(1);
    expect(dutch.stderr).toContain(
      'is geen regionaal aggregaat van praktijkscan batch (4 problemen)',
    );
    expect(dutch.stderr).toContain('verwacht p25 ≤ mediaan ≤ p75');
  });

  it('exits 1 on a file that is not JSON, with its line and column, or not an aggregate at all', async () => {
    const broken = writeJson(
      dir,
      'broken.json',
      '{\n  "aggregate": {\n    "suppressed": tru\n  }\n}\n',
    );
    const run = await runBin([
      'score',
      practicePath,
      '--as-of',
      asOf,
      '--benchmark',
      broken,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not JSON: it stops being JSON at line 3, column 22\n');
    const response = await runBin([
      'score',
      practicePath,
      '--as-of',
      asOf,
      '--benchmark',
      practicePath,
      '--lang',
      'en',
    ]);
    expect(response.code).toBe(1);
    expect(response.stderr).toContain('is not a regional aggregate');
    expect(readFileSync(join(dir, 'practice.json'), 'utf8')).toContain('sample-rivierzicht');
  });
});
