/**
 * The command line's own words in one language: section headings and the few UI words a report
 * needs beside the labels that come with `ReportData`. A text missing in either language is a
 * compile error.
 */
export interface CliTexts {
  /** The report's title, before the practice name. */
  readonly reportTitle: string;
  readonly headings: {
    readonly summary: string;
    readonly radar: string;
    readonly aspects: string;
    readonly sections: string;
    readonly themes: string;
    readonly phaseLadder: string;
    readonly matrix: string;
    readonly recommendations: string;
    readonly plan: string;
    readonly monitoring: string;
    readonly dataQuality: string;
  };
  readonly meta: {
    readonly practice: string;
    readonly practiceId: string;
    readonly completedOn: string;
    readonly asOf: string;
    readonly questionnaire: string;
    /** The questionnaire's own version, never the software's. */
    readonly questionnaireVersion: (version: string) => string;
    /** The software's version, never the questionnaire's. */
    readonly generatedBy: (version: string) => string;
  };
  readonly summary: {
    readonly overall: string;
    readonly selfAssessment: string;
    readonly gap: string;
    readonly inkPhase: string;
    readonly noPhase: string;
    readonly completeness: string;
    readonly answeredOf: (answered: number, applicable: number) => string;
    readonly trend: string;
    readonly previousCompletedOn: string;
    readonly overallChange: string;
    readonly inkPhaseChange: string;
    readonly benchmark: string;
    readonly benchmarkSuppressed: string;
    readonly benchmarkGroup: (n: number) => string;
  };
  readonly table: {
    readonly aspect: string;
    readonly section: string;
    readonly theme: string;
    readonly score: string;
    readonly coverage: string;
    readonly change: string;
    readonly benchmark: string;
  };
  readonly benchmarkPositions: Readonly<Record<string, string>>;
  /** How a missing score is shown (`null`: nothing to score). */
  readonly noScore: string;
  readonly radar: {
    readonly caption: string;
    readonly gapNote: string;
  };
  readonly ladder: {
    readonly phase: string;
    readonly status: Readonly<Record<'attained' | 'current' | 'next' | 'later', string>>;
    readonly progress: string;
    readonly earliestDate: string;
    readonly typicalDate: string;
  };
  readonly matrix: {
    readonly effect: string;
    readonly energy: string;
    readonly high: string;
    readonly low: string;
    readonly planned: string;
    readonly notPlanned: string;
    readonly recommendations: string;
    readonly ideas: string;
    readonly none: string;
    readonly ratingNote: string;
  };
  readonly recommendation: {
    readonly rank: string;
    readonly title: string;
    readonly quadrant: string;
    readonly effectEnergy: string;
    readonly startBy: string;
    readonly evaluateOn: string;
    readonly roles: string;
    readonly reasons: string;
    readonly rationale: string;
    readonly source: string;
    readonly rated: string;
    readonly none: string;
  };
  readonly plan: {
    readonly period: string;
    readonly activities: string;
    readonly roles: string;
    readonly items: string;
    readonly noItems: string;
  };
  readonly monitoring: {
    readonly what: string;
    readonly last: string;
    readonly nextDue: string;
    readonly status: string;
    readonly questionnaire: string;
    readonly visit: string;
    readonly overdue: string;
    readonly onTime: string;
    readonly unknown: string;
  };
  readonly dataQuality: {
    readonly answered: string;
    readonly lowCoverage: string;
    readonly missing: string;
    readonly noneMissing: string;
    readonly noneLow: string;
  };
  readonly questionnaireForm: {
    readonly item: string;
    readonly scale: string;
    readonly notApplicable: string;
    readonly notScored: string;
    readonly answerWith: string;
  };
  readonly demo: {
    readonly title: (practice: string, completedOn: string, asOf: string) => string;
    readonly fixedDate: string;
    readonly items: (answered: number, applicable: number) => string;
    readonly overall: string;
    readonly ownJudgement: string;
    readonly coverage: string;
    readonly inkPhase: string;
    readonly nextPhase: string;
    readonly nextPhaseDetail: (
      phase: number,
      progress: string,
      earliest: string,
      typical: string,
    ) => string;
    readonly lastPhase: string;
    readonly firstSteps: (count: number) => string;
    readonly startBy: string;
    readonly evaluateOn: string;
    readonly because: string;
    readonly written: string;
  };
}
