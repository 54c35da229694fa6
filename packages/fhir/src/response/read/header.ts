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

// A FHIR date or dateTime with at least a full date (R4 allows `YYYY` and `YYYY-MM` too, but a
// response is completed on a day). The time, where given, is dropped: the date is taken as written.
const fullDate = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** `authored`: the date the response was completed. */
export function readAuthored(context: ReadContext, resource: JsonObject): string | undefined {
  const authored = requiredString(context, resource, 'authored', [], 'authored');
  if (authored === undefined) return undefined;
  const match = fullDate.exec(authored);
  if (!match?.[1]) {
    context.report('invalid-date', ['authored'], { value: authored });
    return undefined;
  }
  context.origin(['completedOn'], ['authored']);
  return match[1];
}

/**
 * `subject`: the practice, by `identifier` with the praktijkscan practice-id system; its `display`
 * is the practice name. A literal `reference` or a `type` beside them is the integrator's business
 * and is not read.
 */
export function readSubject(
  context: ReadContext,
  resource: JsonObject,
): { practiceId?: string; practiceName?: string } {
  const subject = own(resource, 'subject');
  if (subject === undefined) {
    context.report('missing-element', ['subject'], { element: 'subject' });
    return {};
  }
  if (!isObject(subject)) {
    context.report('wrong-type', ['subject'], {
      expected: 'a Reference object',
      received: describeType(subject),
    });
    return {};
  }
  const result: { practiceId?: string; practiceName?: string } = {};
  const display = own(subject, 'display');
  if (display !== undefined) {
    if (typeof display === 'string') {
      result.practiceName = display;
      context.origin(['practiceName'], ['subject', 'display']);
    } else {
      context.report('wrong-type', ['subject', 'display'], {
        expected: 'a string',
        received: describeType(display),
      });
    }
  }
  const identifier = own(subject, 'identifier');
  if (identifier === undefined) {
    context.report('missing-element', ['subject', 'identifier'], {
      element: 'subject.identifier',
    });
    return result;
  }
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
    context.report('unknown-identifier-system', [...path, 'system'], {
      expected: fhirUrls.practiceIdSystem,
      system: typeof system === 'string' ? system : describeType(system),
    });
  }
  const value = requiredString(context, identifier, 'value', path, 'subject.identifier.value');
  if (value !== undefined) {
    result.practiceId = value;
    context.origin(['practiceId'], [...path, 'value']);
  }
  return result;
}
