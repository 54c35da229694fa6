import { type Locale, type PracticeResponse, roles } from '@praktijkscan/model';
import { fhirUrls } from '../canonical/urls';
import type { FhirReference } from '../fhir/types';
import { describeType, isObject, type JsonObject, own, type ReadContext } from './read/context';

/**
 * The respondent as `QuestionnaireResponse.author`: a `PractitionerRole` reference whose role is a
 * code (extension `respondentRole`, system `roleSystem`) and whose opaque id, where given, is its
 * identifier (system `respondentIdSystem`). Never a name: `display` is the role's label.
 */
export function respondentAuthor(
  respondent: NonNullable<PracticeResponse['respondent']>,
  locale: Locale,
): FhirReference {
  const label = roles.find((role) => role.id === respondent.role)?.label[locale];
  return {
    type: 'PractitionerRole',
    extension: [
      {
        url: fhirUrls.respondentRole,
        valueCoding: {
          system: fhirUrls.roleSystem,
          code: respondent.role,
          ...(label === undefined ? {} : { display: label }),
        },
      },
    ],
    ...(respondent.id === undefined
      ? {}
      : { identifier: { system: fhirUrls.respondentIdSystem, value: respondent.id } }),
  };
}

/** Reads `author` back into a respondent; absent where the resource has no author. */
export function readAuthor(
  context: ReadContext,
  resource: JsonObject,
): { role: unknown; id?: unknown } | undefined {
  const author = own(resource, 'author');
  if (author === undefined) return undefined;
  if (!isObject(author)) {
    context.report('wrong-type', ['author'], {
      expected: 'a Reference object',
      received: describeType(author),
    });
    context.reportedAt(['respondent']);
    return undefined;
  }
  const extensions = own(author, 'extension');
  const list = Array.isArray(extensions) ? extensions : [];
  let role: unknown;
  let found = 0;
  list.forEach((extension: unknown, index) => {
    const url = isObject(extension) ? own(extension, 'url') : undefined;
    if (url !== fhirUrls.respondentRole) {
      if (typeof url === 'string' && url.startsWith(fhirUrls.base))
        context.report('unknown-extension', ['author', 'extension', index, 'url'], {
          url,
          known: fhirUrls.respondentRole,
        });
      return;
    }
    found += 1;
    const path = ['author', 'extension', index];
    if (found > 1) {
      context.report('repeated-extension', path, { url });
      return;
    }
    const coding = own(extension as JsonObject, 'valueCoding');
    if (!isObject(coding) || own(coding, 'system') !== fhirUrls.roleSystem) {
      context.report('invalid-extension', path, {
        url,
        expected: `valueCoding with system ${fhirUrls.roleSystem}`,
      });
      return;
    }
    role = own(coding, 'code');
    context.origin(['respondent', 'role'], [...path, 'valueCoding', 'code']);
  });
  if (found === 0) {
    context.report('missing-element', ['author', 'extension'], {
      element: `author.extension(${fhirUrls.respondentRole})`,
    });
    context.reportedAt(['respondent']);
    return undefined;
  }
  const identifier = own(author, 'identifier');
  if (identifier === undefined) return { role };
  if (!isObject(identifier) || own(identifier, 'system') !== fhirUrls.respondentIdSystem) {
    context.report('unknown-identifier-system', ['author', 'identifier', 'system'], {
      expected: fhirUrls.respondentIdSystem,
      system: isObject(identifier) ? String(own(identifier, 'system')) : describeType(identifier),
    });
    return { role };
  }
  context.origin(['respondent', 'id'], ['author', 'identifier', 'value']);
  return { role, id: own(identifier, 'value') };
}
