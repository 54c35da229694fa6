import { describe, expect, it } from 'vitest';
import {
  bottleneckIds,
  questionnaire,
  responseSchema,
  responseSchemaFor,
  safeParseResponse,
} from '../src';
import { findDuplicates } from '../src/response/schema';
import { deepFreeze } from '../src/shared/freeze';

// The exported zod schemas and the duplicate finder they share with parseResponse (schema.ts):
// the exact problem each reports for a repeated idea id or bottleneck, the lists a left-out field
// defaults to, the answer keys refused anywhere, and when a schema is built again.

const [firstBottleneck, secondBottleneck] = bottleneckIds;
const idea = (id: unknown) => ({ id, title: 'Idee', effect: 3, energy: 2 });

/** A valid response with nothing but what is required. */
const minimal = () => ({
  questionnaire: { id: questionnaire.id, version: questionnaire.version },
  practiceId: 'praktijk-de-linde',
  completedOn: '2026-04-08',
  answers: {},
});

describe('findDuplicates', () => {
  it('finds nothing in what is no object, and does not throw', () => {
    for (const value of [null, undefined, 5, 'ideas', true])
      expect(findDuplicates(value)).toEqual([]);
  });

  it('finds nothing where the lists are no lists', () => {
    for (const value of ['ab', { 0: idea('a'), 1: idea('a') }, 5, null])
      expect(findDuplicates({ ideas: value, bottlenecks: value })).toEqual([]);
  });

  it('reports each repeated idea id at the repeat, with the id, and skips entries without a text id', () => {
    const ideas = [null, 7, 'a', idea(5), idea(5), idea('a'), {}, idea('a'), idea('b'), idea('a')];
    expect(findDuplicates({ ideas })).toStrictEqual([
      { code: 'duplicate-idea-id', path: ['ideas', 7, 'id'], params: { id: 'a' } },
      { code: 'duplicate-idea-id', path: ['ideas', 9, 'id'], params: { id: 'a' } },
    ]);
  });

  it('reports each repeated bottleneck at the repeat, with the value, known or not, text only', () => {
    const bottlenecks = [5, 5, null, null, 'no-time', firstBottleneck, 'no-time', firstBottleneck];
    expect(findDuplicates({ bottlenecks })).toStrictEqual([
      { code: 'duplicate-bottleneck', path: ['bottlenecks', 6], params: { value: 'no-time' } },
      {
        code: 'duplicate-bottleneck',
        path: ['bottlenecks', 7],
        params: { value: firstBottleneck },
      },
    ]);
  });

  it('takes only objects for ideas: a function with an id is none', () => {
    const notAnIdea = Object.assign(() => undefined, { id: 'a' });
    expect(findDuplicates({ ideas: [notAnIdea, notAnIdea] })).toEqual([]);
  });

  it('lists the ideas’ findings before the bottlenecks’', () => {
    const response = { bottlenecks: ['x', 'x'], ideas: [idea('a'), idea('a')] };
    expect(findDuplicates(response).map((finding) => finding.code)).toEqual([
      'duplicate-idea-id',
      'duplicate-bottleneck',
    ]);
  });
});

describe('the response schemas report duplicates as custom issues with their code', () => {
  const duplicated = {
    ...minimal(),
    bottlenecks: [firstBottleneck, secondBottleneck, firstBottleneck],
    ideas: [idea('online-repeats'), idea('online-repeats')],
  };

  it.each([
    ['responseSchema', responseSchema],
    ['responseSchemaFor(questionnaire)', responseSchemaFor(questionnaire)],
  ] as const)('%s', (_name, schema) => {
    const result = schema.safeParse(duplicated);
    expect(result.success).toBe(false);
    const issues = (result.error?.issues ?? []).map((issue) => ({
      code: issue.code,
      path: issue.path,
      message: issue.message,
      params: 'params' in issue ? issue.params : undefined,
    }));
    expect(issues).toStrictEqual([
      {
        code: 'custom',
        path: ['ideas', 1, 'id'],
        message: 'duplicate-idea-id',
        params: { id: 'online-repeats', code: 'duplicate-idea-id' },
      },
      {
        code: 'custom',
        path: ['bottlenecks', 2],
        message: 'duplicate-bottleneck',
        params: { value: firstBottleneck, code: 'duplicate-bottleneck' },
      },
    ]);
  });

  it('so that parseResponse refuses a response whose only fault is a repeat', () => {
    const result = safeParseResponse(duplicated);
    if (result.success) throw new Error('a response with repeats was accepted');
    expect(
      result.error.issues.map(({ code, path, params }) => ({ code, path, params })),
    ).toStrictEqual([
      { code: 'duplicate-idea-id', path: ['ideas', 1, 'id'], params: { id: 'online-repeats' } },
      {
        code: 'duplicate-bottleneck',
        path: ['bottlenecks', 2],
        params: { value: firstBottleneck },
      },
    ]);
  });
});

describe('the response schemas’ defaults and answer keys', () => {
  it.each([
    ['responseSchema', () => responseSchema],
    ['responseSchemaFor(questionnaire)', () => responseSchemaFor(questionnaire)],
    // Built on this call: a copy that can still change keeps no schema.
    ['responseSchemaFor(a copy)', () => responseSchemaFor({ ...questionnaire })],
  ] as const)('%s gives every left-out list as an empty list', (_name, schemaOf) => {
    const schema = schemaOf();
    const result = schema.safeParse(minimal());
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ bottlenecks: [], ownBottlenecks: [], ideas: [] });
    expect(result.data?.bottlenecks).toEqual([]);
    expect(result.data?.ownBottlenecks).toEqual([]);
    expect(result.data?.ideas).toEqual([]);
  });

  it('responseSchema takes any kebab-case answer key but "constructor" and "prototype"', () => {
    const withAnswers = (answers: Record<string, unknown>) =>
      responseSchema.safeParse({ ...minimal(), answers }).success;
    expect(withAnswers({ 'any-item': 1, another: 'na' })).toBe(true);
    expect(withAnswers({ constructor: 1 })).toBe(false);
    expect(withAnswers({ prototype: 1 })).toBe(false);
    expect(withAnswers({ 'constructor-x': 1 })).toBe(true);
  });
});

describe('responseSchemaFor builds a schema once per deep-frozen questionnaire only', () => {
  it('gives the same schema for a deep-frozen questionnaire on every call', () => {
    expect(responseSchemaFor(questionnaire)).toBe(responseSchemaFor(questionnaire));
    const frozenCopy = deepFreeze(structuredClone(questionnaire));
    expect(responseSchemaFor(frozenCopy)).toBe(responseSchemaFor(frozenCopy));
  });

  it('builds the schema of a questionnaire that can still change on every call, so it sees changes', () => {
    const items = [...questionnaire.items];
    const open = { ...questionnaire, items };
    const last = items[items.length - 1];
    if (!last) throw new Error('no items');
    const response = { ...minimal(), answers: { [last.id]: 0 } };
    const before = responseSchemaFor(open);
    expect(before.safeParse(response).success).toBe(true);
    items.pop();
    const after = responseSchemaFor(open);
    expect(after).not.toBe(before);
    expect(after.safeParse(response).success).toBe(false);
  });
});
