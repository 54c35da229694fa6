import * as z from 'zod/mini';
import { answerScaleMax } from '../concepts/answer-scales';
import { bottleneckIds } from '../concepts/ids';
import type { QuestionnaireItemStructure, QuestionnaireStructure } from '../questionnaire/types';
import { responseLimits as limits } from './limits';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Control characters have no place in practice-level free text and break reports.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const noControlCharacters = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

// A text must say something: at least one character that is not white space.
const text = (maximum: number) =>
  z
    .string()
    .check(z.minLength(1), z.maxLength(maximum), z.regex(noControlCharacters), z.regex(/\S/));
const kebabId = z.string().check(z.maxLength(limits.maxIdLength), z.regex(kebabCase));
const calendarDate = z.iso.date();
const rating = z.int().check(z.gte(1), z.lte(5));

/**
 * zod schema of an improvement idea (the improvement form of seed 004, with effect and energy).
 *
 * @example
 * ```ts
 * import { improvementIdeaSchema } from '@praktijkscan/model';
 * improvementIdeaSchema.safeParse({ id: 'online-repeats', title: 'Herhaalrecepten online', effect: 4, energy: 2 }).success; // true
 * ```
 */
export const improvementIdeaSchema = z.strictObject({
  id: kebabId,
  title: text(limits.maxIdeaTitleLength),
  date: z.optional(calendarDate),
  from: z.optional(text(limits.maxIdeaTitleLength)),
  team: z.optional(text(limits.maxIdeaTitleLength)),
  problem: z.optional(text(limits.maxIdeaTextLength)),
  size: z.optional(text(limits.maxIdeaTextLength)),
  idea: z.optional(text(limits.maxIdeaTextLength)),
  yield: z.optional(text(limits.maxIdeaTextLength)),
  involve: z.optional(text(limits.maxIdeaTextLength)),
  effect: rating,
  energy: rating,
  relatesTo: z.optional(kebabId),
});

/** A repeated idea id or bottleneck, found in raw input whatever else is wrong with it. */
export interface DuplicateFinding {
  readonly code: 'duplicate-idea-id' | 'duplicate-bottleneck';
  readonly path: (string | number)[];
  readonly params: { readonly id: string } | { readonly value: string };
}

/** Finds repeated idea ids and repeated bottlenecks in a response, valid or not. */
export function findDuplicates(response: unknown): DuplicateFinding[] {
  const findings: DuplicateFinding[] = [];
  if (response === null || typeof response !== 'object') return findings;
  const { ideas, bottlenecks } = response as { ideas?: unknown; bottlenecks?: unknown };
  const seenIdeas = new Set<string>();
  (Array.isArray(ideas) ? ideas : []).forEach((idea: unknown, index) => {
    const id =
      idea !== null && typeof idea === 'object' ? (idea as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    if (seenIdeas.has(id))
      findings.push({ code: 'duplicate-idea-id', path: ['ideas', index, 'id'], params: { id } });
    seenIdeas.add(id);
  });
  const seenBottlenecks = new Set<string>();
  (Array.isArray(bottlenecks) ? bottlenecks : []).forEach((value: unknown, index) => {
    if (typeof value !== 'string') return;
    if (seenBottlenecks.has(value)) {
      findings.push({
        code: 'duplicate-bottleneck',
        path: ['bottlenecks', index],
        params: { value },
      });
    }
    seenBottlenecks.add(value);
  });
  return findings;
}

const duplicateChecks = z.superRefine((response: unknown, ctx) => {
  for (const finding of findDuplicates(response)) {
    ctx.addIssue({
      code: 'custom',
      message: finding.code,
      path: finding.path,
      params: { ...finding.params, code: finding.code },
    });
  }
});

function responseShape<Answers extends z.ZodMiniType>(answers: Answers) {
  return z
    .strictObject({
      questionnaire: z.strictObject({
        id: kebabId,
        version: z.string().check(z.maxLength(limits.maxIdLength)),
      }),
      practiceId: text(limits.maxPracticeIdLength),
      practiceName: z.optional(text(limits.maxPracticeNameLength)),
      completedOn: calendarDate,
      lastPracticeVisitOn: z.optional(calendarDate),
      answers,
      bottlenecks: z._default(
        z.array(z.enum(bottleneckIds)).check(z.maxLength(bottleneckIds.length)),
        [],
      ),
      ownBottlenecks: z._default(
        z.array(text(limits.maxOwnBottleneckLength)).check(z.maxLength(limits.maxOwnBottlenecks)),
        [],
      ),
      ideas: z._default(z.array(improvementIdeaSchema).check(z.maxLength(limits.maxIdeas)), []),
    })
    .check(duplicateChecks);
}

/**
 * zod schema of a response to any questionnaire: the shape of every field, with answers as
 * integers or `"na"`. Which items exist, each answer's range and where `"na"` is allowed depend on
 * the questionnaire: {@link responseSchemaFor} checks those too, and `parseResponse` uses it.
 *
 * @example
 * ```ts
 * import { responseSchema } from '@praktijkscan/model';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * responseSchema.safeParse(sampleHalfway).success; // true
 * ```
 */
export const responseSchema = responseShape(
  z.record(
    // No key that could reach a prototype when a consumer copies the answers (e.g. "constructor").
    kebabId.check(z.refine((key) => key !== 'constructor' && key !== 'prototype')),
    z.union([z.int().check(z.gte(0)), z.literal('na')]),
  ),
);

function answerSchemaFor(item: QuestionnaireItemStructure) {
  const values = z.int().check(z.gte(0), z.lte(answerScaleMax(item.scale)));
  return item.allowsNotApplicable ? z.union([values, z.literal('na')]) : values;
}

const schemasByQuestionnaire = new WeakMap<
  QuestionnaireStructure,
  ReturnType<typeof buildResponseSchemaFor>
>();

function buildResponseSchemaFor(questionnaire: QuestionnaireStructure) {
  const answers = Object.fromEntries(
    questionnaire.items.map((item) => [item.id, z.optional(answerSchemaFor(item))]),
  );
  return responseShape(z.strictObject(answers));
}

/**
 * zod schema of a response to one questionnaire: exactly its items as answer keys, each answer
 * within its scale, `"na"` only where the item allows it. Built once per questionnaire.
 *
 * @example
 * ```ts
 * import { questionnaire, responseSchemaFor } from '@praktijkscan/model';
 * import { sampleAdvanced } from '@praktijkscan/model/samples';
 * responseSchemaFor(questionnaire).safeParse(sampleAdvanced).success; // true
 * ```
 */
export function responseSchemaFor(questionnaire: QuestionnaireStructure) {
  let schema = schemasByQuestionnaire.get(questionnaire);
  if (!schema) {
    schema = buildResponseSchemaFor(questionnaire);
    schemasByQuestionnaire.set(questionnaire, schema);
  }
  return schema;
}
