import type {
  ApplicationTypeId,
  AspectWeights,
  IgjThemeId,
  InkPhaseId,
  PracticeResponse,
  Questionnaire,
  QuestionnaireItem,
} from '@praktijkscan/model';
import { deepFreezeForTest } from './freeze';

const zeroWeights: AspectWeights = {
  safety: 0,
  effectiveness: 0,
  efficiency: 0,
  'person-centredness': 0,
  timeliness: 0,
  equity: 0,
};

/** What a test says about an item; everything else gets a plain default. */
export interface ItemSpec {
  readonly id: string;
  readonly scale?: QuestionnaireItem['scale'];
  readonly weights?: Partial<AspectWeights>;
  readonly section?: string;
  readonly theme?: IgjThemeId;
  readonly inkPhase?: InkPhaseId;
  readonly allowsNotApplicable?: boolean;
  readonly scored?: boolean;
  /** For an item of scale `usage`: the application type it asks about (`patient-portal` by default). */
  readonly applicationType?: ApplicationTypeId;
}

/** Builds a valid custom questionnaire from short item specs. */
export function buildQuestionnaire(
  items: readonly ItemSpec[],
  id = 'test-questionnaire',
  version = '1.0.0',
): Questionnaire {
  const sectionIds = [...new Set(items.map((item) => item.section ?? 'main'))];
  return deepFreezeForTest({
    id,
    version,
    title: { nl: 'Test', en: 'Test' },
    description: { nl: 'Testvragenlijst', en: 'Test questionnaire' },
    sections: sectionIds.map((sectionId) => ({
      id: sectionId,
      title: { nl: sectionId, en: sectionId },
      description: { nl: sectionId, en: sectionId },
    })),
    items: items.map((spec): QuestionnaireItem => {
      const scale = spec.scale ?? 'agreement';
      const scored = spec.scored ?? true;
      return {
        id: spec.id,
        section: spec.section ?? 'main',
        text: { nl: spec.id, en: spec.id },
        scale,
        weights: scored ? { ...zeroWeights, safety: 1, ...spec.weights } : zeroWeights,
        theme: spec.theme ?? 'governance',
        ...(spec.inkPhase === undefined ? {} : { inkPhase: spec.inkPhase }),
        ...(scale === 'usage'
          ? { applicationType: spec.applicationType ?? ('patient-portal' as const) }
          : {}),
        allowsNotApplicable: spec.allowsNotApplicable ?? false,
        scored,
        source: { seed: '000_b3fde464fb93530b.txt', heading: 'Doel' },
      };
    }),
  });
}

/** Builds a response to a questionnaire with the given answers. */
export function buildResponse(
  questionnaire: Pick<Questionnaire, 'id' | 'version'>,
  answers: PracticeResponse['answers'],
  extra: Partial<PracticeResponse> = {},
): PracticeResponse {
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    practiceId: 'test-practice',
    completedOn: '2026-03-15',
    answers,
    bottlenecks: [],
    ownBottlenecks: [],
    ideas: [],
    ...extra,
  };
}
