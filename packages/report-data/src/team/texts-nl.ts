import type { TeamTexts } from './texts-types';

/** Nederlandse teksten van het teamdeel. */
export const nl: TeamTexts = {
  team: 'Team',
  otherRole: 'Andere rol',
  notApplicable: 'niet van toepassing',
  notAnswered: 'niet beantwoord',
};
