// JSON Schema of ScoreResult, generated from its zod schema at build time.
import * as z from 'zod/mini';
import { scoreResultSchema } from '../src';

/** Each schema file of this package: its name and its content. */
export function schemaFiles(): { file: string; schema: Record<string, unknown> }[] {
  return [
    {
      file: 'score-result.schema.json',
      schema: {
        ...z.toJSONSchema(scoreResultSchema),
        $id: 'https://praktijkscan.nl/schemas/score-result.schema.json',
        title: 'praktijkscan score result',
        description:
          'The scores of one response, as SCORING.md defines them. Not expressible here: every score and coverage has one decimal; the six aspects, the sections and themes are in a fixed key order; completeness.answered <= completeness.applicable; inkPhase.phase is the highest p with attained 1..p all true, and next is phase + 1 (null after 5).',
      },
    },
  ];
}
