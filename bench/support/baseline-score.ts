import {
  answerScaleMax,
  type PracticeResponse,
  type Questionnaire,
  qualityAspectIds,
} from '@praktijkscan/model';

/** The six aspect scores with coverage, as `ScoreResult.aspects` holds them. */
export type AspectScores = Record<string, { score: number | null; coverage: number | null }>;

/**
 * The practical limit of computing the six aspect scores: the questionnaire flattened once into
 * arrays (the ids of the scored items, their maxima and their six weights side by side), then per
 * response one tight loop over integers and SCORING.md's round1 (half up, exact on integers).
 */
export function compileAspectBaseline(questionnaire: Questionnaire) {
  const scored = questionnaire.items.filter((item) => item.scored);
  const ids = scored.map((item) => item.id);
  const maxima = Int32Array.from(scored.map((item) => answerScaleMax(item.scale)));
  const aspectCount = qualityAspectIds.length;
  const weights = new Int32Array(scored.length * aspectCount);
  scored.forEach((item, index) => {
    qualityAspectIds.forEach((aspect, a) => {
      weights[index * aspectCount + a] = item.weights[aspect];
    });
  });
  const num = new Int32Array(aspectCount);
  const den = new Int32Array(aspectCount);
  const applicable = new Int32Array(aspectCount);
  // round1 in tenths: floor((2000 * num + den) / (2 * den)), as in packages/scoring.
  const tenths = (n: number, d: number) => {
    const top = 2000 * n + d;
    const bottom = 2 * d;
    return (top - (top % bottom)) / bottom;
  };

  return (response: PracticeResponse): AspectScores => {
    num.fill(0);
    den.fill(0);
    applicable.fill(0);
    const answers = response.answers;
    for (let index = 0; index < ids.length; index += 1) {
      const answer = answers[ids[index] as string];
      if (answer === 'na') continue;
      const max = maxima[index] as number;
      const base = index * aspectCount;
      if (answer === undefined) {
        for (let a = 0; a < aspectCount; a += 1) {
          applicable[a] = (applicable[a] as number) + (weights[base + a] as number) * max;
        }
        continue;
      }
      for (let a = 0; a < aspectCount; a += 1) {
        const weight = weights[base + a] as number;
        applicable[a] = (applicable[a] as number) + weight * max;
        num[a] = (num[a] as number) + weight * answer;
        den[a] = (den[a] as number) + weight * max;
      }
    }
    const scores: AspectScores = {};
    for (let a = 0; a < aspectCount; a += 1) {
      const n = num[a] as number;
      const d = den[a] as number;
      const all = applicable[a] as number;
      scores[qualityAspectIds[a] as string] = {
        score: d === 0 ? null : tenths(n, d) / 10,
        coverage: all === 0 ? null : tenths(d, all) / 10,
      };
    }
    return scores;
  };
}
