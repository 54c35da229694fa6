import { fhirUrls } from '../../canonical/urls';
import { isObject, type JsonObject, own, type Path, type ReadContext } from './context';

/** The most values and the deepest nesting read from one resource. */
export const readLimits = Object.freeze({ maxNodes: 100_000, maxDepth: 24 });

/**
 * Checks the size of the input before anything else walks it. Returns a description of what is
 * too large, or `undefined`.
 */
export function sizeProblem(input: unknown): string | undefined {
  let nodes = 0;
  const walk = (value: unknown, depth: number): string | undefined => {
    nodes += 1;
    if (nodes > readLimits.maxNodes) return `more than ${readLimits.maxNodes} values`;
    if (value === null || typeof value !== 'object') return undefined;
    if (depth >= readLimits.maxDepth) return `nested deeper than ${readLimits.maxDepth} levels`;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      const problem = walk(child, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  return walk(input, 0);
}

/** The praktijkscan extensions defined on the QuestionnaireResponse itself. */
export const knownOnResponse = [
  fhirUrls.lastPracticeVisit,
  fhirUrls.bottleneck,
  fhirUrls.ownBottleneck,
  fhirUrls.improvementIdea,
].join(', ');

/**
 * Walks the whole resource for what must never be ignored: `modifierExtension` anywhere,
 * `implicitRules`, and praktijkscan extensions anywhere other than on the resource itself (none are
 * defined there). The resource's own `extension` list is read by `readExtensions`.
 */
export function checkUnreadable(context: ReadContext, resource: JsonObject): void {
  if (own(resource, 'implicitRules') !== undefined)
    context.report('implicit-rules', ['implicitRules']);
  // `judge` is false inside the resource's own `extension` list: readExtensions reads that one.
  const walk = (value: unknown, path: Path, judge: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((entry, index) => {
        walk(entry, [...path, index], judge);
      });
      return;
    }
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      const child = value[key];
      const childPath = [...path, key];
      if (key === 'modifierExtension') {
        context.report('modifier-extension', childPath);
        continue;
      }
      // The author's role extension is read by readAuthor.
      const ownList =
        key === 'extension' && (path.length === 0 || (path.length === 1 && path[0] === 'author'));
      if (judge && !ownList && key === 'extension' && Array.isArray(child)) {
        child.forEach((extension, index) => {
          const url = isObject(extension) ? own(extension, 'url') : undefined;
          if (typeof url === 'string' && url.startsWith(fhirUrls.base)) {
            context.report('unknown-extension', [...childPath, index, 'url'], {
              url,
              known: `none here (on the QuestionnaireResponse itself: ${knownOnResponse})`,
            });
          }
        });
      }
      walk(child, childPath, judge && !ownList);
    }
  };
  walk(resource, [], true);
}
