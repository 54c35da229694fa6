import { isDeepStrictEqual } from 'node:util';
import { parseResponse, questionnaire } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { compileAspectBaseline } from './support/baseline-score';
import { type Measurement, measure, sink } from './support/measure';

/** Scorings per timed iteration: the three samples, this many times over. */
export const scoreRepeats = 20;

export interface ScoreBench {
  readonly practices: number;
  readonly perIteration: number;
  readonly scoreResponse: Measurement;
  readonly baseline: Measurement;
  /** scoreResponse's median over the baseline's. */
  readonly ratio: number;
}

/**
 * `scoreResponse` on the three sample practices, parsed first (so no validation in the loop),
 * against a hand-written loop that computes the same six aspect scores from the same responses.
 */
export async function benchScore(): Promise<ScoreBench> {
  const responses = samplePractices.map((sample) => parseResponse(sample));
  const baseline = compileAspectBaseline(questionnaire);
  for (const response of responses) {
    const expected = scoreResponse(response).aspects;
    const actual = baseline(response);
    if (!isDeepStrictEqual(actual, { ...expected })) {
      throw new Error(
        `the baseline differs from scoreResponse for ${response.practiceId}:\n${JSON.stringify(actual)}\n${JSON.stringify(expected)}`,
      );
    }
  }
  const [score, base] = await measure([
    {
      name: 'scoreResponse',
      fn: () => {
        for (let round = 0; round < scoreRepeats; round += 1)
          for (const response of responses) sink.value = scoreResponse(response);
      },
    },
    {
      name: 'baseline loop',
      fn: () => {
        for (let round = 0; round < scoreRepeats; round += 1)
          for (const response of responses) sink.value = baseline(response);
      },
    },
  ]);
  if (!score || !base) throw new Error('nothing measured');
  return {
    practices: responses.length,
    perIteration: responses.length * scoreRepeats,
    scoreResponse: score,
    baseline: base,
    ratio: score.median / base.median,
  };
}
