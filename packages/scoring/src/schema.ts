import { igjThemeIds, matrixQuadrantIds, qualityAspectIds } from '@praktijkscan/model';
import * as z from 'zod/mini';

const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));
const pair = z.strictObject({ score, coverage: score });
const date = z.iso.date();
const phase = z.union([1, 2, 3, 4, 5].map((value) => z.literal(value)));
const byIds = <const Ids extends readonly string[]>(ids: Ids) =>
  z.strictObject(
    Object.fromEntries(ids.map((id) => [id, pair])) as Record<Ids[number], typeof pair>,
  );

/**
 * zod schema of a `ScoreResult`, for checking results that crossed a process boundary (a file, a
 * queue, another service). Scores and coverage are `null` or 0..100 with one decimal.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { scoreResponse, scoreResultSchema } from '@praktijkscan/scoring';
 * const stored = JSON.stringify(scoreResponse(sampleHalfway));
 * scoreResultSchema.safeParse(JSON.parse(stored)).success; // true
 * scoreResultSchema.safeParse({ overall: 59.7 }).success; // false
 * ```
 */
export const scoreResultSchema = z.strictObject({
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  practiceId: z.string(),
  completedOn: date,
  overall: score,
  aspects: byIds(qualityAspectIds),
  sections: z.record(z.string(), pair),
  themes: byIds(igjThemeIds),
  inkPhase: z.strictObject({
    phase: z.union([z.literal(0), phase]),
    attained: z.strictObject({
      '1': z.boolean(),
      '2': z.boolean(),
      '3': z.boolean(),
      '4': z.boolean(),
      '5': z.boolean(),
    }),
    next: z.nullable(
      z.strictObject({ phase, progress: score, earliestDate: date, typicalDate: date }),
    ),
  }),
  completeness: z.strictObject({
    answered: z.int().check(z.gte(0)),
    applicable: z.int().check(z.gte(0)),
    missing: z.array(z.string()),
  }),
  selfAssessment: z.nullable(
    z.strictObject({ item: z.string(), value: z.nullable(z.int()), max: z.int(), score }),
  ),
  ideas: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      effect: z.int().check(z.gte(1), z.lte(5)),
      energy: z.int().check(z.gte(1), z.lte(5)),
      quadrant: z.enum(matrixQuadrantIds),
    }),
  ),
});
