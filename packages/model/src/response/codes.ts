/**
 * The stable codes of response validation problems. A code never changes meaning; new codes may
 * be added in a minor version.
 *
 * @example
 * ```ts
 * import { safeParseResponse, validationCodes } from '@praktijkscan/model';
 * const result = safeParseResponse(null);
 * if (!result.success) validationCodes.includes(result.error.issues[0]!.code); // true
 * ```
 */
export const validationCodes = /* @__PURE__ */ Object.freeze([
  'invalid-json',
  'not-an-object',
  'input-too-large',
  'forbidden-key',
  'unknown-field',
  'missing-field',
  'wrong-type',
  'empty',
  'too-long',
  'too-many',
  'invalid-id',
  'invalid-text',
  'unknown-questionnaire',
  'unknown-version',
  'questionnaire-mismatch',
  'unknown-item',
  'answer-out-of-range',
  'answer-wrong-type',
  'na-not-allowed',
  'invalid-date',
  'rating-out-of-range',
  'duplicate-idea-id',
  'unknown-bottleneck',
  'duplicate-bottleneck',
  'unknown-role',
  'unreadable-value',
] as const);

/** A stable code of a response validation problem. */
export type ValidationCode = (typeof validationCodes)[number];

/** The values a problem's message is built from. */
export type ValidationParams = Readonly<Record<string, string | number>>;
