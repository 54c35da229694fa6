// JSON Schemas of the model's data formats, generated from its zod schemas at build time.
import * as z from 'zod/mini';
import {
  migrationMapSchema,
  questionnaire,
  questionnaireSchema,
  responseLimits,
  responseSchemaFor,
} from '../src';

/** Each schema file of this package: its name and its content. */
export function schemaFiles(): { file: string; schema: Record<string, unknown> }[] {
  return [
    {
      file: 'questionnaire.schema.json',
      schema: {
        ...z.toJSONSchema(questionnaireSchema),
        $id: 'https://praktijkscan.nl/schemas/questionnaire.schema.json',
        title: 'praktijkscan questionnaire',
        description:
          'A versioned praktijkscan questionnaire. Checked by questionnaireSchema but not expressible here: section and item ids are unique; every item names an existing section; a scored item has at least one positive weight and an unscored one none; exactly the items with scale "usage" have an applicationType.',
      },
    },
    {
      file: 'response.schema.json',
      schema: {
        ...z.toJSONSchema(responseSchemaFor(questionnaire), { io: 'input' }),
        $id: 'https://praktijkscan.nl/schemas/response.schema.json',
        title: `praktijkscan response to questionnaire ${questionnaire.id} ${questionnaire.version}`,
        description: `What a practice submits, for questionnaire ${questionnaire.id} ${questionnaire.version}: answers by item id, each within its scale, "na" only where allowed. Checked by parseResponse but not expressible here: dates are real calendar dates (not only YYYY-MM-DD); idea ids are unique; bottlenecks are not repeated; no key "__proto__", "constructor" or "prototype" anywhere; nesting at most ${responseLimits.maxDepth} deep and at most ${responseLimits.maxNodes} values; parseResponseJson takes at most ${responseLimits.maxJsonLength} characters.`,
      },
    },
    {
      file: 'migration.schema.json',
      schema: {
        ...z.toJSONSchema(migrationMapSchema),
        $id: 'https://praktijkscan.nl/schemas/migration.schema.json',
        title: 'praktijkscan migration map',
        description:
          'What becomes of every item of one questionnaire version in the next: carried (perhaps under a new id), merged into another item with the rule that combines the answers, split (the new items stay missing) or dropped. Checked by checkMigrationMap but not expressible here: every item of the old version is mapped, and only to items of the new version on the same scale.',
      },
    },
  ];
}
