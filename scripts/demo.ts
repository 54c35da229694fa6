// `pnpm demo`: the main job on the embedded sample practice, from the workspace sources.
import { localize, parseResponse, qualityAspects } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';

const locale = process.argv.includes('--lang=nl') ? 'nl' : 'en';
const response = parseResponse(sampleHalfway);
const result = scoreResponse(response);
const format = (value: number | null) => (value === null ? '–' : value.toFixed(1));

const lines = [
  `praktijkscan demo: ${response.practiceName ?? response.practiceId} (completed ${response.completedOn})`,
  `questionnaire ${result.questionnaire.id} ${result.questionnaire.version}: ${result.completeness.answered} of ${result.completeness.applicable} applicable items answered`,
  '',
  `overall score      ${format(result.overall)}   (own judgement: ${format(result.selfAssessment?.score ?? null)})`,
  ...qualityAspects.map((aspect) => {
    const { score, coverage } = result.aspects[aspect.id];
    return `  ${localize(aspect.label, locale).padEnd(20)} ${format(score).padStart(5)}   coverage ${format(coverage).padStart(5)}`;
  }),
  '',
  `INK phase          ${result.inkPhase.phase}`,
  result.inkPhase.next
    ? `next phase         ${result.inkPhase.next.phase}: progress ${format(result.inkPhase.next.progress)}, earliest ${result.inkPhase.next.earliestDate}, typically ${result.inkPhase.next.typicalDate}`
    : 'next phase         none: phase 5 is the last',
];
console.log(lines.join('\n'));
