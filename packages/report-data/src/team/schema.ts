import { qualityAspectIds, respondentRoleIds } from '@praktijkscan/model';
import * as z from 'zod/mini';

const score = z.nullable(z.number().check(z.gte(0), z.lte(100)));
const gap = z.nullable(z.number().check(z.gte(-100), z.lte(100)));
const text = z.string();
const answer = z.nullable(z.union([z.int().check(z.gte(0)), z.literal('na')]));
const role = z.enum(respondentRoleIds);

/**
 * zod schema of the team part of a report: the members' scores and judgement gaps, the radar with
 * one series per member and the team's, and the discussion agenda.
 *
 * @example
 * ```ts
 * import { sampleTeam } from '@praktijkscan/model/samples';
 * import { recommend } from '@praktijkscan/recommendations';
 * import { buildReportData, reportTeamSchema } from '@praktijkscan/report-data';
 * import { combineResponses, scoreTeam } from '@praktijkscan/scoring';
 *
 * const combination = combineResponses(sampleTeam);
 * const scores = scoreTeam(combination);
 * const asOf = '2026-11-22';
 * const recommendations = await recommend(scores.team, combination.response, { asOf, team: combination });
 * const report = buildReportData({
 *   response: combination.response, result: scores.team, recommendations, asOf, locale: 'nl',
 *   team: { combination, scores },
 * });
 * reportTeamSchema.safeParse(report.team).success; // true
 * ```
 */
export const reportTeamSchema = z.strictObject({
  thresholds: z.strictObject({
    spreadToDiscuss: z.int().check(z.gte(1)),
    yesNoSpreadToDiscuss: z.int().check(z.gte(1)),
  }),
  /** Each member: own overall score, own judgement, and judgement minus score. */
  respondents: z.array(
    z.strictObject({
      key: text,
      role,
      label: text,
      completedOn: z.iso.date(),
      overall: score,
      judgement: score,
      judgementGap: gap,
    }),
  ),
  radar: z.strictObject({
    axes: z.array(z.strictObject({ id: z.enum(qualityAspectIds), label: text })),
    scale: z.strictObject({ min: z.literal(0), max: z.literal(100) }),
    /** One series per member (`id` is the member's key), then the team's (`id` "team"). */
    series: z.array(z.strictObject({ id: text, label: text, values: z.array(score) })),
  }),
  /** The items to discuss: largest spread first, then the heavier item, then questionnaire order. */
  agenda: z.array(
    z.strictObject({
      item: text,
      text,
      spread: z.int().check(z.gte(0)),
      /** The sum of the item's aspect weights. */
      weight: z.int().check(z.gte(0)),
      combined: answer,
      combinedLabel: text,
      answers: z.array(
        z.strictObject({ respondent: text, label: text, role, answer, answerLabel: text }),
      ),
      aspects: z.array(
        z.strictObject({ id: z.enum(qualityAspectIds), label: text, weight: z.int() }),
      ),
    }),
  ),
});

/** The team part of a report, validated by {@link reportTeamSchema}. */
export type ReportTeam = z.infer<typeof reportTeamSchema>;
