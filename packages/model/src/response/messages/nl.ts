import { calendarDateRange } from '../../dates/calendar-range';
import type { ValidationMessages } from './types';

/** Nederlandse meldingen bij problemen in een ingevulde scan; `{naam}` wordt vervangen door de waarde. */
export const nl: ValidationMessages = {
  notApplicableHint: ', of "na" (niet van toepassing)',
  messages: {
    'invalid-json': 'De tekst is geen geldige JSON: {detail}.',
    'not-an-object': 'Een ingevulde scan moet een JSON-object zijn, geen {received}.',
    'input-too-large': 'De invoer is te groot: {detail}.',
    'forbidden-key': 'De sleutel "{key}" is nergens in een ingevulde scan toegestaan.',
    'unknown-field': 'Onbekend veld "{key}".',
    'missing-field': 'Dit veld is verplicht.',
    'wrong-type': 'Verwacht: {expected}; ontvangen: {received}.',
    empty: 'Deze tekst mag niet leeg zijn.',
    'too-long': 'Te lang: hoogstens {maximum} tekens.',
    'too-many': 'Te veel onderdelen: hoogstens {maximum}.',
    'invalid-id':
      'Geen geldige id: gebruik kleine letters, cijfers en enkele koppeltekens (kebab-case), hoogstens {maximum} tekens.',
    'invalid-text': 'Deze tekst mag geen stuurtekens bevatten.',
    'unknown-questionnaire': 'Onbekende vragenlijst "{id}"; bekend: {known}.',
    'unknown-version': 'Onbekende versie "{version}" van vragenlijst "{id}"; bekend: {known}.',
    'questionnaire-mismatch': 'De scan beantwoordt {actual}, maar wordt gelezen met {expected}.',
    'unknown-item': 'Onbekende vraag "{item}" in vragenlijst {questionnaire}.',
    'answer-out-of-range':
      'Het antwoord op "{item}" moet een geheel getal van 0 tot en met {max} zijn{na}.',
    'answer-wrong-type':
      'Het antwoord op "{item}" moet een geheel getal van 0 tot en met {max} zijn{na}, niet {received}.',
    'na-not-allowed': 'Bij de vraag "{item}" is "na" (niet van toepassing) niet toegestaan.',
    'invalid-date': `Geen geldige datum in de vorm JJJJ-MM-DD van ${calendarDateRange.earliest} tot en met ${calendarDateRange.latest}.`,
    'rating-out-of-range': '{field} moet een geheel getal van 1 tot en met 5 zijn.',
    'duplicate-idea-id': 'De id "{id}" wordt door meer dan één verbeteridee gebruikt.',
    'unknown-bottleneck':
      'Onbekend knelpunt "{value}"; bekend: {known}. Eigen knelpunten horen onder "ownBottlenecks".',
    'duplicate-bottleneck': 'Het knelpunt "{value}" staat er meer dan eens.',
    'unknown-role': 'Onbekende rol "{value}".',
    'unreadable-value':
      'Deze waarde is niet te lezen als gegevens: een eigenschap die bij het lezen een fout geeft, of een ingetrokken Proxy.',
  },
  received: {
    nothing: 'niets',
    null: 'null',
    list: 'een lijst',
    object: 'een object',
    number: 'het getal {value}',
    text: 'de tekst "{value}"',
    other: 'de waarde {value}',
  },
  expected: {
    text: 'tekst',
    number: 'een getal',
    'whole-number': 'een geheel getal',
    list: 'een lijst',
    object: 'een object',
    date: 'een datum JJJJ-MM-DD',
    bottleneck: 'een bekend knelpunt-id',
    boolean: 'waar of onwaar',
  },
  fields: { effect: 'Effect', energy: 'Energie' },
};
