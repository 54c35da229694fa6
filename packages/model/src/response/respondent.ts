import { roleIds } from '../concepts/ids';

/**
 * The roles a respondent may name: the four roles of the practice team (seed 001) and `other`
 * for anyone else who fills in the scan (a second GP's locum, a receptionist without the title).
 *
 * @example
 * ```ts
 * import { respondentRoleIds } from '@praktijkscan/model';
 * respondentRoleIds; // ['gp', 'practice-manager', 'poh', 'doctors-assistant', 'other']
 * ```
 */
export const respondentRoleIds = /* @__PURE__ */ Object.freeze([...roleIds, 'other'] as const);

/** A role a respondent may name: one of the practice team's roles, or `other`. */
export type RespondentRole = (typeof respondentRoleIds)[number];

/**
 * Who in the team filled in a response, when several members each fill one in (a team scan).
 * Never a name: the role, and at most an opaque pseudonymous id that the integrator chooses, so
 * that two members of the same role can be told apart.
 */
export interface Respondent {
  readonly role: RespondentRole;
  /** An opaque pseudonymous id, kebab-case (a lowercase UUID fits), at most 80 characters; never a name. */
  readonly id?: string;
}
