import type { IdeaFieldName } from '../../canonical/link-ids';

/**
 * The texts of the items `toFhirQuestionnaire` adds to every questionnaire: the practice, the
 * bottlenecks, the improvement ideas and the calculated scores. One file per language; the labels
 * of the improvement form follow seed 004's "Bijlage Verbeterformat" (checked in the tests).
 */
export interface ScanItemTexts {
  readonly practice: string;
  readonly practiceName: string;
  readonly practiceId: string;
  readonly practiceIdHelp: string;
  readonly completedOn: string;
  readonly lastPracticeVisit: string;
  readonly bottlenecks: string;
  readonly bottleneck: string;
  readonly ownBottleneck: string;
  readonly idea: string;
  readonly ideaFields: Readonly<Record<IdeaFieldName, string>>;
  /** The label of rating 1 and rating 5 of effect and energy. */
  readonly ratingEnds: {
    readonly effect: readonly [string, string];
    readonly energy: readonly [string, string];
  };
  readonly scores: string;
  readonly scoresHelp: string;
  readonly overallScore: string;
}
