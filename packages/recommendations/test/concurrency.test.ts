import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { recommend } from '../src';
import { candidateResponses } from './support/candidates';

// 1,000 recommend calls: seconds on a busy two-core machine.
describe('concurrency', { timeout: 120_000 }, () => {
  it('500 concurrent recommend calls over different practices each equal their sequential result', async () => {
    const candidates = candidateResponses();
    const jobs = Array.from({ length: 500 }, (_, index) => {
      const candidate = candidates[index % candidates.length]!;
      const locale = index % 2 === 0 ? ('nl' as const) : ('en' as const);
      return { ...candidate, locale, result: scoreResponse(candidate.response) };
    });
    const sequential: string[] = [];
    for (const job of jobs) {
      sequential.push(
        JSON.stringify(
          await recommend(job.result, job.response, { asOf: job.asOf, locale: job.locale }),
        ),
      );
    }
    const concurrent = await Promise.all(
      jobs.map(async (job) =>
        JSON.stringify(
          await recommend(job.result, job.response, { asOf: job.asOf, locale: job.locale }),
        ),
      ),
    );
    expect(concurrent).toEqual(sequential);
    expect(new Set(sequential).size).toBeGreaterThan(20);
  });
});
