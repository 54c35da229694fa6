/**
 * JSON text of single values, byte for byte as `JSON.stringify` writes them. The batch line's
 * writer (`batch-line-json.ts`) builds a line from these; they are its only escaping and number
 * formatting, so that the line cannot differ from `JSON.stringify` in how a value is written.
 */

// Everything JSON.stringify escapes in a string: `"`, `\`, the control characters and (since
// ES2019, "well-formed JSON.stringify") every surrogate, of which it escapes only the lone ones.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what JSON escapes
const needsEscape = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A string as a JSON string literal. Most strings of a batch line (ids, dates, codes, Dutch and
 * English texts) need no escape and are only quoted; any other is left to `JSON.stringify` itself,
 * whose escaping (short escapes, `\u00XX`, lone surrogates as `\uDXXX` in lower case) is then
 * exact by definition.
 *
 * @example
 * ```ts
 * jsonString('abc'); // '"abc"'
 * jsonString('a"b\n'); // '"a\\"b\\n"', as JSON.stringify('a"b\n')
 * ```
 */
export function jsonString(text: string): string {
  return needsEscape.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/**
 * A number as JSON writes it: its shortest round-trip text (`String`), `-0` as `0`, and `NaN` and
 * ±Infinity as `null`. Scores are finite, but the writer does not rely on that.
 *
 * @example
 * ```ts
 * jsonNumber(61.5); // '61.5'
 * jsonNumber(-0); // '0'
 * jsonNumber(Number.NaN); // 'null'
 * ```
 */
export function jsonNumber(value: number): string {
  // String(-0) is "0", as JSON.stringify(-0) is; 1e21 and 1e-7 take the same exponent form.
  return Number.isFinite(value) ? String(value) : 'null';
}

/**
 * A number or `null` (a score that may be missing).
 *
 * @example
 * ```ts
 * jsonNumberOrNull(null); // 'null'
 * jsonNumberOrNull(12.5); // '12.5'
 * ```
 */
export function jsonNumberOrNull(value: number | null): string {
  return value === null ? 'null' : jsonNumber(value);
}

/** The JSON value kinds a rule compares (a reason's expected and actual values). */
export type JsonScalar = string | number | boolean | null;

/**
 * A string, number, boolean or `null`, or a list of them, as JSON: the values of a reason. A value
 * of any other kind (which the types rule out) is left to `JSON.stringify`, so that it is never
 * written differently.
 *
 * @example
 * ```ts
 * jsonScalarOrList(['a', 1, null]); // '["a",1,null]'
 * jsonScalarOrList(true); // 'true'
 * ```
 */
export function jsonScalarOrList(value: JsonScalar | readonly JsonScalar[]): string {
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'number':
      return jsonNumber(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let text = '[';
        for (let index = 0; index < value.length; index += 1) {
          if (index > 0) text += ',';
          text += jsonScalarOrList(value[index] as JsonScalar);
        }
        return `${text}]`;
      }
      return JSON.stringify(value);
  }
}

/**
 * A list of strings as a JSON array.
 *
 * @example
 * ```ts
 * jsonStrings(['gp', 'poh']); // '["gp","poh"]'
 * ```
 */
export function jsonStrings(values: readonly string[]): string {
  let text = '[';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) text += ',';
    text += jsonString(values[index] as string);
  }
  return `${text}]`;
}

/**
 * A list of numbers as a JSON array.
 *
 * @example
 * ```ts
 * jsonNumbers([1, 2]); // '[1,2]'
 * ```
 */
export function jsonNumbers(values: readonly number[]): string {
  let text = '[';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) text += ',';
    text += jsonNumber(values[index] as number);
  }
  return `${text}]`;
}
