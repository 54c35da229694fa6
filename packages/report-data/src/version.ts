import packageJson from '../package.json';

/**
 * The version of `@praktijkscan/report-data` that built a report, recorded in its meta.
 *
 * @example
 * ```ts
 * import { buildReportData, packageVersion } from '@praktijkscan/report-data';
 * buildReportData(input).meta.packageVersion === packageVersion; // true
 * ```
 */
export const packageVersion: string = packageJson.version;
