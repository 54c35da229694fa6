import {
  answerScaleMax,
  bottleneckIds,
  type ImprovementIdea,
  type PracticeResponse,
  questionnaire as published,
  type Questionnaire,
} from '@praktijkscan/model';
import fc from 'fast-check';

/** Makes a text arbitrary of at most `maxLength` graphemes. */
type TextArb = (maxLength: number) => fc.Arbitrary<string>;

// Free text as a practice types it: any characters but the control characters the model forbids
// (tab, line feed and carriage return are allowed), with at least one that is not white space.
const anyText: TextArb = (maxLength) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the model forbids these characters.
    .filter((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text))
    .filter((text) => /\S/.test(text));

// Text that FHIR validators running in JavaScript accept as an R4 string: with some
// non-whitespace content (R4 strings SHOULD have it; Medplum requires it), and without Unicode
// spaces such as U+00A0, which the JSON Schema's `[ \r\n\t\S]+` rejects only because a
// JavaScript `\S` excludes them (in the XML Schema regexes FHIR derives from, `\s` is ASCII only).
const validatorText: TextArb = (maxLength) =>
  anyText(maxLength).filter((text) => /\S/.test(text) && !/[^\S \t\r\n]/.test(text));

const dateArb = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const ideaArb = (textArb: TextArb, index: number) =>
  fc
    .record({
      id: fc.constant(`idea-${index}`),
      title: textArb(40),
      date: optional(dateArb),
      from: optional(textArb(20)),
      team: optional(textArb(20)),
      problem: optional(textArb(60)),
      size: optional(textArb(60)),
      idea: optional(textArb(60)),
      yield: optional(textArb(60)),
      involve: optional(textArb(60)),
      effect: fc.integer({ min: 1, max: 5 }),
      energy: fc.integer({ min: 1, max: 5 }),
    })
    .map(
      (idea) =>
        Object.fromEntries(
          Object.entries(idea).filter(([, value]) => value !== undefined),
        ) as unknown as ImprovementIdea,
    );

/** An answer to an item: missing (undefined), "na" where allowed, or 0..max. */
const answerArb = (item: Questionnaire['items'][number]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    ...(item.allowsNotApplicable ? [{ weight: 1, arbitrary: fc.constant('na' as const) }] : []),
    { weight: 4, arbitrary: fc.integer({ min: 0, max: answerScaleMax(item.scale) }) },
  );

function responseArbWith(textArb: TextArb): fc.Arbitrary<PracticeResponse> {
  return fc
    .record({
      answers: fc.tuple(...published.items.map((item) => answerArb(item))),
      practiceId: textArb(30),
      practiceName: optional(textArb(60)),
      completedOn: dateArb,
      lastPracticeVisitOn: optional(dateArb),
      bottlenecks: fc.shuffledSubarray([...bottleneckIds]),
      ownBottlenecks: fc.array(textArb(80), { maxLength: 4 }),
      ideas: fc
        .integer({ min: 0, max: 4 })
        .chain((count) =>
          fc.tuple(...Array.from({ length: count }, (_, index) => ideaArb(textArb, index))),
        ),
    })
    .map(({ answers, practiceName, lastPracticeVisitOn, ...rest }) => ({
      questionnaire: { id: published.id, version: published.version },
      ...rest,
      ...(practiceName === undefined ? {} : { practiceName }),
      ...(lastPracticeVisitOn === undefined ? {} : { lastPracticeVisitOn }),
      answers: Object.fromEntries(
        published.items.flatMap((item, index) =>
          answers[index] === undefined ? [] : [[item.id, answers[index]]],
        ),
      ),
    }));
}

/**
 * A valid response to the published questionnaire, as a caller would write it (not parsed): any
 * answers (missing, "na" where allowed, 0..max), bottlenecks in any order, own bottlenecks, ideas
 * with and without their optional fields, and the optional practice name and visit date.
 */
export const responseArb = responseArbWith(anyText);

/** The same, with texts that FHIR validators in JavaScript accept as R4 strings. */
export const validatorSafeResponseArb = responseArbWith(validatorText);
