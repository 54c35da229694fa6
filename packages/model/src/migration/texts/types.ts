/** The sentences a migration uses to describe its changes, in one language. */
export interface MigrationTexts {
  /** An item carried under a new id. */
  readonly renamed: (from: string, to: string) => string;
  /** An item carried under its own id whose question was reworded. */
  readonly carried: (item: string) => string;
  /** A carried answer the new item does not accept. */
  readonly notAccepted: (item: string, to: string) => string;
  /** Items merged into one; `value` is the answer it gets, or undefined where none. */
  readonly merged: (
    from: string,
    others: readonly string[],
    into: string,
    value?: string,
  ) => string;
  /** An item whose answer cannot be carried to the items it was split into. */
  readonly split: (from: string, into: readonly string[]) => string;
  /** A split item answered "na", which means the same for the items it was split into. */
  readonly splitNotApplicable: (from: string, into: readonly string[]) => string;
  readonly dropped: (from: string) => string;
  /** How an answer is shown: a number or "na". */
  readonly answer: (value: number | 'na') => string;
}
