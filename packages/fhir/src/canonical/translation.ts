import { type Locale, type LocalizedText, locales } from '@praktijkscan/model';
import type { FhirPrimitiveElement } from '../fhir/types';
import { fhirLanguages, hl7Urls } from './urls';

/**
 * A text in the resource's language, with every other language in the R4 `translation`
 * extension (`lang` and `content` sub-extensions) on the primitive's `_name` element.
 */
export function translated(
  text: LocalizedText,
  locale: Locale,
): { readonly value: string; readonly element: FhirPrimitiveElement } {
  return {
    value: text[locale],
    element: {
      extension: locales
        .filter((other) => other !== locale)
        .map((other) => ({
          url: hl7Urls.translation,
          extension: [
            { url: 'lang', valueCode: fhirLanguages[other] },
            { url: 'content', valueString: text[other] },
          ],
        })),
    },
  };
}
