// JSON Schemas of the model's data formats, generated from its zod schemas at build time.
import * as z from 'zod/mini';
import { questionnaire, questionnaireSchema, responseLimits, responseSchemaFor } from '../src';

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
  ];
}
