/** The report's own texts in one language (concept labels come from the model). */
export interface ReportTexts {
  readonly series: {
    readonly practice: string;
    readonly previous: string;
    readonly benchmarkMedian: string;
  };
}
