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
    readonly focus: string;
    readonly roadmap: string;
    readonly later: string;
    readonly avoid: string;
    readonly notes: string;
    readonly monitoring: string;
    readonly dataQuality: string;
    readonly adoption: string;
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
    readonly focusIntro: (capacity: number) => string;
    readonly noFocus: string;
    readonly quarter: (index: number) => string;
    readonly maintenance: string;
    readonly ideas: string;
    readonly idea: string;
    readonly noLater: string;
    readonly noAvoid: string;
    readonly noNotes: string;
    readonly cycleIntro: string;
    readonly later: string;
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
    readonly notHeld: string;
    readonly none: string;
  };
  /** The adoption of application types, apart from the quality scores. */
  readonly adoption: {
    /** What the overview shows, and that it is not part of the quality scores. */
    readonly intro: string;
    /** From which answer (its label) an application counts as in use. */
    readonly inUseFrom: (label: string) => string;
    readonly domain: string;
    readonly inUse: string;
    readonly notApplicable: string;
    readonly missing: string;
    readonly usageLevel: string;
    /** `inUse` of `asked` application types. */
    readonly ofAsked: (count: number, asked: number) => string;
    /** What the usage level means. */
    readonly usageLevelNote: string;
    /** The heading of the list of applications. */
    readonly perApplication: string;
    /** The mark of one of Nivel's seven types. */
    readonly nivelType: string;
    /** Said where the questionnaire asks about no application types. */
    readonly noneAsked: string;
  };
  readonly dataQuality: {
    readonly answered: string;
    readonly lowCoverage: string;
    readonly missing: string;
    readonly noneMissing: string;
    readonly noneLow: string;
  };
  /** The paper form (`questionnaire --format markdown|html`): everything a response holds. */
  readonly questionnaireForm: {
    readonly version: (id: string, version: string) => string;
    readonly howTo: string;
    readonly practice: string;
    readonly practiceName: string;
    readonly practiceId: string;
    readonly completedOn: string;
    readonly lastVisit: string;
    readonly dateHint: string;
    readonly bottlenecks: string;
    readonly bottlenecksQuestion: string;
    readonly ownBottlenecks: string;
    readonly questions: string;
    readonly notApplicable: string;
    readonly notScored: string;
    readonly answerWith: string;
    readonly ideas: string;
    readonly ideasIntro: string;
    readonly idea: (number: number) => string;
    readonly moreIdeas: string;
    readonly ideaFields: {
      readonly title: string;
      readonly date: string;
      readonly from: string;
      readonly team: string;
      readonly problem: string;
      readonly size: string;
      readonly idea: string;
      readonly yield: string;
      readonly involve: string;
      readonly effect: string;
      readonly energy: string;
    };
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
    /** The heading of the focus: how many steps it holds, of how many recommended. */
    readonly focus: (shown: number, total: number) => string;
    readonly startBy: string;
    readonly evaluateOn: string;
    readonly because: string;
    readonly written: string;
  };
  /** The one-page summary at the top of the HTML report, and the words print needs. */
  readonly onePage: {
    readonly focusNote: string;
    readonly who: string;
    readonly startBy: string;
    readonly evaluateOn: string;
    readonly phaseMeaning: string;
    /** Phase 0: below the INK ladder's first rung. */
    readonly notYetPhase1: string;
    readonly nextPhase: (label: string) => string;
    readonly lowCoverage: (percentage: string) => string;
    readonly comparison: string;
    readonly lastYear: string;
    readonly noPrevious: string;
    readonly previous: (date: string, change: string, phaseChange: string) => string;
    readonly region: string;
    readonly noBenchmark: string;
    readonly benchmarkSuppressed: string;
    readonly benchmarkFigures: (n: number, p25: string, median: string, p75: string) => string;
    readonly ofHundred: string;
    readonly page: string;
    readonly details: string;
  };
  /** Messages about input files: JSON syntax and the regional aggregate of `--benchmark`. */
  readonly inputErrors: {
    readonly notJson: (what: string, line: number, column: number) => string;
    readonly invalidResponse: (what: string, count: number) => string;
    readonly invalidAggregate: (what: string, count: number) => string;
    readonly aggregate: {
      readonly notAggregate: string;
      readonly object: string;
      readonly boolean: string;
      readonly wholeNumber: (min: number) => string;
      readonly score: string;
      readonly order: string;
      readonly unknownKey: string;
      readonly missing: string;
    };
  };
  /**
   * Messages about reading and writing files and streams. `cause` is one of `fileCauses`, or the
   * system's own words for a cause not listed there.
   */
  readonly fileErrors: {
    readonly causes: {
      readonly noSuchFile: string;
      readonly permissionDenied: string;
      readonly isDirectory: string;
      readonly notDirectory: string;
      readonly noSpace: string;
    };
    readonly cannotRead: (what: string, cause: string) => string;
    readonly cannotReadStdin: (what: string, cause: string) => string;
    readonly cannotReadAfterLine: (what: string, line: number, cause: string) => string;
    readonly notUtf8: (what: string) => string;
    /** `target` is a file or `stdout`. */
    readonly cannotWrite: (target: string, cause: string) => string;
    readonly cannotWriteInto: (directory: string, cause: string) => string;
    readonly responseAndPreviousFromStdin: string;
    readonly stdinOnce: string;
    readonly asOfBeforeCompletion: (asOf: string, completedOn: string) => string;
  };
  /** The `message` of an output line of `batch` that is not ok; its `code` says the same. */
  readonly batchLineErrors: {
    readonly blankLine: string;
    readonly invalidUtf8: string;
    readonly lineTooLong: (maxBytes: number) => string;
    readonly invalidJson: string;
    readonly invalidResponse: (count: number) => string;
    readonly completedAfterAsOf: (completedOn: string, asOf: string) => string;
    readonly duplicatePractice: (practiceId: string, firstLine: number) => string;
    readonly otherQuestionnaire: (label: string, earlierLabel: string) => string;
  };
  /** The closing line of `batch` on stderr. */
  readonly batchDone: (lines: number, good: number, bad: number) => string;
}
