// JSON Schema of ReportData, generated from its zod schema at build time.
import * as z from 'zod/mini';
import { reportDataSchema } from '../src';

/** Each schema file of this package: its name and its content. */
export function schemaFiles(): { file: string; schema: Record<string, unknown> }[] {
  return [
    {
      file: 'report-data.schema.json',
      schema: {
        ...z.toJSONSchema(reportDataSchema),
        $id: 'https://praktijkscan.nl/schemas/report-data.schema.json',
        title: 'praktijkscan report data',
        description:
          "Everything a report needs about one practice. Not expressible here: aspects and radar axes are the six quality aspects in the model's fixed order; each radar series has one value per axis; recommendations are in the order of SCORING.md with rank 1..n; plan is the roadmap: focus (the first quarter's steps that count against capacity, at most capacity), quarters (13 weeks each from meta.asOf, each step with id, startBy and evaluateOn), later (with the reason in words) and avoid (never-do entries, never dated); every step appears once in quarters or later, never-do entries and notes never; pdca.steps holds each scheduled step's own plan-do-check-act dates in time order; monitoring's dates equal those of the steps that plan the scan and the visit; phaseLadder has the five phases in order with exactly one current or next rung consistent with summary.inkPhase.",
      },
    },
  ];
}
