import { calendarDateRange } from '../../dates/calendar-range';
import type { ValidationMessages } from './types';

/** English messages of response validation problems; `{name}` is replaced by the problem's params. */
export const en: ValidationMessages = {
  notApplicableHint: ', or "na" (not applicable)',
  messages: {
    'invalid-json': 'The text is not valid JSON: {detail}.',
    'not-an-object': 'A response must be a JSON object, not {received}.',
    'input-too-large': 'The input is too large: {detail}.',
    'forbidden-key': 'The key "{key}" is not allowed anywhere in a response.',
    'unknown-field': 'Unknown field "{key}".',
    'missing-field': 'This field is required.',
    'wrong-type': 'Expected {expected}, received {received}.',
    empty: 'This text must not be empty.',
    'too-long': 'Too long: at most {maximum} characters.',
    'too-many': 'Too many entries: at most {maximum}.',
    'invalid-id':
      'Not a valid id: use lowercase letters, digits and single hyphens (kebab-case), at most {maximum} characters.',
    'invalid-text': 'This text may not contain control characters.',
    'unknown-questionnaire': 'Unknown questionnaire "{id}"; known: {known}.',
    'unknown-version': 'Unknown version "{version}" of questionnaire "{id}"; known: {known}.',
    'questionnaire-mismatch':
      'The response answers {actual}, but it is being read against {expected}.',
    'unknown-item': 'Unknown item "{item}" in questionnaire {questionnaire}.',
    'answer-out-of-range': 'The answer to "{item}" must be a whole number from 0 to {max}{na}.',
    'answer-wrong-type':
      'The answer to "{item}" must be a whole number from 0 to {max}{na}, not {received}.',
    'na-not-allowed': 'The item "{item}" does not allow "na" (not applicable).',
    'invalid-date': `Not a valid calendar date in the form YYYY-MM-DD from ${calendarDateRange.earliest} to ${calendarDateRange.latest}.`,
    'rating-out-of-range': '{field} must be a whole number from 1 to 5.',
    'duplicate-idea-id': 'The idea id "{id}" is used more than once.',
    'unknown-bottleneck':
      'Unknown bottleneck "{value}"; known: {known}. Add your own under "ownBottlenecks".',
    'duplicate-bottleneck': 'The bottleneck "{value}" is listed more than once.',
    'unknown-role': 'Unknown role "{value}".',
    'unreadable-value':
      'This value cannot be read as data: a property that throws when read, or a revoked Proxy.',
  },
  received: {
    nothing: 'nothing',
    null: 'null',
    list: 'a list',
    object: 'an object',
    number: 'the number {value}',
    text: 'the text "{value}"',
    other: 'the value {value}',
  },
  expected: {
    text: 'text',
    number: 'a number',
    'whole-number': 'a whole number',
    list: 'a list',
    object: 'an object',
    date: 'a date YYYY-MM-DD',
    bottleneck: 'a known bottleneck id',
    boolean: 'true or false',
  },
  fields: { effect: 'Effect', energy: 'Energy' },
};
