import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { type AnswerScaleId, answerScaleIds } from './ids';
import type { AnswerScale, AnswerScaleValue } from './types';

// The highest value of each scale (reference/spec/SCORING.md, "Answers").
const maxima: Readonly<Record<AnswerScaleId, number>> = { agreement: 4, 'yes-no': 1, usage: 4 };

function valueLabel(id: AnswerScaleId, locale: 'nl' | 'en', value: number): string {
  // Each language's group is named statically, so that a bundle keeps only this group of texts.
  const label = (locale === 'nl' ? nl.answerScales : en.answerScales)[id].values[value];
  if (label === undefined) {
    throw new Error(`Answer scale '${id}' has no ${locale} label for value ${value}`);
  }
  return label;
}

/**
 * The highest value of an answer scale; its values run from 0 to this number.
 *
 * @example
 * ```ts
 * import { answerScaleMax } from '@praktijkscan/model';
 * answerScaleMax('agreement'); // 4
 * answerScaleMax('yes-no'); // 1
 * ```
 */
export function answerScaleMax(scale: AnswerScaleId): number {
  return maxima[scale];
}

/**
 * The answer scales of the questionnaire, with a label for every value `0..max` in both
 * languages: `agreement` (0..4), `yes-no` (0..1) and `usage` (0..4, for the application inventory).
 *
 * @example
 * ```ts
 * import { answerScales } from '@praktijkscan/model';
 * answerScales[0].values.map((value) => value.label.nl);
 * // ['Nee / helemaal niet', 'In beperkte mate', 'Deels', 'Grotendeels', 'Ja, volledig']
 * ```
 */
export const answerScales: readonly AnswerScale[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ answerScaleIds.map((id) => {
    const max = answerScaleMax(id);
    const values: AnswerScaleValue[] = Array.from({ length: max + 1 }, (_, value) => ({
      value,
      label: { nl: valueLabel(id, 'nl', value), en: valueLabel(id, 'en', value) },
    }));
    return {
      id,
      label: { nl: nl.answerScales[id].label, en: en.answerScales[id].label },
      max,
      values,
    };
  }),
);
