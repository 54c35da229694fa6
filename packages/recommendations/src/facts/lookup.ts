import type {
  Locale,
  QuestionnaireItemStructure,
  QuestionnaireSectionStructure,
  QuestionnaireStructure,
} from '@praktijkscan/model';
import { applicationTypeIds, isDeepFrozen } from '@praktijkscan/model';

/**
 * What building facts and describing reasons look up in a questionnaire, indexed once instead of
 * searched per fact: `questionnaire.items.find(…)` inside loops was a large share of `recommend`.
 * Every map keeps the FIRST match, exactly as `find` does.
 */
export interface QuestionnaireLookup {
  /** `answer.<item id>` for every item, in questionnaire order, with the item's id. */
  readonly answerFacts: readonly (readonly [fact: string, itemId: string])[];
  /** `usage.<application type>` for every application type, with the first item of that type. */
  readonly usageFacts: readonly (readonly [fact: string, itemId: string | undefined])[];
  readonly itemById: ReadonlyMap<string, QuestionnaireItemStructure>;
  /** By `answer.<item id>`. */
  readonly itemByAnswerFact: ReadonlyMap<string, QuestionnaireItemStructure>;
  /** By `usage.<item's applicationType>`. */
  readonly itemByUsageFact: ReadonlyMap<string, QuestionnaireItemStructure>;
  readonly sectionById: ReadonlyMap<string, QuestionnaireSectionStructure>;
  /** A fact's name in words, per locale, filled in as facts are described. */
  readonly factTexts: Readonly<Record<Locale, Map<string, string>>>;
  /** A reason's sentence by its comparison and values, per locale, filled in as reasons are told. */
  readonly reasonTexts: Readonly<Record<Locale, Map<string, string>>>;
  /**
   * The sentences of the built-in rules' comparisons, per locale: by rule name, then by the
   * comparison's place in the rule, then by the fact's actual value. Filled in as reasons are told.
   */
  readonly builtinSentences: Readonly<Record<Locale, Map<string, ComparisonSentences[]>>>;
}

/** One comparison of a built-in rule, and its sentence by the fact's actual value. */
export interface ComparisonSentences {
  readonly fact: string;
  readonly operator: string;
  readonly byActual: Map<unknown, string>;
}

function firstBy<T>(entries: readonly T[], key: (entry: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    const name = key(entry);
    if (!map.has(name)) map.set(name, entry);
  }
  return map;
}

function buildLookup(questionnaire: QuestionnaireStructure): QuestionnaireLookup {
  const itemByApplicationType = firstBy(
    questionnaire.items.filter((item) => item.applicationType !== undefined),
    (item) => item.applicationType as string,
  );
  return {
    answerFacts: questionnaire.items.map((item) => [`answer.${item.id}`, item.id] as const),
    usageFacts: applicationTypeIds.map(
      (type) => [`usage.${type}`, itemByApplicationType.get(type)?.id] as const,
    ),
    itemById: firstBy(questionnaire.items, (item) => item.id),
    itemByAnswerFact: firstBy(questionnaire.items, (item) => `answer.${item.id}`),
    itemByUsageFact: firstBy(questionnaire.items, (item) => `usage.${item.applicationType}`),
    sectionById: firstBy(questionnaire.sections, (section) => section.id),
    factTexts: { nl: new Map(), en: new Map() },
    reasonTexts: { nl: new Map(), en: new Map() },
    builtinSentences: { nl: new Map(), en: new Map() },
  };
}

// Kept only for deep-frozen questionnaires (the published ones are), which cannot change; a custom
// questionnaire that is not frozen gets a fresh lookup on every call.
const lookups = new WeakMap<QuestionnaireStructure, QuestionnaireLookup>();

/** The lookup of a questionnaire: cached where the questionnaire is deep-frozen. */
export function questionnaireLookup(questionnaire: QuestionnaireStructure): QuestionnaireLookup {
  const known = lookups.get(questionnaire);
  if (known) return known;
  const lookup = buildLookup(questionnaire);
  if (isDeepFrozen(questionnaire)) lookups.set(questionnaire, lookup);
  return lookup;
}
