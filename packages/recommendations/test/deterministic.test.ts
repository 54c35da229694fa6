import { samplePractices } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { recommend } from '../src';

describe('deterministic', () => {
  it('the same input gives byte-identical output on every call, whatever the key order of the input', async () => {
    for (const sample of samplePractices) {
      const result = scoreResponse(sample);
      const reversed = {
        ...Object.fromEntries(Object.entries(sample).reverse()),
        answers: Object.fromEntries(Object.entries(sample.answers).reverse()),
      } as typeof sample;
      expect(Object.keys(reversed)[0]).not.toBe(Object.keys(sample)[0]);
      const outputs = new Set<string>();
      for (let round = 0; round < 3; round += 1) {
        outputs.add(JSON.stringify(await recommend(result, sample, { asOf: '2026-11-22' })));
        outputs.add(
          JSON.stringify(
            await recommend(scoreResponse(reversed), reversed, { asOf: '2026-11-22' }),
          ),
        );
      }
      expect(outputs.size).toBe(1);
    }
  });
});
