import type { ValidationCode } from '@praktijkscan/model';

/**
 * The stable codes of team input problems, beside the model's validation codes, which a
 * response of the list can raise. A code never changes meaning.
 *
 * @example
 * ```ts
 * import { teamIssueCodes } from '@praktijkscan/scoring';
 * teamIssueCodes.includes('duplicate-respondent-id'); // true
 * ```
 */
export const teamIssueCodes = /* @__PURE__ */ Object.freeze([
  'not-a-list',
  'too-few-responses',
  'too-many-responses',
  'missing-respondent',
  'duplicate-respondent-id',
  'other-practice',
  'other-questionnaire',
  'combined-too-large',
  'not-a-combination',
] as const);

/** A stable code of a team input problem. */
export type TeamIssueCode = (typeof teamIssueCodes)[number];

/** One problem with the responses of a team scan. */
export interface TeamIssue {
  /** A team code, or the model's validation code of a problem inside one response. */
  readonly code: TeamIssueCode | ValidationCode;
  /** The index of the response in the list, or `null` for a problem of the list as a whole. */
  readonly index: number | null;
  /** The path in the list: the index, then the path inside the response; `[]` is the list. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer, e.g. `/2/respondent/role`. */
  readonly pointer: string;
  readonly message: string;
}

/**
 * Thrown by `combineResponses` and `scoreTeam` for input a team scan cannot be made of: every
 * problem at once, each with the index of its response and its JSON path; nothing partial.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { combineResponses, TeamInputError } from '@praktijkscan/scoring';
 *
 * let problem: unknown;
 * try {
 *   combineResponses([sampleHalfway]);
 * } catch (error) {
 *   problem = error;
 * }
 * problem instanceof TeamInputError; // true
 * (problem as TeamInputError).issues[0]?.code; // 'too-few-responses'
 * ```
 */
export class TeamInputError extends Error {
  override readonly name = 'TeamInputError';
  readonly issues: readonly TeamIssue[];

  constructor(issues: readonly TeamIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map((issue) => `${issue.pointer || '(list)'}: ${issue.message}`)
      .join('\n  ');
    const more = issues.length > 5 ? `\n  … and ${issues.length - 5} more` : '';
    super(
      `Invalid team scan (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n  ${shown}${more}`,
    );
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}
