import {
  type Locale,
  type PracticeResponse,
  type Questionnaire,
  safeParseResponse,
  toJsonPointer,
} from '@praktijkscan/model';
import type { FhirConversionParams } from '../errors/codes';
import { FhirConversionError, type FhirConversionIssue } from '../errors/fhir-conversion-error';
import { conversionMessages } from '../errors/messages';
import { combinePracticeData } from './read/combine';
import { describeType, isObject, own, type RawIssue, ReadContext } from './read/context';
import { readExtensions } from './read/extensions';
import { checkUnreadable, sizeProblem } from './read/guard';
import {
  isTimeZone,
  readAuthored,
  readQuestionnaire,
  readStatus,
  readSubject,
} from './read/header';
import { readItems } from './read/items';

/**
 * Options of {@link fromFhirQuestionnaireResponse}.
 *
 * @example
 * ```ts
 * import { FhirConversionError, type FromFhirQuestionnaireResponseOptions, fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '@praktijkscan/fhir';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * const draft = { ...toFhirQuestionnaireResponse(sampleHalfway), status: 'in-progress' };
 * const options: FromFhirQuestionnaireResponseOptions = { locale: 'nl' };
 * try {
 *   fromFhirQuestionnaireResponse(draft, options);
 * } catch (error) {
 *   if (error instanceof FhirConversionError) error.issues[0]?.message;
 *   // 'Alleen een afgeronde respons kan worden gelezen (status "completed" of "amended"), niet "in-progress".'
 * }
 * ```
 */
export interface FromFhirQuestionnaireResponseOptions {
  /** The language of the messages; English by default. */
  readonly locale?: Locale;
  /**
   * Read the response against this questionnaire instead of a published one. The resource's
   * `questionnaire` must then name its canonical URL and version.
   */
  readonly questionnaire?: Questionnaire;
  /**
   * The practice id where the resource carries none: neither in `subject.identifier` (praktijkscan
   * practice-id system) nor in the practice-id item. For a vendor whose form filler knows neither:
   * the practice is whoever is logged in.
   */
  readonly practiceId?: string;
  /**
   * The IANA time zone in which an `authored` instant (a dateTime) gives the completion date.
   * `Europe/Amsterdam` by default: `2026-03-14T23:30:00Z` is completed on 2026-03-15.
   */
  readonly timeZone?: string;
}

/** Problems with the options themselves, before the resource is read. */
function optionProblems(options: FromFhirQuestionnaireResponseOptions): RawIssue[] {
  const problems: RawIssue[] = [];
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    problems.push({
      code: 'invalid-option',
      path: [],
      params: {
        option: 'timeZone',
        expected: 'an IANA time zone such as Europe/Amsterdam',
        received: describeType(options.timeZone),
      },
    });
  }
  if (options.practiceId !== undefined && typeof options.practiceId !== 'string') {
    problems.push({
      code: 'invalid-option',
      path: [],
      params: {
        option: 'practiceId',
        expected: 'a string',
        received: describeType(options.practiceId),
      },
    });
  }
  return problems;
}

function localize(issue: RawIssue, locale: Locale): FhirConversionIssue {
  const template = conversionMessages[locale][issue.code];
  const params: FhirConversionParams = { ...issue.params };
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
  return Object.freeze({
    code: issue.code,
    origin: 'fhir' as const,
    path: Object.freeze([...issue.path]),
    pointer: toJsonPointer(issue.path),
    message,
    params: Object.freeze(params),
  });
}

function fail(issues: readonly RawIssue[], locale: Locale): never {
  throw new FhirConversionError(issues.map((issue) => localize(issue, locale)));
}

/**
 * Reads an HL7 FHIR R4 `QuestionnaireResponse` (as written by `toFhirQuestionnaireResponse`,
 * or by an integrator to the same questionnaire) back into a praktijkscan response, validated by
 * the model's `parseResponse` and in its canonical form. Displays, `text`, `id`, `meta` and
 * extensions of others are ignored; everything that would be lost or misread is a problem:
 * another resource type, an unfinished status, an unknown questionnaire or version, an unknown or
 * misplaced linkId, an answer that is not one of the item's options, more than one answer, an
 * unknown praktijkscan extension, a `modifierExtension`.
 *
 * @throws {FhirConversionError} with every problem at once, each with its path in the FHIR JSON
 * (also the model's findings, such as a practice name that is too long).
 * @example
 * ```ts
 * import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from '@praktijkscan/fhir';
 * import { sampleAdvanced } from '@praktijkscan/model/samples';
 * const fhir = JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(sampleAdvanced)));
 * const response = fromFhirQuestionnaireResponse(fhir);
 * response.practiceId; // 'sample-zuiderpark'
 * ```
 */
export function fromFhirQuestionnaireResponse(
  resource: unknown,
  options: FromFhirQuestionnaireResponseOptions = {},
): PracticeResponse {
  const locale = options.locale === 'nl' ? 'nl' : 'en';
  const badOptions = optionProblems(options);
  if (badOptions.length > 0) fail(badOptions, locale);
  if (!isObject(resource)) {
    fail(
      [{ code: 'not-an-object', path: [], params: { received: describeType(resource) } }],
      locale,
    );
  }
  const tooLarge = sizeProblem(resource);
  if (tooLarge) fail([{ code: 'input-too-large', path: [], params: { detail: tooLarge } }], locale);
  const resourceType = own(resource, 'resourceType');
  if (resourceType !== 'QuestionnaireResponse') {
    const received = describeType(resourceType);
    fail(
      [{ code: 'not-a-questionnaire-response', path: ['resourceType'], params: { received } }],
      locale,
    );
  }

  const context = new ReadContext();
  checkUnreadable(context, resource);
  readStatus(context, resource);
  const questionnaire = readQuestionnaire(context, resource, options.questionnaire);
  const authored = readAuthored(context, resource, options.timeZone ?? 'Europe/Amsterdam');
  const subject = readSubject(context, resource);
  const extensions = readExtensions(context, resource);
  const { answers, scan } = questionnaire
    ? readItems(context, resource, questionnaire)
    : { answers: {}, scan: {} };
  const practice = combinePracticeData(context, scan, {
    subject,
    authored,
    authoredPresent: own(resource, 'authored') !== undefined,
    extensions,
    practiceIdOption: options.practiceId,
  });

  const draft = {
    questionnaire: questionnaire
      ? { id: questionnaire.id, version: questionnaire.version }
      : undefined,
    practiceId: practice.practiceId,
    ...(practice.practiceName === undefined ? {} : { practiceName: practice.practiceName }),
    completedOn: practice.completedOn,
    ...(practice.lastPracticeVisitOn === undefined
      ? {}
      : { lastPracticeVisitOn: practice.lastPracticeVisitOn }),
    answers,
    bottlenecks: practice.bottlenecks,
    ownBottlenecks: practice.ownBottlenecks,
    ideas: practice.ideas,
  };
  if (questionnaire) context.origin(['questionnaire'], ['questionnaire']);
  const parsed = safeParseResponse(draft, {
    locale,
    ...(questionnaire ? { questionnaire } : {}),
  });
  const issues = context.issues.map((issue) => localize(issue, locale));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (context.isReported(issue.path)) continue;
      const path = context.fhirPathOf(issue.path);
      // Where the FHIR reading found problems already, a finding about a value that was never
      // read (such as a missing practiceId when `subject` is wrong) would only repeat them.
      if (path === undefined && issues.length > 0) continue;
      const fhirPath = path ?? [];
      issues.push(
        Object.freeze({
          code: issue.code,
          origin: 'model' as const,
          path: Object.freeze([...fhirPath]),
          pointer: toJsonPointer(fhirPath),
          message: issue.message,
          params: issue.params,
          responsePath: issue.path,
        }),
      );
    }
  }
  if (issues.length > 0 || !parsed.success) throw new FhirConversionError(issues);
  return parsed.data;
}
