import type {
  AnswerScaleId,
  ApplicationTypeId,
  IgjThemeId,
  InkPhaseId,
  QualityAspectId,
} from '../concepts/ids';
import type { SourceRef } from '../shared/source';
import type { LocalizedText } from '../shared/text';

/** How strongly an item bears on a quality aspect: 0 (not) to 3 (strongly). */
export type AspectWeight = 0 | 1 | 2 | 3;

/** The weight of an item for each of the six quality aspects. */
export type AspectWeights = Readonly<Record<QualityAspectId, AspectWeight>>;

/** A section of the questionnaire. */
export interface QuestionnaireSection {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

/** One question of the questionnaire. */
export interface QuestionnaireItem {
  /** Stable kebab-case id; answers are keyed by it. */
  readonly id: string;
  /** The id of the section the item belongs to. */
  readonly section: string;
  readonly text: LocalizedText;
  readonly help?: LocalizedText | undefined;
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

/** A versioned questionnaire: sections and items. */
export interface Questionnaire {
  readonly id: string;
  /** Semantic version. A new major version may change ids or weights; responses name the version they answer. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly sections: readonly QuestionnaireSection[];
  readonly items: readonly QuestionnaireItem[];
}
