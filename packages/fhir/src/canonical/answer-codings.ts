import {
  type Answer,
  answerScaleMax,
  answerScales,
  type Locale,
  type LocalizedText,
  type QuestionnaireItem,
} from '@praktijkscan/model';
import type { FhirCoding } from '../fhir/types';
import { fhirUrls } from './urls';

/** The label of the "not applicable" answer option. */
export const notApplicableLabel: LocalizedText = Object.freeze({
  nl: 'Niet van toepassing',
  en: 'Not applicable',
});

/** One answer option of an item: the answer it stands for, its code and its label. */
export interface AnswerOptionInfo {
  readonly answer: Answer;
  /** The answer as written in FHIR: the ordinal as a string, or `"na"`. */
  readonly code: string;
  readonly label: LocalizedText;
}

/** The answer options of an item, in order: `0..max`, then `"na"` where the item allows it. */
export function answerOptionsOf(item: QuestionnaireItem): readonly AnswerOptionInfo[] {
  const scale = answerScales.find((candidate) => candidate.id === item.scale);
  const options: AnswerOptionInfo[] = Array.from(
    { length: answerScaleMax(item.scale) + 1 },
    (_, value) => ({
      answer: value,
      code: String(value),
      label: scale?.values[value]?.label ?? { nl: String(value), en: String(value) },
    }),
  );
  if (item.allowsNotApplicable)
    options.push({ answer: 'na', code: 'na', label: notApplicableLabel });
  return options;
}

/** The Coding of one answer to an item. */
export function answerCoding(item: QuestionnaireItem, answer: Answer, locale: Locale): FhirCoding {
  const option = answerOptionsOf(item).find((candidate) => candidate.answer === answer);
  return {
    system: fhirUrls.answerSystems[item.scale],
    code: String(answer),
    ...(option ? { display: option.label[locale] } : {}),
  };
}

/** The answer a Coding stands for, or `undefined` where it is not one of the item's options. */
export function answerFromCoding(
  item: QuestionnaireItem,
  system: unknown,
  code: unknown,
): Answer | undefined {
  if (system !== fhirUrls.answerSystems[item.scale]) return undefined;
  return answerOptionsOf(item).find((option) => option.code === code)?.answer;
}
