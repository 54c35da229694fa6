// JSON Schemas of a recommended step and of the extra-rules format, generated at build time.
import * as z from 'zod/mini';
import { extraRulesSchema, recommendedStepSchema, ruleLimits } from '../src';

/** Each schema file of this package: its name and its content. */
export function schemaFiles(): { file: string; schema: Record<string, unknown> }[] {
  const rules = JSON.parse(
    JSON.stringify(z.toJSONSchema(extraRulesSchema)).replaceAll('__schema0', 'Conditions'),
  );
  return [
    {
      file: 'recommendation.schema.json',
      schema: {
        ...z.toJSONSchema(recommendedStepSchema),
        $id: 'https://praktijkscan.nl/schemas/recommendation.schema.json',
        title: 'praktijkscan recommended step',
        description:
          "One next step as recommend() returns it. Not expressible here: id is an id of the catalog; quadrant follows from effect and energy (effect >= 3 high, energy >= 3 high); evaluateOn is startBy plus the step's evaluateAfterWeeks.",
      },
    },
    {
      file: 'extra-rules.schema.json',
      schema: {
        ...rules,
        $id: 'https://praktijkscan.nl/schemas/extra-rules.schema.json',
        title: 'praktijkscan extra rules',
        description: `Rules a vendor adds, in json-rules-engine's format, restricted. Checked by validateRules but not expressible here: every fact is one of factNames(questionnaire); every recommendation is an id of the catalog; rule names are unique and not those of the built-in rules; conditions nest at most ${ruleLimits.maxDepth} levels with at most ${ruleLimits.maxLeavesPerRule} comparisons per rule; a list value only with "in" and "notIn"; texts in values at most ${ruleLimits.maxStringValueLength} characters.`,
      },
    },
  ];
}
