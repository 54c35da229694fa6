/**
 * The languages every text of praktijkscan exists in. Dutch is primary.
 *
 * @example
 * ```ts
 * import { locales } from '@praktijkscan/model';
 * locales; // ['nl', 'en']
 * ```
 */
export const locales = Object.freeze(['nl', 'en'] as const);

/** A language code: `nl` (primary) or `en`. */
export type Locale = (typeof locales)[number];

/**
 * A text in the languages `L`: Dutch and English by default; one of them in the data of a
 * language edition (`@praktijkscan/model/nl`).
 */
export type LocalizedText<L extends Locale = Locale> = { readonly [Language in L]: string };

/**
 * Picks the text in one language.
 *
 * @example
 * ```ts
 * import { qualityAspects, localize } from '@praktijkscan/model';
 * localize(qualityAspects[0].label, 'en'); // 'Safety'
 * ```
 */
export function localize<L extends Locale>(text: LocalizedText<L>, locale: L): string {
  return text[locale];
}

/**
 * Tells whether a value is one of the supported locales.
 *
 * @example
 * ```ts
 * import { isLocale } from '@praktijkscan/model';
 * isLocale('nl'); // true
 * isLocale('de'); // false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}
