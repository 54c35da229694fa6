import type { FhirConversionCode, FhirConversionParams } from '../../errors/codes';

/** A path in JSON: keys and array indexes. */
export type Path = readonly (string | number)[];

/** A problem found in the FHIR resource, before its message is written. */
export interface RawIssue {
  readonly code: FhirConversionCode;
  readonly path: Path;
  readonly params: FhirConversionParams;
}

/** A JSON object, as read from untrusted input. */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * What reading a resource collects: the problems, and for every value put into the praktijkscan
 * response, where in the FHIR JSON it came from (so that the model's findings get a FHIR path).
 */
export class ReadContext {
  readonly issues: RawIssue[] = [];
  private readonly origins = new Map<string, Path>();
  private readonly reported = new Set<string>();

  report(code: FhirConversionCode, path: Path, params: FhirConversionParams = {}): void {
    this.issues.push({ code, path, params });
  }

  /** Records that the response value at `responsePath` came from `fhirPath`. */
  origin(responsePath: Path, fhirPath: Path): void {
    this.origins.set(JSON.stringify(responsePath), fhirPath);
  }

  /** Records that a problem with the response value at `responsePath` is reported already. */
  reportedAt(responsePath: Path): void {
    this.reported.add(JSON.stringify(responsePath));
  }

  /** Whether a problem with this response value, or with one that holds it, is reported already. */
  isReported(responsePath: Path): boolean {
    for (let length = responsePath.length; length > 0; length -= 1) {
      if (this.reported.has(JSON.stringify(responsePath.slice(0, length)))) return true;
    }
    return false;
  }

  /** The FHIR path of the longest recorded prefix of a response path, if any. */
  fhirPathOf(responsePath: Path): Path | undefined {
    for (let length = responsePath.length; length > 0; length -= 1) {
      const found = this.origins.get(JSON.stringify(responsePath.slice(0, length)));
      if (found) return found;
    }
    return undefined;
  }
}

/** Whether a value is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A short description of a value for messages. */
export function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`;
}

/** The own property of an object, never one from its prototype. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Reads an optional array element: `undefined` where absent, the array where it is one, and a
 * `wrong-type` problem (and `undefined`) otherwise.
 */
export function readArray(
  context: ReadContext,
  object: JsonObject,
  key: string,
  path: Path,
): readonly unknown[] | undefined {
  const value = own(object, key);
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value;
  context.report('wrong-type', [...path, key], {
    expected: 'an array',
    received: describeType(value),
  });
  return undefined;
}
