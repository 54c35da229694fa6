import type { TeamTexts } from './texts-types';

/** English texts of the team part. */
export const en: TeamTexts = {
  team: 'Team',
  otherRole: 'Other role',
  notApplicable: 'not applicable',
  notAnswered: 'not answered',
};
