import packageJson from '../package.json';

/**
 * The version of `@praktijkscan/report-data` that built a report, recorded in its meta.
 *
 * @example
 * ```ts
 * import { buildReportData, packageVersion } from '@praktijkscan/report-data';
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { recommend } from '@praktijkscan/recommendations';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * const result = scoreResponse(sampleHalfway);
 * const recommendations = await recommend(result, sampleHalfway, { asOf: '2026-11-22', locale: 'en' });
 * const report = buildReportData({ response: sampleHalfway, result, recommendations, asOf: '2026-11-22', locale: 'en' });
 * report.meta.packageVersion === packageVersion; // true
 * ```
 */
export const packageVersion: string = packageJson.version;
