import {
  answerScaleTexts,
  applicationTypeTexts,
  bottleneckTexts,
  findQuestionnaire,
  igjThemeTexts,
  qualityAspectTexts,
} from '@praktijkscan/model/en';
import { en as steps } from '../catalog/en';
import { en as reasons } from '../locales/en';
import type { RecommendLanguage } from './types';

/** Everything `recommend` says, in English: the texts of this language only. */
export const en: RecommendLanguage<'en'> = {
  locale: 'en',
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
