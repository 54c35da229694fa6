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
import { type QuestionnaireLookup, questionnaireLookup } from '../facts/lookup';
import { en } from '../locales/en';
import { nl } from '../locales/nl';
import type { ReasonTexts } from '../locales/types';
import type { RuleOperator, RuleValue } from '../rules/types';

const textsByLocale: Readonly<Record<Locale, ReasonTexts>> = { en, nl };

/** A template cut at its `{name}` placeholders: literal text at even places, names at odd ones. */
const templateParts = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders, leaving unknown ones as they are (as a `replace` would). */
function fill(template: string, values: Record<string, string>): string {
  const parts = partsOf(template);
  let text = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    text += (values[name] ?? `{${name}}`) + (parts[index + 1] as string);
  }
  return text;
}

type Labelled = { id: string | number; label: { nl: string; en: string } };
const labelMaps = new WeakMap<readonly Labelled[], ReadonlyMap<string, Labelled>>();

const labelOf = (list: readonly Labelled[], id: string, locale: Locale) => {
  let byId = labelMaps.get(list);
  if (!byId) {
    const map = new Map<string, Labelled>();
    for (const entry of list) if (!map.has(String(entry.id))) map.set(String(entry.id), entry);
    byId = map;
    labelMaps.set(list, byId);
  }
  return byId.get(id)?.label[locale] ?? id;
};

let scalesById: ReadonlyMap<string, (typeof answerScales)[number]> | undefined;
const scaleOf = (id: string | undefined) => {
  if (!scalesById) {
    const map = new Map<string, (typeof answerScales)[number]>();
    for (const scale of answerScales) if (!map.has(scale.id)) map.set(scale.id, scale);
    scalesById = map;
  }
  return id === undefined ? undefined : scalesById.get(id);
};

/** A fact's name in words, e.g. `The answer to "…"`. */
export function describeFact(fact: string, questionnaire: Questionnaire, locale: Locale): string {
  return describeFactIn(fact, questionnaireLookup(questionnaire), locale);
}

function describeFactIn(fact: string, lookup: QuestionnaireLookup, locale: Locale): string {
  const known = lookup.factTexts[locale].get(fact);
  if (known !== undefined) return known;
  const text = factInWords(fact, lookup, locale);
  lookup.factTexts[locale].set(fact, text);
  return text;
}

function factInWords(fact: string, lookup: QuestionnaireLookup, locale: Locale): string {
  const texts = textsByLocale[locale].facts;
  const parts = fact.split('.');
  const head = parts[0] ?? '';
  const tail = parts.slice(1).join('.');
  switch (head) {
    case 'answer': {
      const item = lookup.itemById.get(tail);
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
      const section = lookup.sectionById.get(key);
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
  return describeValueIn(value, fact, questionnaireLookup(questionnaire), locale);
}

function describeValueIn(
  value: FactValue | RuleValue,
  fact: string,
  lookup: QuestionnaireLookup,
  locale: Locale,
): string {
  const texts = textsByLocale[locale].values;
  if (Array.isArray(value)) {
    return value.map((entry) => describeValueIn(entry, fact, lookup, locale)).join(` ${texts.or} `);
  }
  if (value === null) return texts.unknown;
  if (value === 'na') return texts.notApplicable;
  if (value === true) return texts.yes;
  if (value === false) return texts.no;
  if (typeof value === 'number' && (fact.startsWith('answer.') || fact.startsWith('usage.'))) {
    const item = fact.startsWith('answer.')
      ? lookup.itemByAnswerFact.get(fact)
      : lookup.itemByUsageFact.get(fact);
    const label = scaleOf(item?.scale)?.values[value]?.label[locale];
    return label ? `${value} (${label.toLowerCase()})` : String(value);
  }
  return String(value);
}

/**
 * A value as part of a key, told apart by type: a number as `n` and its digits, a text as its JSON
 * (quoted, so no comma or separator inside it can be confused with one outside), `z` for null,
 * `t` and `f` for the booleans, a list as its parts in brackets.
 */
function keyOf(value: FactValue | RuleValue): string {
  if (typeof value === 'number') return `n${value}`;
  if (value === null) return 'z';
  if (value === true) return 't';
  if (value === false) return 'f';
  if (typeof value === 'string') return JSON.stringify(value);
  return `[${value.map(keyOf).join(',')}]`;
}

/** One reason as a sentence in the locale. */
export function describeReason(
  reason: { fact: string; operator: RuleOperator; expected: RuleValue; actual: FactValue },
  questionnaire: Questionnaire,
  locale: Locale,
): string {
  const lookup = questionnaireLookup(questionnaire);
  // The same comparison with the same value reads the same: remember each sentence, per
  // questionnaire and locale (practices share most of them), starting again when there are many.
  const key = `${reason.fact}\u0000${reason.operator}\u0000${keyOf(reason.expected)}\u0000${keyOf(reason.actual)}`;
  const sentences = lookup.reasonTexts[locale];
  const known = sentences.get(key);
  if (known !== undefined) return known;
  const sentence = reasonInWords(reason, lookup, locale);
  if (sentences.size >= 4096) sentences.clear();
  sentences.set(key, sentence);
  return sentence;
}

function reasonInWords(
  reason: { fact: string; operator: RuleOperator; expected: RuleValue; actual: FactValue },
  lookup: QuestionnaireLookup,
  locale: Locale,
): string {
  const texts = textsByLocale[locale];
  return fill(texts.reason, {
    fact: describeFactIn(reason.fact, lookup, locale),
    actual: describeValueIn(reason.actual, reason.fact, lookup, locale),
    operator: texts.operators[reason.operator],
    expected: describeValueIn(reason.expected, reason.fact, lookup, locale),
  });
}
