import type { Locale } from '@praktijkscan/model';
import type { FhirConversionCode } from './codes';

// One message per code and language; `{name}` is replaced by the problem's param of that name.
export const conversionMessages: Readonly<Record<Locale, Record<FhirConversionCode, string>>> = {
  en: {
    'not-an-object': 'A QuestionnaireResponse must be a JSON object, not {received}.',
    'input-too-large': 'The input is too large: {detail}.',
    'not-a-questionnaire-response':
      'Expected resourceType "QuestionnaireResponse", received {received}.',
    'missing-element': 'The element "{element}" is required.',
    'wrong-type': 'Expected {expected}, received {received}.',
    'unsupported-status':
      'Only a finished response can be read (status "completed" or "amended"), not "{status}".',
    'unknown-questionnaire': 'Unknown questionnaire "{canonical}"; known: {known}.',
    'missing-version':
      'The questionnaire "{canonical}" is named without a version; write it as "{canonical}|version" (known: {known}).',
    'unknown-version': 'Unknown version "{version}" of questionnaire "{url}"; known: {known}.',
    'unknown-identifier-system':
      'The practice identifier must have system "{expected}", not "{system}".',
    'invalid-date': 'Not a date or dateTime with a full date (YYYY-MM-DD…): "{value}".',
    'unknown-link-id': 'Unknown linkId "{linkId}" in questionnaire {questionnaire}.',
    'misplaced-item': 'The item "{linkId}" belongs under "{expected}", not under "{actual}".',
    'duplicate-item': 'The linkId "{linkId}" occurs more than once.',
    'nested-item': 'Items nested under "{linkId}" are not part of the questionnaire.',
    'multiple-answers': 'The item "{linkId}" takes one answer, not {count}.',
    'answer-wrong-type': 'The answer to "{linkId}" must be of type {expected}, not {received}.',
    'answer-not-in-options':
      'The answer {system}|{code} is not an option of "{linkId}": system {expectedSystem} with code {codes}.',
    'unknown-extension': 'Unknown praktijkscan extension "{url}" here; known: {known}.',
    'invalid-extension': 'The extension "{url}" must have {expected}.',
    'repeated-extension': 'The extension "{url}" may occur only once here.',
    'modifier-extension':
      'A modifierExtension changes the meaning of its element and cannot be understood here.',
    'implicit-rules':
      'implicitRules changes the meaning of the resource and cannot be understood here.',
    'weight-mismatch':
      'The weight {weight} ({url}) of the answer to "{linkId}" differs from the questionnaire\'s weight for code {code}: {expected}.',
    'conflicting-values':
      'The value of "{element}" differs from the one in {other}; only one can be right.',
    'invalid-option': 'The option {option} must be {expected}, not {received}.',
  },
  nl: {
    'not-an-object': 'Een QuestionnaireResponse moet een JSON-object zijn, geen {received}.',
    'input-too-large': 'De invoer is te groot: {detail}.',
    'not-a-questionnaire-response':
      'Verwacht resourceType "QuestionnaireResponse", ontvangen {received}.',
    'missing-element': 'Het element "{element}" is verplicht.',
    'wrong-type': 'Verwacht {expected}, ontvangen {received}.',
    'unsupported-status':
      'Alleen een afgeronde respons kan worden gelezen (status "completed" of "amended"), niet "{status}".',
    'unknown-questionnaire': 'Onbekende vragenlijst "{canonical}"; bekend: {known}.',
    'missing-version':
      'De vragenlijst "{canonical}" is genoemd zonder versie; schrijf "{canonical}|versie" (bekend: {known}).',
    'unknown-version': 'Onbekende versie "{version}" van vragenlijst "{url}"; bekend: {known}.',
    'unknown-identifier-system':
      'De praktijk-identifier moet system "{expected}" hebben, niet "{system}".',
    'invalid-date': 'Geen date of dateTime met een volledige datum (JJJJ-MM-DD…): "{value}".',
    'unknown-link-id': 'Onbekende linkId "{linkId}" in vragenlijst {questionnaire}.',
    'misplaced-item': 'Het item "{linkId}" hoort onder "{expected}", niet onder "{actual}".',
    'duplicate-item': 'De linkId "{linkId}" komt meer dan eens voor.',
    'nested-item': 'Items onder "{linkId}" horen niet bij de vragenlijst.',
    'multiple-answers': 'Het item "{linkId}" heeft één antwoord, niet {count}.',
    'answer-wrong-type':
      'Het antwoord op "{linkId}" moet van het type {expected} zijn, niet {received}.',
    'answer-not-in-options':
      'Het antwoord {system}|{code} is geen optie van "{linkId}": system {expectedSystem} met code {codes}.',
    'unknown-extension': 'Onbekende praktijkscan-extensie "{url}" op deze plek; bekend: {known}.',
    'invalid-extension': 'De extensie "{url}" moet {expected} hebben.',
    'repeated-extension': 'De extensie "{url}" mag hier maar één keer voorkomen.',
    'modifier-extension':
      'Een modifierExtension verandert de betekenis van het element en kan hier niet worden begrepen.',
    'implicit-rules':
      'implicitRules verandert de betekenis van de resource en kan hier niet worden begrepen.',
    'weight-mismatch':
      'Het gewicht {weight} ({url}) van het antwoord op "{linkId}" wijkt af van het gewicht in de vragenlijst voor code {code}: {expected}.',
    'conflicting-values':
      'De waarde van "{element}" verschilt van die in {other}; er kan er maar één kloppen.',
    'invalid-option': 'De optie {option} moet {expected} zijn, niet {received}.',
  },
};
