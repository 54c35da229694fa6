import type { TeamMessages } from './types';

/** Nederlandse meldingen bij problemen met de invoer van een teamscan; `{name}` wordt vervangen. */
export const nl: TeamMessages = {
  'not-a-list': 'Verwacht een lijst met antwoorden van één praktijk.',
  'too-few-responses': 'Een teamscan combineert minstens 2 antwoorden; ontvangen: {count}.',
  'too-many-responses':
    'Een teamscan combineert hoogstens {maximum} antwoorden; ontvangen: {count}.',
  'missing-respondent':
    'Elk antwoord van een teamscan noemt de invuller: { "role": … } en hoogstens een ondoorzichtige id.',
  'duplicate-respondent-id':
    'De respondent-id "{id}" komt ook voor bij antwoord {first}; elk teamlid vult één keer in.',
  'other-practice':
    'Dit antwoord is van praktijk "{actual}", het eerste van praktijk "{expected}"; een teamscan combineert één praktijk.',
  'other-questionnaire':
    'Dit antwoord hoort bij {actual}, het eerste bij {expected}; een teamscan combineert één versie van de vragenlijst.',
  'combined-too-large':
    'Samen heeft het team {count} {field}, meer dan een antwoord mag bevatten ({maximum}).',
  'not-a-combination': 'Verwacht de uitkomst van combineResponses.',
};
