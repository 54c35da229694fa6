import type { ItemId } from '../questionnaire/v2';
import type { Answer, PracticeResponse } from '../response/types';
import { deepFreeze } from '../shared/freeze';

/**
 * A fictional advanced practice: Huisartsen Zuiderpark, a group practice in a health centre in a
 * city neighbourhood. High answers but not all at the maximum, a practice visit within the year
 * before it filled in the scan, and INK phase 4 attained.
 *
 * @example
 * ```ts
 * import { sampleAdvanced } from '@praktijkscan/model/samples';
 *
 * sampleAdvanced.practiceName; // 'Huisartsen Zuiderpark'
 * sampleAdvanced.answers['exchange-agreements']; // 3
 * sampleAdvanced.ideas.length; // 4
 * ```
 */
export const sampleAdvanced: PracticeResponse = deepFreeze({
  questionnaire: { id: 'praktijkscan', version: '2.0.0' },
  practiceId: 'sample-zuiderpark',
  practiceName: 'Huisartsen Zuiderpark',
  completedOn: '2026-05-20',
  lastPracticeVisitOn: '2025-11-04',
  answers: {
    'digital-care-vision': 4,
    'in-practice-plan': 4,
    'practice-goal': 3,
    'added-value-proven': 3,
    'professional-control': 4,
    'ai-same-norms': 3,
    'financing-arranged': 3,
    'team-knowledge-skills': 3,
    'learning-environment': 4,
    'processes-adapted': 4,
    'solutions-inventory': 4,
    'bottlenecks-mapped': 3,
    'tool-choice-checks': 4,
    'team-tool-agreements': 4,
    'adjustments-in-protocols': 3,
    'digital-replaces-visits': 4,
    'digital-contact-scheduled': 4,
    'medication-safety-digital': 4,
    'digital-flows-connected': 3,
    'informal-carer-access': 3,
    'patient-in-provider-network': 3,
    'patient-involved': 3,
    'full-contact-form': 4,
    'proactive-encouragement': 4,
    'channel-guidance': 4,
    'understandable-information': 3,
    'patient-support': 4,
    'decide-together': 3,
    'tailored-to-patient': 3,
    'non-digital-access': 4,
    'information-security-checked': 4,
    'continuity-plan': 1,
    'exchange-agreements': 3,
    'shared-care-platform': 2,
    'population-data': 2,
    'regional-coalition': 1,
    'regional-exchange': 4,
    'results-measured': 3,
    'use-evaluated': 4,
    'workload-effect': 3,
    'practice-visit-support': 1,
    'uses-waiting-room-screen': 4,
    'uses-practice-website': 4,
    'uses-patient-portal': 4,
    'uses-e-consultation': 4,
    'uses-video-consultation': 3,
    'uses-health-information': 4,
    'uses-telemonitoring': 3,
    'uses-self-help-programmes': 3,
    'uses-digital-self-triage': 3,
    'uses-consult-preparation': 3,
    'uses-decision-support': 4,
    'uses-decision-aids': 2,
    'uses-check-in-kiosk': 3,
    'uses-speech-reporting': 3,
    'uses-provider-communication': 4,
    'uses-measuring-equipment': 4,
    'uses-ai-support': 2,
    'uses-nen7510-compliance': 3,
    'uses-password-vault': 4,
    'overall-integration': 3,
  } satisfies Partial<Record<ItemId, Answer>>,
  bottlenecks: ['retyping'],
  ownBottlenecks: [
    'Overdrachten van de wijkverpleging komen nog per e-mail binnen en worden overgetypt in het HIS.',
    'Gezamenlijke afspraken met de gemeente over de wijk lopen traag.',
  ],
  ideas: [
    {
      id: 'wijkdashboard',
      title: 'Wijkdashboard met gemeente en wijkteam',
      date: '2026-05-20',
      from: 'Huisarts, kaderhuisarts digitale zorg',
      team: 'Gezondheidscentrum Zuiderpark',
      problem:
        'We zien in de praktijk veel eenzame ouderen met chronische aandoeningen, maar plannen de zorg in de wijk niet samen.',
      size: 'Ruim 300 ouderen met twee of meer chronische aandoeningen.',
      idea: 'Samen met gemeente en wijkteam een dashboard met geanonimiseerde populatiegegevens opzetten en per kwartaal bespreken.',
      yield: 'Gerichter samen zorg en ondersteuning inzetten in de wijk.',
      involve: 'Gemeente, wijkteam, zorggroep, functionaris gegevensbescherming',
      effect: 4,
      energy: 5,
    },
    {
      id: 'spraakverslag-alle-artsen',
      title: 'Spraakgestuurde verslaglegging voor alle huisartsen',
      from: 'Praktijkmanager',
      problem: 'Alleen twee van de zes huisartsen gebruiken spraakgestuurd verslagleggen.',
      idea: 'De andere huisartsen een maand laten uitproberen, met begeleiding van de twee gebruikers.',
      yield: 'Minder administratietijd na het spreekuur.',
      involve: 'Huisartsen, praktijkmanager, leverancier',
      effect: 3,
      energy: 2,
    },
    {
      id: 'uitvaloefening-his',
      title: 'Jaarlijkse oefening bij uitval van het HIS',
      from: 'Doktersassistent',
      problem: 'Het uitvalprotocol staat op papier, maar niemand heeft het ooit geoefend.',
      idea: 'Eén keer per jaar een korte oefening op een rustige middag.',
      yield: 'Het team weet wat te doen als het HIS uitvalt.',
      involve: 'Doktersassistenten, praktijkmanager',
      effect: 2,
      energy: 2,
    },
    {
      id: 'eigen-praktijk-app',
      title: 'Een eigen praktijk-app laten bouwen',
      from: 'Huisarts',
      problem: 'Patiënten moeten voor verschillende zaken verschillende apps gebruiken.',
      idea: 'Een eigen app laten ontwikkelen die alles bundelt.',
      yield: 'Weinig: het portaal en de landelijke apps doen dit al grotendeels.',
      involve: 'Softwarebureau, HIS-leverancier',
      effect: 2,
      energy: 5,
    },
  ],
});
