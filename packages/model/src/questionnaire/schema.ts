import * as z from 'zod/mini';
import {
  answerScaleIds,
  applicationTypeIds,
  igjThemeIds,
  inkPhaseIds,
  qualityAspectIds,
} from '../concepts/ids';
import { seedFiles } from '../shared/source';

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const localizedTextSchema = z.strictObject({
  nl: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
const sourceSchema = z.strictObject({
  seed: z.enum(seedFiles),
  heading: z.string().check(z.minLength(1)),
});
const weightSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const weightsSchema = z.strictObject(
  Object.fromEntries(qualityAspectIds.map((id) => [id, weightSchema])) as Record<
    (typeof qualityAspectIds)[number],
    typeof weightSchema
  >,
);

/**
 * zod schema of one questionnaire item.
 *
 * @example
 * ```ts
 * import { questionnaire, questionnaireItemSchema } from '@praktijkscan/model';
 * questionnaireItemSchema.safeParse(questionnaire.items[0]).success; // true
 * ```
 */
export const questionnaireItemSchema = z.strictObject({
  id: kebabId,
  section: kebabId,
  text: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  scale: z.enum(answerScaleIds),
  weights: weightsSchema,
  theme: z.enum(igjThemeIds),
  inkPhase: z.optional(z.union(inkPhaseIds.map((phase) => z.literal(phase)))),
  applicationType: z.optional(z.enum(applicationTypeIds)),
  allowsNotApplicable: z.boolean(),
  scored: z.boolean(),
  source: sourceSchema,
});

/**
 * zod schema of a questionnaire. Besides the shape it checks that ids are unique, every item's
 * section exists, every scored item has a positive weight and the unscored ones have none.
 *
 * @example
 * ```ts
 * import { questionnaire, questionnaireSchema } from '@praktijkscan/model';
 * questionnaireSchema.safeParse(questionnaire).success; // true
 * ```
 */
export const questionnaireSchema = z
  .strictObject({
    id: kebabId,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
    title: localizedTextSchema,
    description: localizedTextSchema,
    sections: z.array(
      z.strictObject({ id: kebabId, title: localizedTextSchema, description: localizedTextSchema }),
    ),
    items: z.array(questionnaireItemSchema),
  })
  .check(
    z.superRefine((questionnaire, ctx) => {
      const sectionIds = new Set<string>();
      questionnaire.sections.forEach((section, index) => {
        if (sectionIds.has(section.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `Duplicate section id "${section.id}"`,
            path: ['sections', index, 'id'],
          });
        }
        sectionIds.add(section.id);
      });
      const itemIds = new Set<string>();
      questionnaire.items.forEach((item, index) => {
        if (itemIds.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `Duplicate item id "${item.id}"`,
            path: ['items', index, 'id'],
          });
        }
        itemIds.add(item.id);
        if (!sectionIds.has(item.section)) {
          ctx.addIssue({
            code: 'custom',
            message: `Unknown section "${item.section}"`,
            path: ['items', index, 'section'],
          });
        }
        const positive = Object.values(item.weights).some((weight) => weight > 0);
        if (item.scored && !positive) {
          ctx.addIssue({
            code: 'custom',
            message: 'A scored item needs at least one positive weight',
            path: ['items', index, 'weights'],
          });
        }
        if (!item.scored && positive) {
          ctx.addIssue({
            code: 'custom',
            message: 'An unscored item carries no weight',
            path: ['items', index, 'weights'],
          });
        }
        if ((item.scale === 'usage') !== (item.applicationType !== undefined)) {
          ctx.addIssue({
            code: 'custom',
            message: 'Inventory items, and only they, have scale "usage" and an applicationType',
            path: ['items', index, 'scale'],
          });
        }
      });
    }),
  );
