import * as z from 'zod/mini';

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const version = z.string().check(z.regex(/^\d+\.\d+\.\d+$/));
const note = z.strictObject({
  nl: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/**
 * What becomes of one item's answer in a migration: `carried` (same meaning; `to` names a new id
 * where it changed), `merged` into another item with the rule that combines the answers, `split`
 * (the answer cannot be carried; the items `into` stay missing, except that with
 * `notApplicableCarried` an answer "na" is carried, where "not applicable" means the same for both,
 * e.g. "our region holds no practice visits") or `dropped`. A `note` says why,
 * in Dutch and English; split and dropped items need one.
 *
 * @example
 * ```ts
 * import { itemMigrationSchema } from '@praktijkscan/model';
 * itemMigrationSchema.safeParse({ kind: 'merged', into: 'patient-support', rule: 'max' }).success; // true
 * ```
 */
export const itemMigrationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('carried'), to: z.optional(kebabId), note: z.optional(note) }),
  z.strictObject({
    kind: z.literal('merged'),
    into: kebabId,
    rule: z.literal('max'),
    note: z.optional(note),
  }),
  z.strictObject({
    kind: z.literal('split'),
    into: z.array(kebabId).check(z.minLength(1)),
    notApplicableCarried: z.optional(z.literal(true)),
    note,
  }),
  z.strictObject({ kind: z.literal('dropped'), note }),
]);

/**
 * A migration map between two versions of one questionnaire: for every item of `from`, what
 * becomes of its answer in `to`. Shipped as JSON in `@praktijkscan/model`
 * (`src/migration/1.0.0-2.0.0.json`); that every item is mapped, and only to items that exist, is
 * checked by `checkMigrationMap`.
 *
 * @example
 * ```ts
 * import { migrationMaps, migrationMapSchema } from '@praktijkscan/model';
 * migrationMapSchema.safeParse(migrationMaps[0]).success; // true
 * ```
 */
export const migrationMapSchema = z.strictObject({
  questionnaire: kebabId,
  from: version,
  to: version,
  items: z.record(kebabId, itemMigrationSchema),
});

/** What becomes of one item's answer in a migration. */
export type ItemMigration = z.infer<typeof itemMigrationSchema>;

/** A migration map between two versions of one questionnaire. */
export type MigrationMap = z.infer<typeof migrationMapSchema>;
