import { parseResponseJson } from '@praktijkscan/model';
import { recommend } from '@praktijkscan/recommendations';
import { buildReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import { type Measurement, measure, sink } from './support/measure';
import { benchAsOf, generatePractices } from './support/practices';

export interface PipelineBench {
  readonly practices: number;
  readonly pipeline: Measurement;
}

/**
 * One practice from raw JSON text to its report data: parseResponseJson, scoreResponse, recommend,
 * buildReportData. Each timed iteration is the next of `count` generated practices, so the median
 * and p99 are over practices (each measured once, after a warm-up on the same set).
 */
export async function benchPipeline(count = 2000): Promise<PipelineBench> {
  const texts = generatePractices(count).map((practice) => JSON.stringify(practice));
  let next = 0;
  const [pipeline] = await measure(
    [
      {
        name: 'pipeline',
        fn: async () => {
          const text = texts[next % texts.length] as string;
          next += 1;
          const response = parseResponseJson(text, { locale: 'en' });
          const result = scoreResponse(response);
          const recommendations = await recommend(result, response, {
            asOf: benchAsOf,
            locale: 'en',
          });
          sink.value = buildReportData({
            response,
            result,
            recommendations,
            asOf: benchAsOf,
            locale: 'en',
          });
        },
      },
    ],
    // Exactly `count` timed iterations after the warm-up: every practice once.
    { rounds: 1, time: 0, iterations: count, warmupTime: 0, warmupIterations: count },
  );
  if (!pipeline) throw new Error('nothing measured');
  return { practices: count, pipeline };
}
