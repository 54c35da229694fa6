import type { ImprovementIdea, QualityAspectId } from '@praktijkscan/model';
import { qualityAspectIds } from '@praktijkscan/model';

// Every linkId of the scan's own items starts with `scan.`: a questionnaire's item and section ids
// are kebab-case, without dots, so these never meet one of them.
const prefix = 'scan.';

/** The fields of an improvement idea, in the order the form asks for them. */
export const ideaFieldNames = [
  'id',
  'title',
  'date',
  'from',
  'team',
  'problem',
  'size',
  'idea',
  'yield',
  'involve',
  'effect',
  'energy',
] as const satisfies readonly (keyof ImprovementIdea)[];

/** A field of an improvement idea. */
export type IdeaFieldName = (typeof ideaFieldNames)[number];

/**
 * The linkIds of the items that carry everything of a response besides the answers to the
 * questionnaire's own items, and of the calculated scores. They are the same for every
 * questionnaire version. Integrators in other languages can copy these strings as they are.
 *
 * @example
 * ```ts
 * import { fhirLinkIds } from '@praktijkscan/fhir';
 * fhirLinkIds.practiceId; // 'scan.practice-id'
 * fhirLinkIds.ideaFields.title; // 'scan.idea.title'
 * fhirLinkIds.aspectScores.safety; // 'scan.score.safety'
 * ```
 */
export const fhirLinkIds = Object.freeze({
  /** The group with the practice and the dates, first in the form. */
  practice: `${prefix}practice`,
  /** `string`: the practice's name (`practiceName`). */
  practiceName: `${prefix}practice-name`,
  /** `string`: the opaque practice id (`practiceId`), where `subject` does not carry it. */
  practiceId: `${prefix}practice-id`,
  /** `date`: the date the scan was completed (`completedOn`). */
  completedOn: `${prefix}completed-on`,
  /** `date`: the date of the last practice visit (`lastPracticeVisitOn`). */
  lastPracticeVisit: `${prefix}last-practice-visit`,
  /** The group with the bottlenecks, after the questionnaire's sections. */
  bottlenecks: `${prefix}bottlenecks`,
  /** `choice`, repeats: the known bottlenecks the practice recognises. */
  bottleneck: `${prefix}bottleneck`,
  /** `string`, repeats: bottlenecks in the practice's own words, in order. */
  ownBottleneck: `${prefix}own-bottleneck`,
  /** Repeating group: one improvement idea (the improvement form of seed 004) per repetition. */
  idea: `${prefix}idea`,
  /** The items of an idea, one per field; `id` is hidden (see the package README). */
  ideaFields: Object.freeze(
    Object.fromEntries(ideaFieldNames.map((field) => [field, `${prefix}idea.${field}`])),
  ) as Readonly<Record<IdeaFieldName, string>>,
  /** The read-only group with the calculated scores, last in the form. */
  scores: `${prefix}scores`,
  /** `decimal`, read-only: one calculated score per quality aspect. */
  aspectScores: Object.freeze(
    Object.fromEntries(qualityAspectIds.map((aspect) => [aspect, `${prefix}score.${aspect}`])),
  ) as Readonly<Record<QualityAspectId, string>>,
  /** `decimal`, read-only: the calculated overall score. */
  overallScore: `${prefix}score.overall`,
});
