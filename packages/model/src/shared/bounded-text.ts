/**
 * At most `maximum` characters of a text (100 by default), with an ellipsis where it is cut: how
 * every praktijkscan error quotes input, so that no message grows with what it was given.
 *
 * @example
 * ```ts
 * import { boundedText } from '@praktijkscan/model';
 * boundedText('x'.repeat(1_000_000)).length; // 101
 * boundedText('short'); // 'short'
 * ```
 */
export function boundedText(text: string, maximum = quotedInputLimit): string {
  return text.length > maximum ? `${text.slice(0, maximum)}…` : text;
}

/**
 * The most characters of any input an error message quotes (see {@link boundedText}).
 *
 * @example
 * ```ts
 * import { quotedInputLimit } from '@praktijkscan/model';
 * quotedInputLimit; // 100
 * ```
 */
export const quotedInputLimit = 100;
