import type {
  AnswerScaleId,
  ApplicationTypeId,
  BottleneckId,
  IgjThemeId,
  Locale,
  QualityAspectId,
  Questionnaire,
} from '@praktijkscan/model';
import type { RecommendationLocale } from '../catalog/structure';
import type { ReasonTexts } from '../locales/types';

/** A label by id. */
type Labels<Id extends string> = Readonly<Record<Id, { readonly label: string }>>;

/**
 * Everything `recommend` says in one language: the texts of the steps, the words of the reasons,
 * and where the names in them come from. One per language (`nl.ts`, `en.ts`), so that an edition
 * of one language (`@praktijkscan/recommendations/nl`) carries that language's texts only.
 */
export interface RecommendLanguage<L extends Locale = Locale> {
  readonly locale: L;
  /** The title, description and rationale of every step of the catalog. */
  readonly steps: RecommendationLocale;
  /** How a reason is put in words. */
  readonly reasons: ReasonTexts;
  /** The labels of the concepts that reasons name, and of every answer value. */
  readonly labels: {
    readonly qualityAspects: Labels<QualityAspectId>;
    readonly igjThemes: Labels<IgjThemeId>;
    readonly applicationTypes: Labels<ApplicationTypeId>;
    readonly bottlenecks: Labels<BottleneckId>;
    readonly answerScales: Readonly<Record<AnswerScaleId, { readonly values: readonly string[] }>>;
  };
  /** A published questionnaire with its texts in this language: reasons name its items. */
  readonly findQuestionnaire: (id: string, version: string) => Questionnaire<L> | undefined;
}

/** A `RecommendLanguage` of either language. */
export type AnyRecommendLanguage = { readonly [L in Locale]: RecommendLanguage<L> }[Locale];
