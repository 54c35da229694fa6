/**
 * Everything a report needs about one practice as one validated structure; regional benchmarks.
 *
 * @packageDocumentation
 * @module @praktijkscan/report-data
 */

// Explicit named exports only: the public surface is exactly what is listed here.

export type {
  AggregateOptions,
  BenchmarkPosition,
  PercentileFigures,
  PublishedAggregate,
  RegionalAggregate,
  SuppressedAggregate,
} from './benchmark/aggregate';
export { aggregateResults, compareToBenchmark, RegionalAggregator } from './benchmark/aggregate';
export type { BuildReportDataInput } from './build/build-report-data';
export { buildReportData } from './build/build-report-data';
export type { ReportDataErrorCode } from './errors';
export { ReportDataError } from './errors';
export type { ReportData } from './schema/report-data';
export { reportDataSchema, reportRecommendationSchema } from './schema/report-data';
export type { ReportTeamInput } from './team/build-team';
export type { ReportTeam } from './team/schema';
export { reportTeamSchema } from './team/schema';
export { packageVersion } from './version';
