import type { ImprovementIdea } from '@praktijkscan/model';
import { fhirUrls } from '../../canonical/urls';
import { ideaFields } from '../idea-fields';
import {
  describeType,
  isObject,
  type JsonObject,
  own,
  type Path,
  type ReadContext,
} from './context';
import { knownOnResponse } from './guard';

/** What the resource's own praktijkscan extensions carry. */
export interface ExtensionData {
  lastPracticeVisitOn?: string;
  bottlenecks: string[];
  ownBottlenecks: string[];
  ideas: Record<string, unknown>[];
}

/** Whether an extension has exactly this one `value[x]`. */
const hasOnlyValue = (extension: JsonObject, key: string): boolean => {
  const keys = Object.keys(extension).filter((candidate) => candidate.startsWith('value'));
  return keys.length === 1 && keys[0] === key;
};
const hasNoValue = (extension: JsonObject): boolean =>
  !Object.keys(extension).some((key) => key.startsWith('value'));

/** The value of an extension where its `value[x]` is of the expected kind; reports it otherwise. */
function extensionValue(
  context: ReadContext,
  extension: JsonObject,
  path: Path,
  url: string,
  expected: 'valueString' | 'valueDate' | 'valueInteger',
): string | number | undefined {
  const value = own(extension, expected);
  const ok =
    expected === 'valueInteger'
      ? typeof value === 'number' && Number.isInteger(value)
      : typeof value === 'string';
  if (ok && hasOnlyValue(extension, expected) && own(extension, 'extension') === undefined) {
    return value as string | number;
  }
  context.report('invalid-extension', path, { url, expected: `exactly one ${expected}` });
  return undefined;
}

function readIdea(
  context: ReadContext,
  extension: JsonObject,
  path: Path,
  index: number,
): Record<string, unknown> {
  const idea: Record<string, unknown> = {};
  const url = fhirUrls.improvementIdea;
  context.origin(['ideas', index], path);
  const nested = own(extension, 'extension');
  if (!Array.isArray(nested) || !hasNoValue(extension)) {
    context.report('invalid-extension', path, {
      url,
      expected: 'sub-extensions and no value[x]',
    });
    context.reportedAt(['ideas', index]);
    return idea;
  }
  const known = ideaFields.map(([field]) => field).join(', ');
  nested.forEach((sub: unknown, subIndex) => {
    const subPath = [...path, 'extension', subIndex];
    const subUrl = isObject(sub) ? own(sub, 'url') : undefined;
    if (!isObject(sub) || typeof subUrl !== 'string') {
      context.report('invalid-extension', subPath, { url, expected: 'sub-extensions with a url' });
      return;
    }
    const field = ideaFields.find(([name]) => name === subUrl);
    if (!field) {
      if (subUrl.startsWith(fhirUrls.base) || !subUrl.includes(':')) {
        context.report('unknown-extension', [...subPath, 'url'], { url: subUrl, known });
      }
      // A foreign (absolute-url) extension inside an idea is ignored, like any foreign one.
      return;
    }
    const [name, expected] = field;
    if (Object.hasOwn(idea, name)) {
      context.report('repeated-extension', [...subPath, 'url'], { url: `${url}#${name}` });
      return;
    }
    const value = extensionValue(context, sub, subPath, `${url}#${name}`, expected);
    if (value === undefined) {
      context.reportedAt(['ideas', index, name]);
      return;
    }
    idea[name satisfies keyof ImprovementIdea] = value;
    context.origin(['ideas', index, name], [...subPath, expected]);
  });
  return idea;
}

/**
 * Reads the resource's own `extension` list: the praktijkscan extensions carry the last practice
 * visit, the bottlenecks, the practice's own bottlenecks and the improvement ideas. An unknown
 * praktijkscan extension is a problem; extensions of others are ignored.
 */
export function readExtensions(context: ReadContext, resource: JsonObject): ExtensionData {
  const data: ExtensionData = { bottlenecks: [], ownBottlenecks: [], ideas: [] };
  const list = own(resource, 'extension');
  if (list === undefined) return data;
  if (!Array.isArray(list)) {
    context.report('wrong-type', ['extension'], {
      expected: 'an array',
      received: describeType(list),
    });
    return data;
  }
  let seenVisit = false;
  context.origin(['ideas'], ['extension']);
  context.origin(['bottlenecks'], ['extension']);
  context.origin(['ownBottlenecks'], ['extension']);
  list.forEach((extension: unknown, index) => {
    const path = ['extension', index];
    if (!isObject(extension)) {
      context.report('wrong-type', path, {
        expected: 'an Extension object',
        received: describeType(extension),
      });
      return;
    }
    const url = own(extension, 'url');
    if (typeof url !== 'string') {
      context.report('missing-element', [...path, 'url'], { element: 'extension.url' });
      return;
    }
    if (!url.startsWith(fhirUrls.base)) return;
    switch (url) {
      case fhirUrls.lastPracticeVisit: {
        if (seenVisit) {
          context.report('repeated-extension', [...path, 'url'], { url });
          return;
        }
        seenVisit = true;
        const value = extensionValue(context, extension, path, url, 'valueDate');
        if (typeof value === 'string') {
          data.lastPracticeVisitOn = value;
          context.origin(['lastPracticeVisitOn'], [...path, 'valueDate']);
        }
        return;
      }
      case fhirUrls.ownBottleneck: {
        const value = extensionValue(context, extension, path, url, 'valueString');
        if (typeof value === 'string') {
          context.origin(['ownBottlenecks', data.ownBottlenecks.length], [...path, 'valueString']);
          data.ownBottlenecks.push(value);
        }
        return;
      }
      case fhirUrls.bottleneck: {
        const coding = own(extension, 'valueCoding');
        const code = isObject(coding) ? own(coding, 'code') : undefined;
        if (
          !isObject(coding) ||
          !hasOnlyValue(extension, 'valueCoding') ||
          own(extension, 'extension') !== undefined ||
          own(coding, 'system') !== fhirUrls.bottleneckSystem ||
          typeof code !== 'string'
        ) {
          context.report('invalid-extension', path, {
            url,
            expected: `a valueCoding with system ${fhirUrls.bottleneckSystem} and a code`,
          });
          return;
        }
        context.origin(['bottlenecks', data.bottlenecks.length], [...path, 'valueCoding', 'code']);
        data.bottlenecks.push(code);
        return;
      }
      case fhirUrls.improvementIdea:
        data.ideas.push(readIdea(context, extension, path, data.ideas.length));
        return;
      default:
        context.report('unknown-extension', [...path, 'url'], { url, known: knownOnResponse });
    }
  });
  return data;
}
