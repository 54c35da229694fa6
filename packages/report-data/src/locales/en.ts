import type { ReportTexts } from './types';

/** English report texts. */
export const en: ReportTexts = {
  series: {
    practice: 'This practice',
    previous: 'Previous assessment',
    benchmarkMedian: 'Regional median',
  },
  trend: {
    sameVersion: (version) =>
      `Both assessments answered questionnaire version ${version}: the scores are comparable.`,
    acrossVersions: (from, to, shared, total) =>
      `The previous assessment answered version ${from}, this one ${to}. Only ${shared} of the ${total} scored questions of ${to} carry an answer from ${from}; each score is computed on its own version, so read the change as an indication.`,
  },
  adoption: {
    nivelTypes: "Nivel's seven types of e-health application",
    notApplicable: 'Does not fit the practice',
    missing: 'Not answered',
  },
};
