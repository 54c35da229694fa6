import {
  bottleneckIds,
  digitisationDomainIds,
  igjThemeIds,
  matrixQuadrantIds,
  pdcaPhaseIds,
  qualityAspectIds,
  roleIds,
  seedFiles,
} from '@praktijkscan/model';
import * as z from 'zod/mini';
import { ruleLimits, ruleOperators } from './rules/types';

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const rating = z.int().check(z.gte(1), z.lte(5));

/**
 * zod schema of one recommended step as `recommend` returns it.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { recommend, recommendedStepSchema } from '@praktijkscan/recommendations';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const steps = await recommend(scoreResponse(sampleHalfway), sampleHalfway, { asOf: '2026-11-22' });
 * steps.every((step) => recommendedStepSchema.safeParse(step).success); // true
 * ```
 */
export const recommendedStepSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  rationale: z.string(),
  source: z.strictObject({ seed: z.enum(seedFiles), heading: z.string() }),
  pdcaPhase: z.enum(pdcaPhaseIds),
  nivelStep: z.int().check(z.gte(1), z.lte(6)),
  toolboxStep: z.int().check(z.gte(1), z.lte(7)),
  igjTheme: z.enum(igjThemeIds),
  aspects: z.array(z.enum(qualityAspectIds)),
  roles: z.array(z.enum(roleIds)),
  bottlenecks: z.array(z.enum(bottleneckIds)),
  digitisationDomains: z.array(z.enum(digitisationDomainIds)),
  inkPhases: z.array(z.int().check(z.gte(1), z.lte(5))),
  maintenance: z.boolean(),
  effect: rating,
  energy: rating,
  rated: z.boolean(),
  quadrant: z.enum(matrixQuadrantIds),
  startBy: z.iso.date(),
  evaluateOn: z.iso.date(),
  reasons: z.array(
    z.strictObject({
      rule: z.string(),
      fact: z.string(),
      operator: z.enum(ruleOperators),
      expected: z.union([scalar, z.array(scalar)]),
      actual: scalar,
      text: z.string(),
    }),
  ),
});

const leaf = z.strictObject({
  fact: z.string(),
  operator: z.enum(ruleOperators),
  value: z.union([scalar, z.array(scalar).check(z.maxLength(ruleLimits.maxListLength))]),
});

interface ConditionsShape {
  all?: (z.infer<typeof leaf> | ConditionsShape)[];
  any?: (z.infer<typeof leaf> | ConditionsShape)[];
}

const conditions: z.ZodMiniType<ConditionsShape> = z.union([
  z.strictObject({
    get all() {
      return z.array(z.union([leaf, conditions])).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(z.union([leaf, conditions])).check(z.minLength(1));
    },
  }),
]);

/**
 * zod schema of the extra-rules format: a list of rules in json-rules-engine's format, restricted.
 * It describes the shape; `validateRules` also checks what a schema cannot (facts, catalog ids,
 * depth, size, unique names) and is what `recommend` uses.
 *
 * @example
 * ```ts
 * import { extraRulesSchema } from '@praktijkscan/recommendations';
 * const rule = {
 *   name: 'portal-unused',
 *   priority: 10,
 *   conditions: { all: [{ fact: 'answer.digital-care-vision', operator: 'lessThanInclusive', value: 1 }] },
 *   event: { type: 'recommend', params: { recommendation: 'formulate-digital-care-vision' } },
 * };
 * extraRulesSchema.safeParse([rule]).success; // true
 * extraRulesSchema.safeParse([{ ...rule, priority: 0 }]).success; // false
 * ```
 */
export const extraRulesSchema = z
  .array(
    z.strictObject({
      name: z
        .string()
        .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(ruleLimits.maxNameLength)),
      priority: z.int().check(z.gte(1), z.lte(100)),
      conditions,
      event: z.strictObject({
        type: z.literal('recommend'),
        params: z.strictObject({ recommendation: z.string() }),
      }),
    }),
  )
  .check(z.maxLength(ruleLimits.maxExtraRules));
