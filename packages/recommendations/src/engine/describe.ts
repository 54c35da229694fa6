import {
  answerScales,
  applicationTypes,
  bottlenecks,
  igjThemes,
  type Locale,
  type Questionnaire,
  qualityAspects,
} from '@praktijkscan/model';
import type { FactValue } from '../facts/build';
import { en } from '../locales/en';
import { nl } from '../locales/nl';
import type { ReasonTexts } from '../locales/types';
import type { RuleOperator, RuleValue } from '../rules/types';

const textsByLocale: Readonly<Record<Locale, ReasonTexts>> = { en, nl };

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

const labelOf = (
  list: readonly { id: string | number; label: { nl: string; en: string } }[],
  id: string,
  locale: Locale,
) => list.find((entry) => String(entry.id) === id)?.label[locale] ?? id;

/** A fact's name in words, e.g. `The answer to "…"`. */
export function describeFact(fact: string, questionnaire: Questionnaire, locale: Locale): string {
  const texts = textsByLocale[locale].facts;
  const parts = fact.split('.');
  const head = parts[0] ?? '';
  const tail = parts.slice(1).join('.');
  switch (head) {
    case 'answer': {
      const item = questionnaire.items.find((candidate) => candidate.id === tail);
      return fill(texts.answer, { item: item ? item.text[locale] : tail });
    }
    case 'usage':
      return fill(texts.usage, { application: labelOf(applicationTypes, tail, locale) });
    case 'aspect':
    case 'section':
    case 'theme': {
      const key = parts.slice(1, -1).join('.');
      const isScore = parts[parts.length - 1] === 'score';
      if (head === 'aspect')
        return fill(isScore ? texts.aspectScore : texts.aspectCoverage, {
          aspect: labelOf(qualityAspects, key, locale),
        });
      if (head === 'theme')
        return fill(isScore ? texts.themeScore : texts.themeCoverage, {
          theme: labelOf(igjThemes, key, locale),
        });
      const section = questionnaire.sections.find((candidate) => candidate.id === key);
      return fill(isScore ? texts.sectionScore : texts.sectionCoverage, {
        section: section ? section.title[locale] : key,
      });
    }
    case 'bottleneck':
      return fill(texts.bottleneck, { bottleneck: labelOf(bottlenecks, tail, locale) });
    case 'inkPhase':
      return tail === 'nextProgress' ? texts.inkPhaseNextProgress : texts.inkPhase;
    default:
      return (texts as Record<string, string>)[fact] ?? fact;
  }
}

/** A value in words: `null` is unknown, `"na"` not applicable, answers with their scale label. */
export function describeValue(
  value: FactValue | RuleValue,
  fact: string,
  questionnaire: Questionnaire,
  locale: Locale,
): string {
  const texts = textsByLocale[locale].values;
  if (Array.isArray(value)) {
    return value
      .map((entry) => describeValue(entry, fact, questionnaire, locale))
      .join(` ${texts.or} `);
  }
  if (value === null) return texts.unknown;
  if (value === 'na') return texts.notApplicable;
  if (value === true) return texts.yes;
  if (value === false) return texts.no;
  if (typeof value === 'number' && (fact.startsWith('answer.') || fact.startsWith('usage.'))) {
    const item = fact.startsWith('answer.')
      ? questionnaire.items.find((candidate) => `answer.${candidate.id}` === fact)
      : questionnaire.items.find((candidate) => `usage.${candidate.applicationType}` === fact);
    const label = answerScales.find((scale) => scale.id === item?.scale)?.values[value]?.label[
      locale
    ];
    return label ? `${value} (${label.toLowerCase()})` : String(value);
  }
  return String(value);
}

/** One reason as a sentence in the locale. */
export function describeReason(
  reason: { fact: string; operator: RuleOperator; expected: RuleValue; actual: FactValue },
  questionnaire: Questionnaire,
  locale: Locale,
): string {
  const texts = textsByLocale[locale];
  return fill(texts.reason, {
    fact: describeFact(reason.fact, questionnaire, locale),
    actual: describeValue(reason.actual, reason.fact, questionnaire, locale),
    operator: texts.operators[reason.operator],
    expected: describeValue(reason.expected, reason.fact, questionnaire, locale),
  });
}
