/** The report's own texts in one language (concept labels come from the model). */
export interface ReportTexts {
  readonly series: {
    readonly practice: string;
    readonly previous: string;
    readonly benchmarkMedian: string;
  };
  readonly trend: {
    /** The previous assessment answered the same questionnaire version. */
    readonly sameVersion: (version: string) => string;
    /** It answered an earlier version: `shared` of the current version's `total` scored items carry its answers. */
    readonly acrossVersions: (from: string, to: string, shared: number, total: number) => string;
  };
  readonly adoption: {
    /** The label of the summary over Nivel's seven types of e-health application. */
    readonly nivelTypes: string;
    /** The label of the answer "na" for an application type: it does not fit the practice. */
    readonly notApplicable: string;
    /** The label of an application type left unanswered. */
    readonly missing: string;
  };
}
