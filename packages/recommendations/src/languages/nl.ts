import {
  answerScaleTexts,
  applicationTypeTexts,
  bottleneckTexts,
  findQuestionnaire,
  igjThemeTexts,
  qualityAspectTexts,
} from '@praktijkscan/model/nl';
import { nl as steps } from '../catalog/nl';
import { nl as reasons } from '../locales/nl';
import type { RecommendLanguage } from './types';

/** Everything `recommend` says, in Dutch: the texts of this language only. */
export const nl: RecommendLanguage<'nl'> = {
  locale: 'nl',
  steps,
  reasons,
  labels: {
    qualityAspects: qualityAspectTexts,
    igjThemes: igjThemeTexts,
    applicationTypes: applicationTypeTexts,
    bottlenecks: bottleneckTexts,
    answerScales: answerScaleTexts,
  },
  findQuestionnaire,
};
