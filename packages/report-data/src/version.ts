import packageJson from '../package.json';

/** The version of `@praktijkscan/report-data` that built a report, recorded in its meta. */
export const packageVersion: string = packageJson.version;
