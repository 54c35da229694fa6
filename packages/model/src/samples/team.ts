import type { ItemId } from '../questionnaire/v2';
import type { Answer, PracticeResponse } from '../response/types';
import { deepFreeze } from '../shared/freeze';

// A team scan: four fictional members of one practice, Huisartsenpraktijk Het Baken, each filled
// in the scan on their own. They agree on most items, differ by one point on a few (as people
// do), and disagree on purpose where a GP, a practice manager and the assistants at the desk
// plausibly see the same practice differently. The places built in to disagree, and why, are
// `teamSampleDisagreements`; the tests hold the discussion agenda to exactly those.

type Answers = Partial<Record<ItemId, Answer>>;

/** The answers all four give alike: a practice about halfway. */
const shared: Answers = {
  'digital-care-vision': 3,
  'in-practice-plan': 2,
  'practice-goal': 3,
  'added-value-proven': 1,
  'professional-control': 3,
  'ai-same-norms': 'na',
  'financing-arranged': 1,
  'team-knowledge-skills': 2,
  'learning-environment': 2,
  'processes-adapted': 2,
  'solutions-inventory': 3,
  'bottlenecks-mapped': 3,
  'tool-choice-checks': 2,
  'team-tool-agreements': 3,
  'adjustments-in-protocols': 2,
  'digital-replaces-visits': 2,
  'digital-contact-scheduled': 2,
  'medication-safety-digital': 3,
  'digital-flows-connected': 2,
  'informal-carer-access': 1,
  'patient-in-provider-network': 1,
  'patient-involved': 2,
  'full-contact-form': 3,
  'proactive-encouragement': 2,
  'channel-guidance': 2,
  'understandable-information': 2,
  'patient-support': 3,
  'decide-together': 3,
  'tailored-to-patient': 2,
  'non-digital-access': 4,
  'information-security-checked': 2,
  'continuity-plan': 1,
  'exchange-agreements': 2,
  'shared-care-platform': 1,
  'population-data': 0,
  'regional-coalition': 1,
  'regional-exchange': 1,
  'results-measured': 1,
  'use-evaluated': 2,
  'workload-effect': 1,
  'practice-visit-support': 'na',
  'uses-waiting-room-screen': 3,
  'uses-practice-website': 4,
  'uses-patient-portal': 3,
  'uses-e-consultation': 3,
  'uses-video-consultation': 1,
  'uses-health-information': 3,
  'uses-telemonitoring': 1,
  'uses-self-help-programmes': 2,
  'uses-digital-self-triage': 2,
  'uses-consult-preparation': 1,
  'uses-decision-support': 3,
  'uses-decision-aids': 1,
  'uses-check-in-kiosk': 'na',
  'uses-speech-reporting': 0,
  'uses-provider-communication': 3,
  'uses-measuring-equipment': 3,
  'uses-ai-support': 0,
  'uses-nen7510-compliance': 1,
  'uses-password-vault': 3,
  'overall-integration': 2,
};

/**
 * The items on which the team sample's members disagree on purpose, each with why: the
 * discussion agenda of the sample is exactly these (a test holds it to them).
 *
 * @example
 * ```ts
 * import { teamSampleDisagreements } from '@praktijkscan/model/samples';
 * Object.keys(teamSampleDisagreements).includes('digital-flows-connected'); // true
 * ```
 */
export const teamSampleDisagreements: Readonly<Partial<Record<ItemId, string>>> = deepFreeze({
  'digital-flows-connected':
    'The GP sees what patients send digitally arrive in the record (4); both assistants, who retype it at the desk, say it does not (1).',
  'team-tool-agreements':
    'The practice manager wrote the agreements on who uses which tool (4); the assistants do not know them (1 and 2).',
  'team-knowledge-skills':
    'The practice manager judges the team’s knowledge and skills sufficient (3); the assistants feel they lack them (0 and 1).',
  'uses-patient-portal':
    'GP and manager evaluated the portal’s use last year and count it as embedded and evaluated (4); the assistants, who still take many repeat prescriptions by phone, see only limited use (2).',
  'continuity-plan':
    'A written failure procedure exists in the manager’s folder (yes, and the GP knows it); the assistants, who would need it at the desk, say no.',
});

function member(
  respondent: PracticeResponse['respondent'],
  completedOn: string,
  own: Answers,
  rest: Pick<PracticeResponse, 'bottlenecks' | 'ownBottlenecks' | 'ideas'>,
): PracticeResponse {
  return {
    questionnaire: { id: 'praktijkscan', version: '2.0.0' },
    practiceId: 'sample-het-baken',
    practiceName: 'Huisartsenpraktijk Het Baken',
    completedOn,
    lastPracticeVisitOn: '2025-10-14',
    ...(respondent ? { respondent } : {}),
    answers: { ...shared, ...own },
    ...rest,
  };
}

/**
 * A team scan of one fictional practice, Huisartsenpraktijk Het Baken: four members (the GP, the
 * practice manager and two doctor's assistants) each answered the questionnaire on their own.
 * They disagree where `teamSampleDisagreements` says, and otherwise differ by at most one point on
 * the scored items.
 * Combine them with `combineResponses` from `@praktijkscan/scoring`. Deep-frozen.
 *
 * @example
 * ```ts
 * import { sampleTeam } from '@praktijkscan/model/samples';
 *
 * sampleTeam.map((response) => response.respondent?.role);
 * // ['gp', 'practice-manager', 'doctors-assistant', 'doctors-assistant']
 * sampleTeam[2]?.answers['digital-flows-connected']; // 1
 * ```
 */
export const sampleTeam: readonly PracticeResponse[] = deepFreeze([
  member(
    { role: 'gp', id: 'baken-r1' },
    '2026-09-14',
    {
      'digital-flows-connected': 4,
      'team-tool-agreements': 3,
      'team-knowledge-skills': 2,
      'uses-patient-portal': 4,
      'continuity-plan': 1,
      'overall-integration': 3,
    },
    {
      bottlenecks: ['morning-phone-pressure'],
      ownBottlenecks: [],
      ideas: [
        {
          id: 'zelftriage-op-website',
          title: 'Digitale zelftriage op de website',
          from: 'Huisarts',
          problem: 'Patiënten bellen voor klachten waarvoor zelfzorgadvies volstaat.',
          idea: 'Een zelftriagemodule op de website, gekoppeld aan het e-consult.',
          effect: 4,
          energy: 4,
        },
      ],
    },
  ),
  member(
    { role: 'practice-manager', id: 'baken-r2' },
    '2026-09-15',
    {
      'digital-flows-connected': 3,
      'team-tool-agreements': 4,
      'team-knowledge-skills': 3,
      'uses-patient-portal': 4,
      'continuity-plan': 1,
      'practice-goal': 3,
      'overall-integration': 3,
    },
    {
      bottlenecks: ['morning-phone-pressure', 'retyping'],
      ownBottlenecks: [],
      ideas: [],
    },
  ),
  member(
    { role: 'doctors-assistant', id: 'baken-r3' },
    '2026-09-16',
    {
      'digital-flows-connected': 1,
      'team-tool-agreements': 1,
      'team-knowledge-skills': 0,
      'uses-patient-portal': 2,
      'continuity-plan': 0,
      'practice-goal': 2,
      'patient-support': 2,
      'overall-integration': 2,
    },
    {
      bottlenecks: [
        'morning-phone-pressure',
        'repeat-questions',
        'retyping',
        'unclear-task-division',
      ],
      ownBottlenecks: ['E-consulten en zelftriage-uitslagen blijven liggen als de balie druk is.'],
      ideas: [
        {
          id: 'vast-triageblok',
          title: 'Vast blok voor digitale hulpvragen',
          from: 'Doktersassistent',
          problem: 'Digitale hulpvragen blijven liggen als de telefoon druk is.',
          idea: 'Elke ochtend en middag een vast blok waarin een triagist de digitale hulpvragen beoordeelt.',
          effect: 4,
          energy: 2,
        },
      ],
    },
  ),
  member(
    { role: 'doctors-assistant', id: 'baken-r4' },
    '2026-09-16',
    {
      'digital-flows-connected': 1,
      'team-tool-agreements': 2,
      'team-knowledge-skills': 1,
      'uses-patient-portal': 2,
      'continuity-plan': 0,
      'practice-goal': 2,
      'overall-integration': 1,
    },
    {
      bottlenecks: ['repeat-questions', 'retyping'],
      ownBottlenecks: ['E-consulten en zelftriage-uitslagen blijven liggen als de balie druk is.'],
      ideas: [
        {
          id: 'vast-triageblok',
          title: 'Vast blok voor digitale hulpvragen',
          from: 'Doktersassistent',
          problem: 'Digitale hulpvragen blijven liggen als de telefoon druk is.',
          idea: 'Elke ochtend en middag een vast blok waarin een triagist de digitale hulpvragen beoordeelt.',
          effect: 4,
          energy: 2,
        },
      ],
    },
  ),
]);
