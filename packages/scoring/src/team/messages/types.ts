import type { TeamIssueCode } from '../errors';

/** The team input messages of one language, one per code. */
export type TeamMessages = Readonly<Record<TeamIssueCode, string>>;
