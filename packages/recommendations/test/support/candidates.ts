import {
  answerScaleMax,
  bottleneckIds,
  type PracticeResponse,
  type Questionnaire,
  questionnaire,
} from '@praktijkscan/model';
import { samplePractices, sampleTeam } from '@praktijkscan/model/samples';
import { combineResponses, type TeamCombination } from '@praktijkscan/scoring';

/** A response with every item at its maximum (of the current questionnaire, or `of`), no bottleneck, a recent visit: a mature practice. */
export function allMaxResponse(
  overrides: Partial<PracticeResponse> = {},
  of: Questionnaire = questionnaire,
): PracticeResponse {
  return {
    questionnaire: { id: of.id, version: of.version },
    practiceId: 'all-max',
    completedOn: '2026-06-01',
    lastPracticeVisitOn: '2026-03-01',
    answers: Object.fromEntries(of.items.map((item) => [item.id, answerScaleMax(item.scale)])),
    bottlenecks: [],
    ownBottlenecks: [],
    ideas: [],
    ...overrides,
  };
}

/** A named response plus the asOf to recommend at. */
export interface Candidate {
  readonly label: string;
  readonly response: PracticeResponse;
  readonly asOf: string;
  /** A team scan's combination, passed to recommend as the option `team`. */
  readonly team?: TeamCombination;
}

/**
 * Responses that between them should trigger every recommendation: the samples, the extremes,
 * every single item lowered from the maximum, every bottleneck, gaps between own judgement and
 * computed score, missing answers and an overdue practice visit.
 */
export function candidateResponses(): Candidate[] {
  const base = allMaxResponse();
  const team = combineResponses(sampleTeam);
  const withAnswers = (
    label: string,
    change: Record<string, number | 'na' | undefined>,
    extra: Partial<PracticeResponse> = {},
  ): Candidate => {
    const answers: Record<string, number | 'na'> = { ...base.answers };
    for (const [id, value] of Object.entries(change)) {
      if (value === undefined) delete answers[id];
      else answers[id] = value;
    }
    return {
      label,
      response: { ...base, practiceId: label, answers, ...extra },
      asOf: '2026-06-15',
    };
  };
  const zeros = Object.fromEntries(questionnaire.items.map((item) => [item.id, 0]));
  const missingAll = Object.fromEntries(questionnaire.items.map((item) => [item.id, undefined]));
  return [
    ...samplePractices.map((sample) => ({
      label: sample.practiceId,
      response: sample,
      asOf: '2026-11-22',
    })),
    { label: 'all-max', response: base, asOf: '2026-06-15' },
    withAnswers('all-zero', zeros),
    withAnswers('all-zero-high-judgement', { ...zeros, 'overall-integration': 4 }),
    withAnswers('all-max-low-judgement', { 'overall-integration': 0 }),
    withAnswers('nothing-answered', missingAll),
    withAnswers(
      'half-missing',
      Object.fromEntries(questionnaire.items.slice(0, 30).map((item) => [item.id, undefined])),
    ),
    ...questionnaire.items.flatMap((item) => [
      withAnswers(`low-${item.id}-0`, { [item.id]: 0 }),
      withAnswers(`low-${item.id}-1`, { [item.id]: 1 }),
    ]),
    ...bottleneckIds.map((id) => ({
      label: `bottleneck-${id}`,
      response: { ...base, practiceId: id, bottlenecks: [id] },
      asOf: '2026-06-15',
    })),
    {
      label: 'visit-overdue',
      response: { ...base, lastPracticeVisitOn: '2024-01-10' },
      asOf: '2026-06-15',
    },
    {
      label: 'visit-unknown',
      response: { ...allMaxResponse(), lastPracticeVisitOn: undefined } as never,
      asOf: '2026-06-15',
    },
    { label: 'assessment-old', response: base, asOf: '2027-12-01' },
    { label: 'team-disagrees', response: team.response, asOf: '2026-11-22', team },
  ].map((candidate: Candidate) => {
    // exactOptionalPropertyTypes: drop keys whose value is undefined.
    const response = Object.fromEntries(
      Object.entries(candidate.response).filter(([, value]) => value !== undefined),
    );
    return { ...candidate, response: response as unknown as PracticeResponse };
  });
}
