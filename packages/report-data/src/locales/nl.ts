import type { ReportTexts } from './types';

/** Nederlandse rapportteksten. */
export const nl: ReportTexts = {
  series: {
    practice: 'Deze praktijk',
    previous: 'Vorige meting',
    benchmarkMedian: 'Regionale mediaan',
  },
};
