import type { ItemId } from '../questionnaire/v2';
import type { Answer, PracticeResponse } from '../response/types';
import { deepFreeze } from '../shared/freeze';

/**
 * A fictional practice at the start of its digital journey: Huisartsenpraktijk De Linde, a solo
 * practice in a village. Low answers, a few items left unanswered, a practice visit more than a
 * year before it filled in the scan, and INK phase 1 within reach.
 *
 * @example
 * ```ts
 * import { sampleStarting } from '@praktijkscan/model/samples';
 *
 * sampleStarting.practiceName; // 'Huisartsenpraktijk De Linde'
 * sampleStarting.answers['uses-practice-website']; // 3
 * sampleStarting.answers['population-data']; // undefined (not answered)
 * ```
 */
export const sampleStarting: PracticeResponse = deepFreeze({
  questionnaire: { id: 'praktijkscan', version: '2.0.0' },
  practiceId: 'sample-de-linde',
  practiceName: 'Huisartsenpraktijk De Linde',
  completedOn: '2026-02-12',
  lastPracticeVisitOn: '2024-11-20',
  answers: {
    'digital-care-vision': 1,
    'in-practice-plan': 0,
    'practice-goal': 1,
    'added-value-proven': 1,
    'professional-control': 2,
    'financing-arranged': 0,
    'team-knowledge-skills': 2,
    'learning-environment': 1,
    'processes-adapted': 1,
    'solutions-inventory': 1,
    'bottlenecks-mapped': 2,
    'tool-choice-checks': 1,
    'team-tool-agreements': 1,
    'adjustments-in-protocols': 0,
    'digital-replaces-visits': 2,
    'digital-contact-scheduled': 3,
    'medication-safety-digital': 2,
    'digital-flows-connected': 1,
    'informal-carer-access': 0,
    'patient-in-provider-network': 0,
    'patient-involved': 1,
    'full-contact-form': 1,
    'proactive-encouragement': 1,
    'channel-guidance': 2,
    'understandable-information': 1,
    'patient-support': 2,
    'decide-together': 2,
    'tailored-to-patient': 2,
    'non-digital-access': 4,
    'information-security-checked': 1,
    'continuity-plan': 0,
    'exchange-agreements': 0,
    'shared-care-platform': 0,
    'regional-exchange': 1,
    'results-measured': 0,
    'use-evaluated': 1,
    'workload-effect': 1,
    'practice-visit-support': 0,
    'uses-waiting-room-screen': 0,
    'uses-practice-website': 3,
    'uses-patient-portal': 2,
    'uses-e-consultation': 2,
    'uses-video-consultation': 0,
    'uses-health-information': 2,
    'uses-telemonitoring': 0,
    'uses-self-help-programmes': 1,
    'uses-digital-self-triage': 0,
    'uses-consult-preparation': 0,
    'uses-decision-support': 2,
    'uses-decision-aids': 0,
    'uses-check-in-kiosk': 'na',
    'uses-speech-reporting': 0,
    'uses-provider-communication': 2,
    'uses-measuring-equipment': 2,
    'uses-ai-support': 0,
    'uses-nen7510-compliance': 0,
    'uses-password-vault': 1,
    'overall-integration': 1,
  } satisfies Partial<Record<ItemId, Answer>>,
  bottlenecks: ['morning-phone-pressure', 'repeat-questions', 'unclear-task-division'],
  ownBottlenecks: [
    'Veel patiënten in ons dorp zijn op leeftijd en gebruiken het portaal nauwelijks.',
    'Onze HIS-leverancier reageert traag op vragen over koppelingen.',
  ],
  ideas: [
    {
      id: 'e-consult-herhaalvragen',
      title: 'Herhaalvragen via portaal en e-consult',
      date: '2026-02-12',
      from: 'Doktersassistenten',
      team: 'Balie',
      problem:
        'Tussen acht en tien uur is de telefoon continu bezet; een groot deel van de telefoontjes gaat over uitslagen en herhaalrecepten.',
      size: 'Ongeveer 40 van de 90 ochtendtelefoontjes.',
      idea: 'Uitslagvragen en herhaalrecepten via het portaal en het e-consult laten lopen, met een verwijzing op het telefoonbandje en de website.',
      yield: 'Een rustigere ochtend aan de telefoon en sneller antwoord voor patiënten.',
      involve: 'Doktersassistenten, huisarts, HIS-leverancier',
      effect: 4,
      energy: 2,
    },
    {
      id: 'wachtwoordkluis',
      title: 'Wachtwoordkluis voor het team',
      from: 'Praktijkmanager',
      problem: 'Wachtwoorden staan op briefjes bij de balie en worden onderling gedeeld.',
      idea: 'Iedereen krijgt eigen accounts en we bewaren wachtwoorden in een gedeelde wachtwoordkluis.',
      yield: 'Veiliger werken en minder gedoe bij vergeten wachtwoorden.',
      involve: 'Praktijkmanager, ICT-leverancier',
      effect: 2,
      energy: 1,
    },
    {
      id: 'eigen-website-laten-bouwen',
      title: 'Volledig nieuwe website laten bouwen',
      from: 'Huisarts',
      problem: 'De praktijkwebsite ziet er verouderd uit.',
      idea: 'Een webbureau een nieuwe website met eigen chatfunctie laten ontwikkelen.',
      yield: 'Een modernere uitstraling; voor patiënten verandert er weinig.',
      involve: 'Webbureau, praktijkmanager',
      effect: 2,
      energy: 4,
    },
  ],
});
