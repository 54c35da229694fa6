import type { QuestionnaireStructure } from '@praktijkscan/model';
import {
  applicationTypeIds,
  bottleneckIds,
  igjThemeIds,
  qualityAspectIds,
} from '@praktijkscan/model';

/**
 * The facts rules may use, for one questionnaire. Each fact has a fixed name and a value computed
 * from the score result, the response and `asOf`:
 *
 * | fact | value |
 * | --- | --- |
 * | `answer.<item id>` | the answer (0..max), `"na"`, or `null` where missing |
 * | `usage.<application type id>` | the usage level 0..4 of that application, `"na"`, or `null` |
 * | `aspect.<aspect id>.score`, `aspect.<aspect id>.coverage` | 0..100 or `null` |
 * | `section.<section id>.score`, `section.<section id>.coverage` | 0..100 or `null` |
 * | `theme.<theme id>.score`, `theme.<theme id>.coverage` | 0..100 or `null` |
 * | `overall` | the overall score, 0..100 or `null` |
 * | `inkPhase` | the INK phase, 0..5 |
 * | `inkPhase.nextProgress` | the next phase's score, 0..100, or `null` |
 * | `bottleneck.<bottleneck id>` | whether the practice named it: `true` or `false` |
 * | `ownBottleneckCount` | how many bottlenecks the practice added in its own words |
 * | `ideaCount` | how many improvement ideas the practice filed |
 * | `completeness` | answered applicable scored items, as 0..100 |
 * | `monthsSinceCompletion` | whole months from the completion date to `asOf` |
 * | `monthsSinceVisit` | whole months from the last practice visit to `asOf`, or `null` where unknown |
 * | `selfAssessmentGap` | own judgement minus computed overall score (-100..100), or `null` |
 * | `teamItemsToDiscuss` | in a team scan (option `team`), how many scored questions the team disagrees on; `null` otherwise |
 *
 * @example
 * ```ts
 * import { questionnaire } from '@praktijkscan/model';
 * import { factNames } from '@praktijkscan/recommendations';
 * factNames(questionnaire).includes('inkPhase'); // true
 * ```
 */
export function factNames(questionnaire: QuestionnaireStructure): string[] {
  const scored = (prefix: string, ids: readonly string[]) =>
    ids.flatMap((id) => [`${prefix}.${id}.score`, `${prefix}.${id}.coverage`]);
  const sections = [
    ...new Set(questionnaire.items.filter((item) => item.scored).map((item) => item.section)),
  ];
  return [
    ...questionnaire.items.map((item) => `answer.${item.id}`),
    ...applicationTypeIds.map((id) => `usage.${id}`),
    ...scored('aspect', qualityAspectIds),
    ...scored('section', sections),
    ...scored('theme', igjThemeIds),
    'overall',
    'inkPhase',
    'inkPhase.nextProgress',
    ...bottleneckIds.map((id) => `bottleneck.${id}`),
    'ownBottleneckCount',
    'ideaCount',
    'completeness',
    'monthsSinceCompletion',
    'monthsSinceVisit',
    'selfAssessmentGap',
    'teamItemsToDiscuss',
  ];
}
