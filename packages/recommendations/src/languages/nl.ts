import {
  answerScaleTexts,
  applicationTypeTexts,
  bottleneckTexts,
  igjThemeTexts,
  qualityAspectTexts,
  questionnaire,
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
  // The built-in rules read the current questionnaire, and a response to an earlier version is
  // migrated to it first, so reasons only ever quote the current questionnaire's texts (or those of
  // a questionnaire passed in). Only its texts are kept: an app's bundle carries no earlier version.
  findQuestionnaire: (id, version) =>
    id === questionnaire.id && version === questionnaire.version ? questionnaire : undefined,
};
