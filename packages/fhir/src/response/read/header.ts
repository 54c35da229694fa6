import { type Questionnaire, questionnaires } from '@praktijkscan/model';
import { fhirUrls, questionnaireUrl } from '../../canonical/urls';
import { describeType, isObject, type JsonObject, own, type ReadContext } from './context';

/** Reads a required string element; reports it where it is missing or not a string. */
function requiredString(
  context: ReadContext,
  object: JsonObject,
  key: string,
  path: readonly (string | number)[],
  element: string,
): string | undefined {
  const value = own(object, key);
  if (value === undefined) {
    context.report('missing-element', [...path, key], { element });
    return undefined;
  }
  if (typeof value !== 'string') {
    context.report('wrong-type', [...path, key], {
      expected: 'a string',
      received: describeType(value),
    });
    return undefined;
  }
  return value;
}

/** `status`: only a finished response (`completed`, or `amended` after completion) is read. */
export function readStatus(context: ReadContext, resource: JsonObject): void {
  const status = requiredString(context, resource, 'status', [], 'status');
  if (status !== undefined && status !== 'completed' && status !== 'amended') {
    context.report('unsupported-status', ['status'], { status });
  }
}

/**
 * `questionnaire`: the canonical `url|version` of a published praktijkscan questionnaire, or of
 * the one passed in the options.
 */
export function readQuestionnaire(
  context: ReadContext,
  resource: JsonObject,
  expected: Questionnaire | undefined,
): Questionnaire | undefined {
  const canonical = requiredString(context, resource, 'questionnaire', [], 'questionnaire');
  if (canonical === undefined) return undefined;
  const bar = canonical.indexOf('|');
  const url = bar === -1 ? canonical : canonical.slice(0, bar);
  const version = bar === -1 ? undefined : canonical.slice(bar + 1);
  const candidates = (expected ? [expected] : questionnaires).filter(
    (candidate) => questionnaireUrl(candidate.id) === url,
  );
  const known = (expected ? [expected] : questionnaires)
    .map((candidate) => `${questionnaireUrl(candidate.id)}|${candidate.version}`)
    .join(', ');
  if (candidates.length === 0) {
    context.report('unknown-questionnaire', ['questionnaire'], { canonical, known });
    return undefined;
  }
  if (version === undefined) {
    context.report('missing-version', ['questionnaire'], { canonical, known });
    return undefined;
  }
  const found = candidates.find((candidate) => candidate.version === version);
  if (!found) {
    const versions = candidates.map((candidate) => candidate.version).join(', ');
    context.report('unknown-version', ['questionnaire'], { url, version, known: versions });
  }
  return found;
}

// A FHIR date, or a dateTime with at least a full date (R4 allows `YYYY` and `YYYY-MM` too, but a
// response is completed on a day). A dateTime with a time has a time zone (R4 requires it).
const fullDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Whether year, month and day make a day of the calendar. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone, `YYYY-MM-DD`. */
function dateIn(instant: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const part = (type: string) =>
    format.formatToParts(instant).find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * `authored`: the date the response was written, or `undefined` where it is absent (the reader
 * then needs the completion-date item). A date is taken as written; a dateTime is an instant, and
 * its date is the calendar date in `timeZone` (a response saved at 00:30 in Amsterdam is saved
 * that day, even though it is the day before in UTC).
 */
export function readAuthored(
  context: ReadContext,
  resource: JsonObject,
  timeZone: string,
): string | undefined {
  const authored = own(resource, 'authored');
  if (authored === undefined) return undefined;
  if (typeof authored !== 'string') {
    context.report('wrong-type', ['authored'], {
      expected: 'a string',
      received: describeType(authored),
    });
    return undefined;
  }
  const match = fullDate.exec(authored);
  if (!match) {
    context.report('invalid-date', ['authored'], { value: authored });
    return undefined;
  }
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (hour === undefined) {
    // A date without a time: the model checks that the day exists.
    context.origin(['completedOn'], ['authored']);
    return `${year}-${month}-${day}`;
  }
  // A leap second (:60) is the same day as the second before it.
  const instant = Date.parse(
    `${year}-${month}-${day}T${hour}:${minute}:${second === '60' ? '59' : second}${fraction ?? ''}${zone}`,
  );
  if (
    !isCalendarDate(Number(year), Number(month), Number(day)) ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 60 ||
    Number.isNaN(instant)
  ) {
    context.report('invalid-date', ['authored'], { value: authored });
    return undefined;
  }
  context.origin(['completedOn'], ['authored']);
  return dateIn(instant, timeZone);
}

/** Whether a time zone is one that `Intl` knows (an IANA name such as `Europe/Amsterdam`). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** What `subject` says about the practice. */
export interface SubjectData {
  /** The practice id, where the identifier has the praktijkscan practice-id system. */
  practiceId?: string;
  practiceName?: string;
  /** The path of an identifier of another system, reported only where nothing else gives the id. */
  foreignSystem?: { readonly path: readonly (string | number)[]; readonly system: string };
  /** Where a missing practice id would be reported. */
  missingAt: readonly (string | number)[];
}

/**
 * `subject`: the practice, by `identifier` with the praktijkscan practice-id system; its `display`
 * is the practice name. A literal `reference`, a `type`, or an identifier of another system beside
 * them is the integrator's business and is not read. A subject that is absent is no problem here:
 * a form filler does not know it, and the practice-id item or an option may give the id.
 */
export function readSubject(context: ReadContext, resource: JsonObject): SubjectData {
  const subject = own(resource, 'subject');
  if (subject === undefined) return { missingAt: ['subject'] };
  if (!isObject(subject)) {
    context.report('wrong-type', ['subject'], {
      expected: 'a Reference object',
      received: describeType(subject),
    });
    return { missingAt: ['subject'] };
  }
  const result: SubjectData = { missingAt: ['subject', 'identifier'] };
  const display = own(subject, 'display');
  if (display !== undefined) {
    if (typeof display === 'string') {
      result.practiceName = display;
    } else {
      context.report('wrong-type', ['subject', 'display'], {
        expected: 'a string',
        received: describeType(display),
      });
    }
  }
  const identifier = own(subject, 'identifier');
  if (identifier === undefined) return result;
  if (!isObject(identifier)) {
    context.report('wrong-type', ['subject', 'identifier'], {
      expected: 'an Identifier object',
      received: describeType(identifier),
    });
    return result;
  }
  const path = ['subject', 'identifier'];
  const system = own(identifier, 'system');
  if (system !== fhirUrls.practiceIdSystem) {
    result.foreignSystem = {
      path: [...path, 'system'],
      system: typeof system === 'string' ? system : describeType(system),
    };
    return result;
  }
  const value = requiredString(context, identifier, 'value', path, 'subject.identifier.value');
  if (value !== undefined) result.practiceId = value;
  return result;
}
