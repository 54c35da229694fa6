import type { TeamMessages } from './types';

/** English messages of team input problems; `{name}` is replaced by the problem's params. */
export const en: TeamMessages = {
  'not-a-list': 'Expected a list of responses of one practice.',
  'too-few-responses': 'A team scan combines at least 2 responses; received {count}.',
  'too-many-responses': 'A team scan combines at most {maximum} responses; received {count}.',
  'missing-respondent':
    'Each response of a team scan names its respondent: { "role": … } and at most an opaque id.',
  'duplicate-respondent-id':
    'The respondent id "{id}" is also used by response {first}; each member answers once.',
  'other-practice':
    'This response is of practice "{actual}", the first one of practice "{expected}"; a team scan combines one practice.',
  'other-questionnaire':
    'This response answers {actual}, the first one {expected}; a team scan combines one questionnaire version.',
  'combined-too-large':
    'Combined, the team has {count} {field}, more than a response may hold ({maximum}).',
  'not-a-combination': 'Expected the result of combineResponses.',
};
