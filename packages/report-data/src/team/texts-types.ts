/** The team part's own texts in one language (role and aspect labels come from the model). */
export interface TeamTexts {
  /** The label of the team's series. */
  readonly team: string;
  /** The label of a respondent of role `other`. */
  readonly otherRole: string;
  readonly notApplicable: string;
  readonly notAnswered: string;
}
