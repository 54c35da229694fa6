import type {
  Locale,
  QuestionnaireItemStructure,
  QuestionnaireSectionStructure,
  QuestionnaireStructure,
} from '@praktijkscan/model';
import type { FactValue } from '../facts/build';
import {
  type ComparisonSentences,
  type QuestionnaireLookup,
  questionnaireLookup,
} from '../facts/lookup';
import type { AnyRecommendLanguage } from '../languages/types';
import type { RuleOperator, RuleValue } from '../rules/types';

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

/**
 * Fills `{name}` placeholders of a text of a language pack, leaving unknown ones as they are.
 *
 * @example
 * ```ts
 * import { fillTemplate } from './describe';
 *
 * fillTemplate('After phase {phase}.', { phase: '3' }); // 'After phase 3.'
 * ```
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return fill(template, values);
}

/**
 * A number as a reader of the language writes it: a decimal comma in Dutch.
 *
 * @example
 * ```ts
 * import { formatNumber } from './describe';
 *
 * formatNumber(23.5, { decimalSeparator: ',' }); // '23,5'
 * ```
 */
export function formatNumber(value: number, texts: { readonly decimalSeparator: string }): string {
  const text = String(value);
  return texts.decimalSeparator === '.' ? text : text.replace('.', texts.decimalSeparator);
}

/** The text of an item or section in the language, where the questionnaire has one. */
function textIn(
  part: QuestionnaireItemStructure | QuestionnaireSectionStructure | undefined,
  field: 'text' | 'title',
  locale: Locale,
): string | undefined {
  const texts = (part as { readonly [name: string]: unknown } | undefined)?.[field] as
    | Partial<Record<Locale, string>>
    | undefined;
  return texts?.[locale];
}

const labelOf = (labels: Readonly<Record<string, { readonly label: string }>>, id: string) =>
  Object.hasOwn(labels, id) ? (labels[id] as { readonly label: string }).label : id;

/** A fact's name in words, e.g. `The answer to "…"`, remembered per questionnaire and locale. */
function describeFactIn(
  fact: string,
  lookup: QuestionnaireLookup,
  language: AnyRecommendLanguage,
): string {
  const known = lookup.factTexts[language.locale].get(fact);
  if (known !== undefined) return known;
  const text = factInWords(fact, lookup, language);
  lookup.factTexts[language.locale].set(fact, text);
  return text;
}

function factInWords(
  fact: string,
  lookup: QuestionnaireLookup,
  language: AnyRecommendLanguage,
): string {
  const { locale, labels } = language;
  const texts = language.reasons.facts;
  const parts = fact.split('.');
  const head = parts[0] ?? '';
  const tail = parts.slice(1).join('.');
  switch (head) {
    case 'answer': {
      const item = lookup.itemById.get(tail);
      return fill(texts.answer, { item: textIn(item, 'text', locale) ?? tail });
    }
    case 'usage':
      return fill(texts.usage, { application: labelOf(labels.applicationTypes, tail) });
    case 'aspect':
    case 'section':
    case 'theme': {
      const key = parts.slice(1, -1).join('.');
      const isScore = parts[parts.length - 1] === 'score';
      if (head === 'aspect')
        return fill(isScore ? texts.aspectScore : texts.aspectCoverage, {
          aspect: labelOf(labels.qualityAspects, key),
        });
      if (head === 'theme')
        return fill(isScore ? texts.themeScore : texts.themeCoverage, {
          theme: labelOf(labels.igjThemes, key),
        });
      const section = lookup.sectionById.get(key);
      return fill(isScore ? texts.sectionScore : texts.sectionCoverage, {
        section: textIn(section, 'title', locale) ?? key,
      });
    }
    case 'bottleneck':
      return fill(texts.bottleneck, { bottleneck: labelOf(labels.bottlenecks, tail) });
    case 'inkPhase':
      return tail === 'nextProgress' ? texts.inkPhaseNextProgress : texts.inkPhase;
    default:
      return (texts as Record<string, string>)[fact] ?? fact;
  }
}

/** A value in words: `null` is unknown, `"na"` not applicable, answers with their scale label. */
function describeValueIn(
  value: FactValue | RuleValue,
  fact: string,
  lookup: QuestionnaireLookup,
  language: AnyRecommendLanguage,
): string {
  const texts = language.reasons.values;
  if (Array.isArray(value)) {
    return value
      .map((entry) => describeValueIn(entry, fact, lookup, language))
      .join(` ${texts.or} `);
  }
  if (value === null) return texts.unknown;
  if (value === 'na') return texts.notApplicable;
  if (value === true) return texts.yes;
  if (value === false) return texts.no;
  if (typeof value === 'number' && (fact.startsWith('answer.') || fact.startsWith('usage.'))) {
    const item = fact.startsWith('answer.')
      ? lookup.itemByAnswerFact.get(fact)
      : lookup.itemByUsageFact.get(fact);
    const label = item ? language.labels.answerScales[item.scale]?.values[value] : undefined;
    const number = formatNumber(value, language.reasons);
    return label ? `${number} (${label.toLowerCase()})` : number;
  }
  if (typeof value === 'number' && fact === 'inkPhase') {
    // A phase reads with its label beside the number, as an answer reads with its scale's label.
    // The labels are the language pack's own (the model's phases carry long texts a bundle
    // without the roadmap need not hold).
    const label = texts.inkPhases[value];
    const number = formatNumber(value, language.reasons);
    return label ? `${number} (${label})` : number;
  }
  if (typeof value === 'number') return formatNumber(value, language.reasons);
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
  questionnaire: QuestionnaireStructure,
  language: AnyRecommendLanguage,
): string {
  const lookup = questionnaireLookup(questionnaire);
  // The same comparison with the same value reads the same: remember each sentence, per
  // questionnaire and locale (practices share most of them), starting again when there are many.
  const key = `${reason.fact}\u0000${reason.operator}\u0000${keyOf(reason.expected)}\u0000${keyOf(reason.actual)}`;
  const sentences = lookup.reasonTexts[language.locale];
  const known = sentences.get(key);
  if (known !== undefined) return known;
  const sentence = reasonInWords(reason, lookup, language);
  if (sentences.size >= 4096) sentences.clear();
  sentences.set(key, sentence);
  return sentence;
}

function reasonInWords(
  reason: { fact: string; operator: RuleOperator; expected: RuleValue; actual: FactValue },
  lookup: QuestionnaireLookup,
  language: AnyRecommendLanguage,
): string {
  const texts = language.reasons;
  // A comparison a reader cannot use is left out: "is exactly …" repeats the value, and "at least
  // 0" holds for every practice. Such a reason names the fact and its value only.
  if (
    reason.fact.startsWith('bottleneck.') &&
    reason.operator === 'equal' &&
    reason.expected === true &&
    reason.actual === true
  ) {
    return fill(texts.bottleneckNamed, {
      bottleneck: labelOf(language.labels.bottlenecks, reason.fact.slice('bottleneck.'.length)),
    });
  }
  if (reason.operator === 'equal' || isAlwaysTrue(reason)) {
    return fill(texts.reasonIs, {
      fact: describeFactIn(reason.fact, lookup, language),
      actual: describeValueIn(reason.actual, reason.fact, lookup, language),
    });
  }
  return fill(texts.reason, {
    fact: describeFactIn(reason.fact, lookup, language),
    actual: describeValueIn(reason.actual, reason.fact, lookup, language),
    operator: texts.operators[reason.operator],
    expected: describeValueIn(reason.expected, reason.fact, lookup, language),
  });
}

/** Facts that can be below zero; every other numeric fact is a count, score, phase or month. */
const signedFacts: ReadonlySet<string> = new Set(['selfAssessmentGap']);

function isAlwaysTrue(reason: {
  fact: string;
  operator: RuleOperator;
  expected: RuleValue;
}): boolean {
  return (
    reason.operator === 'greaterThanInclusive' &&
    typeof reason.expected === 'number' &&
    reason.expected <= 0 &&
    !signedFacts.has(reason.fact)
  );
}

/**
 * Whether a step's reasons already hold one about `fact`: a step gets one line per question, the
 * first in rule order. Both ways of running the rules collect reasons with it.
 *
 * @example
 * ```ts
 * import { hasReasonAbout } from './describe';
 *
 * const reasons = [{ fact: 'answer.learning-time', text: 'first' }];
 * hasReasonAbout(reasons, 'answer.learning-time'); // true
 * hasReasonAbout(reasons, 'overall'); // false
 * ```
 */
export function hasReasonAbout(
  reasons: readonly { readonly fact: string }[],
  fact: string,
): boolean {
  for (const known of reasons) if (known.fact === fact) return true;
  return false;
}

/** The sentences of the built-in rules' comparisons told so far, for a questionnaire and language. */
export function builtinSentencesOf(
  questionnaire: QuestionnaireStructure,
  language: AnyRecommendLanguage,
): Map<string, ComparisonSentences[]> {
  return questionnaireLookup(questionnaire).builtinSentences[language.locale];
}

/**
 * One reason of a built-in rule as a sentence, as {@link describeReason} tells it. A built-in
 * rule's comparisons never change, so the sentence is remembered by the rule's name, the
 * comparison's place in it and the actual value (in `sentences`, from
 * {@link builtinSentencesOf}), which is quicker to find than by the whole comparison.
 */
export function describeBuiltinReason(
  sentences: Map<string, ComparisonSentences[]>,
  place: number,
  reason: {
    rule: string;
    fact: string;
    operator: RuleOperator;
    expected: RuleValue;
    actual: FactValue;
  },
  questionnaire: QuestionnaireStructure,
  language: AnyRecommendLanguage,
): string {
  let comparisons = sentences.get(reason.rule);
  if (comparisons === undefined) {
    comparisons = [];
    sentences.set(reason.rule, comparisons);
  }
  let comparison = comparisons[place];
  if (comparison?.fact !== reason.fact || comparison.operator !== reason.operator) {
    comparison = { fact: reason.fact, operator: reason.operator, byActual: new Map() };
    comparisons[place] = comparison;
  }
  let sentence = comparison.byActual.get(reason.actual);
  if (sentence === undefined) {
    sentence = describeReason(reason, questionnaire, language);
    if (comparison.byActual.size >= 1024) comparison.byActual.clear();
    comparison.byActual.set(reason.actual, sentence);
  }
  return sentence;
}
