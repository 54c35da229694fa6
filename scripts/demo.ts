// `pnpm demo`: the main job on the embedded sample practice, from the workspace sources.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localize, parseResponse, qualityAspects } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { buildReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';

const locale = process.argv.includes('--lang=nl') ? 'nl' : 'en';
// A fixed "now", printed, so that the demo gives the same output on every machine and every day.
const asOf = '2026-11-22';
const response = parseResponse(sampleHalfway);
const result = scoreResponse(response);
const steps = await recommend(result, response, { asOf, locale });
const report = buildReportData({ response, result, recommendations: steps, asOf, locale });
const format = (value: number | null) => (value === null ? '–' : value.toFixed(1));

const outDir = resolve('praktijkscan-report');
mkdirSync(outDir, { recursive: true });
const reportPath = resolve(outDir, 'report-data.json');
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

const lines = [
  `praktijkscan demo: ${response.practiceName ?? response.practiceId} (completed ${response.completedOn}, as of ${asOf})`,
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
  '',
  `first next steps (${steps.length} in all):`,
  ...steps
    .slice(0, 3)
    .flatMap((step, index) => [
      `  ${index + 1}. ${step.title} [${step.quadrant}, start by ${step.startBy}, evaluate on ${step.evaluateOn}]`,
      ...step.reasons.map((reason) => `     because: ${reason.text}`),
    ]),
  '',
  `report data: ${reportPath}`,
];
console.log(lines.join('\n'));
