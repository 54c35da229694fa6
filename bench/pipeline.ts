import { parseResponseJson, questionnaire } from '@praktijkscan/model';
import { buildFacts, builtinRules, recommend, recommendSync } from '@praktijkscan/recommendations';
import { buildReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import {
  type Measurement,
  measure,
  measurePaired,
  type PairedMeasurement,
  sink,
} from './support/measure';
import { compilePlainPipeline } from './support/plain-pipeline';
import { benchAsOf, generatePractices } from './support/practices';

export interface PipelineBench {
  readonly practices: number;
  /** parseResponseJson, scoreResponse, recommendSync, buildReportData. */
  readonly pipeline: Measurement;
  /** The same with `await recommend` (json-rules-engine) instead of recommendSync. */
  readonly pipelineAsync: Measurement;
  /** parseResponseJson, scoreResponse, recommendSync: without the report data. */
  readonly withoutReport: Measurement;
  /** The plain pipeline (bench/support/plain-pipeline.ts): the baseline. */
  readonly plain: Measurement;
  /**
   * The pipeline and the plain pipeline timed in adjacent pairs on the same practice (A the plain
   * one, B ours), each practice in two pairs in a row, one with each side first.
   */
  readonly paired: PairedMeasurement;
  /** The target's figure: the median over the pairs of ours over the plain one's time. */
  readonly ratio: number;
  /** The pipeline's median over the plain one's, the two timed in turns (reported beside it). */
  readonly ratioOfMedians: number;
  readonly ratioAsync: number;
  readonly ratioWithoutReport: number;
}

/**
 * One practice from raw JSON text to its report data, against the plain pipeline on the same
 * practices. Each timed iteration is the next of `count` generated practices, so the median and
 * p99 are over practices; the tasks take turns in four rounds. Before timing, the plain pipeline
 * must agree with ours on every practice: it accepts it, its aspect scores are ours, and its rules
 * fire for exactly the steps recommendSync (and recommend) return.
 */
export async function benchPipeline(count = 2000): Promise<PipelineBench> {
  const texts = generatePractices(count).map((practice) => JSON.stringify(practice));
  const plain = compilePlainPipeline(questionnaire, builtinRules);
  const options = { asOf: benchAsOf, locale: 'en' } as const;
  // The plain pipeline's facts, worked out before timing (it leaves building them out).
  const factsByText = texts.map((text) => {
    const response = parseResponseJson(text);
    const all = buildFacts(scoreResponse(response), response, questionnaire, benchAsOf);
    return plain.ruleFacts.map((fact) => all.get(fact) ?? null);
  });
  for (const [index, text] of texts.entries()) {
    const response = parseResponseJson(text, { locale: 'en' });
    const result = scoreResponse(response);
    const steps = recommendSync(result, response, options);
    const mine = plain.run(text, factsByText[index] as never);
    if (JSON.stringify(mine.aspects) !== JSON.stringify(result.aspects))
      throw new Error(`the plain scores differ for practice ${index}`);
    const ids = [...new Set(mine.fired)].sort();
    if (JSON.stringify(ids) !== JSON.stringify(steps.map((step) => step.id).sort()))
      throw new Error(`the plain rules fire other steps for practice ${index}`);
    if (
      index < 200 &&
      JSON.stringify(await recommend(result, response, options)) !== JSON.stringify(steps)
    )
      throw new Error(`recommend and recommendSync differ for practice ${index}`);
  }
  const counters = {
    pipeline: 0,
    pipelineAsync: 0,
    withoutReport: 0,
    plain: 0,
    pairedPlain: 0,
    pairedPipeline: 0,
  };
  /** The practice of a task's next call: each in turn, each `times` calls in a row. */
  const next = (task: keyof typeof counters, times = 1) => {
    const index = Math.floor(counters[task] / times) % count;
    counters[task] += 1;
    return index;
  };
  const runPipeline = (index: number) => {
    const response = parseResponseJson(texts[index] as string, { locale: 'en' });
    const result = scoreResponse(response);
    const recommendations = recommendSync(result, response, options);
    sink.value = buildReportData({ response, result, recommendations, ...options });
  };
  const runPlain = (index: number) => {
    sink.value = plain.run(texts[index] as string, factsByText[index] as never);
  };
  const [pipeline, pipelineAsync, withoutReport, plainRun] = await measure(
    [
      {
        name: 'parse + score + recommendSync + report data',
        fn: () => runPipeline(next('pipeline')),
      },
      {
        name: 'parse + score + await recommend + report data',
        fn: async () => {
          const text = texts[next('pipelineAsync')] as string;
          const response = parseResponseJson(text, { locale: 'en' });
          const result = scoreResponse(response);
          const recommendations = await recommend(result, response, options);
          sink.value = buildReportData({ response, result, recommendations, ...options });
        },
      },
      {
        name: 'parse + score + recommendSync',
        fn: () => {
          const text = texts[next('withoutReport')] as string;
          const response = parseResponseJson(text, { locale: 'en' });
          sink.value = recommendSync(scoreResponse(response), response, options);
        },
      },
      {
        name: 'plain pipeline (baseline)',
        fn: () => runPlain(next('plain')),
      },
    ],
    // Each practice about once per task after a warm-up over the whole set, in four rounds.
    { rounds: 4, time: 0, iterations: count / 4, warmupTime: 0, warmupIterations: count },
  );
  // The target compares two tasks the rounds above time apart; paired on the same practice, both
  // sides of each pair meet the host at the same speed. Each side counts its own calls, and both
  // are called once per pair, so a pair is always one practice; each practice is taken by two
  // pairs in a row, so that it is timed once with each side first (measurePaired alternates).
  const paired = await measurePaired(
    () => runPlain(next('pairedPlain', 2)),
    () => runPipeline(next('pairedPipeline', 2)),
    { pairs: 2 * count, warmup: count },
  );
  if (counters.pairedPlain !== counters.pairedPipeline)
    throw new Error('the pairs timed different practices');
  if (!pipeline || !pipelineAsync || !withoutReport || !plainRun)
    throw new Error('nothing measured');
  return {
    practices: count,
    pipeline,
    pipelineAsync,
    withoutReport,
    plain: plainRun,
    paired,
    ratio: paired.ratio,
    ratioOfMedians: pipeline.median / plainRun.median,
    ratioAsync: pipelineAsync.median / plainRun.median,
    ratioWithoutReport: withoutReport.median / plainRun.median,
  };
}
