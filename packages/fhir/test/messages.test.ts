import { fc, test } from '@fast-check/vitest';
import { sampleAdvanced } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  FhirConversionError,
  type FhirConversionIssue,
  fromFhirQuestionnaireResponse,
  toFhirQuestionnaireResponse,
} from '../src';
import { readLimits } from '../src/response/read/guard';

// biome-ignore lint/suspicious/noExplicitAny: FHIR JSON is edited freely here
type Json = any;

const valid = (): Json => JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(sampleAdvanced)));

function issuesIn(locale: 'nl' | 'en', resource: unknown, options = {}): FhirConversionIssue[] {
  try {
    fromFhirQuestionnaireResponse(resource, { ...options, locale });
  } catch (error) {
    if (error instanceof FhirConversionError) return [...error.issues];
    throw error;
  }
  return [];
}

// The first question answered with a code (the scan's own fields come first).
const codedQuestion = (resource: Json): Json =>
  resource.item
    .flatMap((group: Json) => group.item ?? [])
    .find((question: Json) => question.answer?.[0]?.valueCoding);

// The reader's own English descriptions; none may appear in a Dutch message.
const english =
  /\b(the text|the number|the boolean|nothing|an array|an object|a string|no value|an answer to a group|an item|an? (Extension|Reference|Identifier) object|sub-extensions|time zone such as|more than \d+ values|nested deeper|of which|none)\b|value\w+ and value/;

const badResources: readonly [string, () => unknown, object?][] = [
  ['not an object', () => 'Patient'],
  ['another resource type', () => ({ ...valid(), resourceType: 'Patient' })],
  ['a number as resource type', () => ({ ...valid(), resourceType: 7 })],
  ['a boolean as resource type', () => ({ ...valid(), resourceType: true })],
  ['items not a list', () => ({ ...valid(), item: {} })],
  ['an item that is no object', () => ({ ...valid(), item: [5] })],
  [
    'two values in one answer',
    () => {
      const resource = valid();
      const question = codedQuestion(resource);
      question.answer = [{ ...question.answer[0], valueString: 'ja' }];
      return resource;
    },
  ],
  [
    'an answer without a value',
    () => {
      const resource = valid();
      codedQuestion(resource).answer = [{}];
      return resource;
    },
  ],
  [
    'an answer to a group',
    () => {
      const resource = valid();
      resource.item[0].answer = [{ valueString: 'x' }];
      return resource;
    },
  ],
  ['a subject that is no Reference', () => ({ ...valid(), subject: 'p' })],
  ['authored as a number', () => ({ ...valid(), authored: 20260101 })],
  [
    'too many values',
    () => ({ ...valid(), contained: Array.from({ length: readLimits.maxNodes + 1 }, () => 0) }),
  ],
  [
    'nested too deep',
    () => {
      let deep: Json = {};
      for (let level = 0; level <= readLimits.maxDepth; level += 1) deep = { deep };
      return { ...valid(), contained: [deep] };
    },
  ],
  ['a bad time zone option', valid, { timeZone: 5 }],
];

describe('FHIR reading messages in Dutch', () => {
  it.each(badResources)(
    'says %s in Dutch only, with the params as they are',
    (_, make, options) => {
      const dutch = issuesIn('nl', make(), options);
      const inEnglish = issuesIn('en', make(), options);
      expect(dutch.length).toBeGreaterThan(0);
      for (const issue of dutch) expect(issue.message).not.toMatch(english);
      // The params are for programs: the same in both languages.
      expect(dutch.map((issue) => issue.params)).toEqual(inEnglish.map((issue) => issue.params));
    },
  );

  it('quotes a received text as it is, in a Dutch sentence', () => {
    const [issue] = issuesIn('nl', { ...valid(), resourceType: 'Pa$&tient' });
    expect(issue?.message).toBe(
      'Verwacht resourceType "QuestionnaireResponse", ontvangen de tekst "Pa$&tient".',
    );
    expect(issue?.params).toEqual({ received: 'the text "Pa$&tient"' });
  });

  test.prop([fc.integer({ min: 0, max: 40 }), fc.jsonValue()])(
    'has no English description in a Dutch message, whatever value replaces part of a response',
    (pick, value) => {
      const resource = valid();
      const questions = resource.item.flatMap((group: Json) => group.item ?? []);
      const targets: [Json, string][] = [
        [resource, 'resourceType'],
        [resource, 'subject'],
        [resource, 'authored'],
        [resource, 'item'],
        [resource.item[0], 'item'],
        ...questions.map((question: Json): [Json, string] => [question, 'answer']),
        ...questions.map((question: Json): [Json, string] => [
          question.answer?.[0] ?? {},
          'valueCoding',
        ]),
      ];
      const [holder, key] = targets[pick % targets.length]!;
      holder[key] = value;
      for (const issue of issuesIn('nl', resource)) expect(issue.message).not.toMatch(english);
    },
  );
});
