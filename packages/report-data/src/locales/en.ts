import type { ReportTexts } from './types';

/** English report texts. */
export const en: ReportTexts = {
  series: {
    practice: 'This practice',
    previous: 'Previous assessment',
    benchmarkMedian: 'Regional median',
  },
};
