import type { ItemId } from '../questionnaire/v2';
import type { Answer, PracticeResponse } from '../response/types';
import { deepFreeze } from '../shared/freeze';

/**
 * A fictional practice halfway: Huisartsenpraktijk Rivierzicht, a duo practice in a small town.
 * Middling answers, "not applicable" where an application or a regional programme rightly does not
 * apply to it (no check-in kiosk, no AI, no regional monitoring), no known practice visit, and INK
 * phase 2 attained.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 *
 * sampleHalfway.practiceId; // 'sample-rivierzicht'
 * sampleHalfway.answers['uses-check-in-kiosk']; // 'na'
 * sampleHalfway.lastPracticeVisitOn; // undefined
 * ```
 */
export const sampleHalfway: PracticeResponse = deepFreeze({
  questionnaire: { id: 'praktijkscan', version: '2.0.0' },
  practiceId: 'sample-rivierzicht',
  practiceName: 'Huisartsenpraktijk Rivierzicht',
  completedOn: '2026-04-08',
  answers: {
    'digital-care-vision': 3,
    'in-practice-plan': 2,
    'practice-goal': 3,
    'added-value-proven': 2,
    'professional-control': 3,
    'ai-same-norms': 'na',
    'financing-arranged': 1,
    'team-knowledge-skills': 3,
    'learning-environment': 2,
    'processes-adapted': 3,
    'solutions-inventory': 3,
    'bottlenecks-mapped': 3,
    'tool-choice-checks': 2,
    'team-tool-agreements': 3,
    'adjustments-in-protocols': 2,
    'digital-replaces-visits': 3,
    'digital-contact-scheduled': 3,
    'medication-safety-digital': 3,
    'digital-flows-connected': 2,
    'informal-carer-access': 2,
    'patient-in-provider-network': 1,
    'patient-involved': 2,
    'full-contact-form': 3,
    'proactive-encouragement': 3,
    'channel-guidance': 3,
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
    'regional-exchange': 2,
    'results-measured': 2,
    'use-evaluated': 3,
    'workload-effect': 2,
    'practice-visit-support': 'na',
    'uses-waiting-room-screen': 3,
    'uses-practice-website': 4,
    'uses-patient-portal': 3,
    'uses-e-consultation': 3,
    'uses-video-consultation': 2,
    'uses-health-information': 3,
    'uses-telemonitoring': 2,
    'uses-self-help-programmes': 2,
    'uses-digital-self-triage': 2,
    'uses-consult-preparation': 1,
    'uses-decision-support': 3,
    'uses-decision-aids': 1,
    'uses-check-in-kiosk': 'na',
    'uses-speech-reporting': 2,
    'uses-provider-communication': 3,
    'uses-measuring-equipment': 3,
    'uses-ai-support': 0,
    'uses-nen7510-compliance': 2,
    'uses-password-vault': 3,
    'overall-integration': 2,
  } satisfies Partial<Record<ItemId, Answer>>,
  bottlenecks: ['repeat-questions', 'retyping'],
  ownBottlenecks: [
    'E-consulten komen verspreid over de dag binnen en worden niet altijd dezelfde dag beantwoord.',
  ],
  ideas: [
    {
      id: 'zelftriage-op-website',
      title: 'Digitale zelftriage op de website',
      date: '2026-04-08',
      from: 'Huisarts',
      team: 'Huisartsen en assistenten',
      problem: 'Patiënten bellen voor klachten waarvoor zelfzorgadvies volstaat.',
      size: 'Naar schatting een op de vijf telefonische hulpvragen.',
      idea: 'Een zelftriagemodule op de website, gekoppeld aan het e-consult en het HIS.',
      yield: 'Minder telefoontjes en beter voorbereide hulpvragen.',
      involve: 'Huisartsen, doktersassistenten, leverancier, patiëntenpanel',
      effect: 4,
      energy: 4,
    },
    {
      id: 'machtiging-mantelzorgers',
      title: 'Machtiging voor mantelzorgers in het portaal',
      from: 'POH ouderenzorg',
      problem:
        'Mantelzorgers van kwetsbare ouderen bellen voor recepten en afspraken omdat ze niet in het portaal kunnen.',
      idea: 'De machtigingsfunctie van het portaal aanzetten en een vaste werkwijze afspreken voor toestemming.',
      yield: 'Minder telefoontjes en betere ondersteuning van ouderen thuis.',
      involve: 'POH ouderenzorg, doktersassistenten, portaalleverancier',
      effect: 3,
      energy: 2,
    },
    {
      id: 'instructiefilmpje-portaal',
      title: 'Instructiefilmpje over het portaal in de wachtkamer',
      from: 'Doktersassistent',
      problem: 'Patiënten weten niet goed hoe ze een herhaalrecept via het portaal aanvragen.',
      idea: 'Een kort instructiefilmpje op het wachtkamerscherm en de website.',
      yield: 'Iets meer gebruik van het portaal.',
      involve: 'Doktersassistenten',
      effect: 2,
      energy: 1,
    },
  ],
});
