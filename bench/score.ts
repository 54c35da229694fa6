import { isDeepStrictEqual } from 'node:util';
import { parseResponse, questionnaire } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { compileAspectBaseline } from './support/baseline-score';
import {
  type Measurement,
  measure,
  measurePaired,
  type PairedMeasurement,
  sink,
} from './support/measure';

/** Scorings per timed iteration: the three samples, this many times over. */
export const scoreRepeats = 20;

export interface ScoreBench {
  readonly practices: number;
  readonly perIteration: number;
  readonly scoreResponse: Measurement;
  readonly baseline: Measurement;
  /** The two timed in adjacent pairs: A the baseline loop, B scoreResponse. */
  readonly paired: PairedMeasurement;
  /** The target's figure: the median over the pairs of scoreResponse's time over the baseline's. */
  readonly ratio: number;
  /** scoreResponse's median over the baseline's, the two timed in turns (reported beside it). */
  readonly ratioOfMedians: number;
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
  const ours = () => {
    for (let round = 0; round < scoreRepeats; round += 1)
      for (const response of responses) sink.value = scoreResponse(response);
  };
  const plain = () => {
    for (let round = 0; round < scoreRepeats; round += 1)
      for (const response of responses) sink.value = baseline(response);
  };
  const [score, base] = await measure([
    { name: 'scoreResponse', fn: ours },
    { name: 'baseline loop', fn: plain },
  ]);
  // The target compares two tasks the turns above time apart; paired, both sides of each pair
  // meet the host at the same speed (in a full bench run a slow spell during scoreResponse's turns
  // read 7.07×, where this part run alone minutes later read 2.58×).
  const paired = await measurePaired(plain, ours, { pairs: 2000, warmup: 100 });
  if (!score || !base) throw new Error('nothing measured');
  return {
    practices: responses.length,
    perIteration: responses.length * scoreRepeats,
    scoreResponse: score,
    baseline: base,
    paired,
    ratio: paired.ratio,
    ratioOfMedians: score.median / base.median,
  };
}
