// The example in docs/report-data.md: the advanced sample's ReportData, with long lists shortened.
// Regenerate: npx -y pnpm@10.34.9 --filter @praktijkscan/report-data docs:example
import { readFileSync, writeFileSync } from 'node:fs';
import { sampleAdvanced } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { scoreResponse } from '@praktijkscan/scoring';
import { buildReportData, type ReportData } from '../src';

export const docsPath = new URL('../../../docs/report-data.md', import.meta.url);
const start = '<!-- example:start -->';
const end = '<!-- example:end -->';

/** The example as the docs show it: long lists cut to their first two entries. */
export async function exampleReport(): Promise<unknown> {
  const asOf = '2026-11-22';
  const result = scoreResponse(sampleAdvanced);
  const recommendations = await recommend(result, sampleAdvanced, { asOf, locale: 'en' });
  const report: ReportData = buildReportData({
    response: sampleAdvanced,
    result,
    recommendations,
    asOf,
    locale: 'en',
  });
  const firstTwo = <T>(list: readonly T[]) => list.slice(0, 2);
  return {
    ...report,
    recommendations: firstTwo(report.recommendations),
    matrix: report.matrix.map((quadrant) => ({
      ...quadrant,
      recommendations: firstTwo(quadrant.recommendations),
      ideas: firstTwo(quadrant.ideas),
    })),
    plan: {
      ...report.plan,
      quarters: firstTwo(report.plan.quarters),
      later: firstTwo(report.plan.later),
      avoid: firstTwo(report.plan.avoid),
    },
    pdca: {
      phases: firstTwo(report.pdca.phases).map((phase) => ({
        ...phase,
        activities: firstTwo(phase.activities),
      })),
      steps: firstTwo(report.pdca.steps),
    },
    dataQuality: { ...report.dataQuality, missing: firstTwo(report.dataQuality.missing) },
    adoption: { ...report.adoption, applications: firstTwo(report.adoption.applications) },
  };
}

/** The docs text with the example block replaced by the current example. */
export async function docsWithExample(docs: string): Promise<string> {
  const from = docs.indexOf(start);
  const to = docs.indexOf(end);
  if (from < 0 || to < from)
    throw new Error(`docs/report-data.md needs the markers ${start} and ${end}`);
  const block = `${start}\n\n\`\`\`json\n${JSON.stringify(await exampleReport(), null, 2)}\n\`\`\`\n\n`;
  return docs.slice(0, from) + block + docs.slice(to);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  writeFileSync(docsPath, await docsWithExample(readFileSync(docsPath, 'utf8')));
  console.log('docs/report-data.md: example updated');
}
