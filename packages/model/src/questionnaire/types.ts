import type {
  AnswerScaleId,
  ApplicationTypeId,
  IgjThemeId,
  InkPhaseId,
  QualityAspectId,
} from '../concepts/ids';
import type { SourceRef } from '../shared/source';
import type { Locale, LocalizedText } from '../shared/text';

/** How strongly an item bears on a quality aspect: 0 (not) to 3 (strongly). */
export type AspectWeight = 0 | 1 | 2 | 3;

/** The weight of an item for each of the six quality aspects. */
export type AspectWeights = Readonly<Record<QualityAspectId, AspectWeight>>;

/** A section of the questionnaire without its texts. */
export interface QuestionnaireSectionStructure {
  readonly id: string;
}

/**
 * A section of the questionnaire. `L` is the languages it has texts in: both by default; one in
 * a language edition (`@praktijkscan/model/nl`, `@praktijkscan/model/en`).
 */
export interface QuestionnaireSection<L extends Locale = Locale>
  extends QuestionnaireSectionStructure {
  readonly title: LocalizedText<L>;
  readonly description: LocalizedText<L>;
}

/** One question of the questionnaire without its texts: all that validation and scoring read. */
export interface QuestionnaireItemStructure {
  /** Stable kebab-case id; answers are keyed by it. */
  readonly id: string;
  /** The id of the section the item belongs to. */
  readonly section: string;
  readonly scale: AnswerScaleId;
  /** Integer weights 0..3 per aspect; a scored item has at least one positive weight. */
  readonly weights: AspectWeights;
  /** The IGJ theme the item informs. */
  readonly theme: IgjThemeId;
  /** The INK phase this item indicates, where it is a phase indicator. */
  readonly inkPhase?: InkPhaseId | undefined;
  /** The application type this item inventories (scale `usage`). */
  readonly applicationType?: ApplicationTypeId | undefined;
  /** Whether the answer `"na"` (not applicable) is allowed. */
  readonly allowsNotApplicable: boolean;
  /** False only for the practice's own overall judgement, reported beside the computed score. */
  readonly scored: boolean;
  readonly source: SourceRef;
}

/** One question of the questionnaire, with its texts in the languages `L` (both by default). */
export interface QuestionnaireItem<L extends Locale = Locale> extends QuestionnaireItemStructure {
  readonly text: LocalizedText<L>;
  readonly help?: LocalizedText<L> | undefined;
}

/**
 * A versioned questionnaire without its texts: what validation and scoring need
 * (`findQuestionnaireStructure`). Every `Questionnaire` is one.
 */
export interface QuestionnaireStructure {
  readonly id: string;
  /** Semantic version. A new major version may change ids or weights; responses name the version they answer. */
  readonly version: string;
  readonly sections: readonly QuestionnaireSectionStructure[];
  readonly items: readonly QuestionnaireItemStructure[];
}

/**
 * A versioned questionnaire: sections and items, with texts in the languages `L`: Dutch and
 * English by default, one of them in a language edition (`@praktijkscan/model/nl`,
 * `@praktijkscan/model/en`), for an app that ships one language.
 */
export interface Questionnaire<L extends Locale = Locale> extends QuestionnaireStructure {
  readonly title: LocalizedText<L>;
  readonly description: LocalizedText<L>;
  readonly sections: readonly QuestionnaireSection<L>[];
  readonly items: readonly QuestionnaireItem<L>[];
}
