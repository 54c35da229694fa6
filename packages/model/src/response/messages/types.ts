import type { ValidationCode } from '../codes';

/** What a value was expected to be, as a word the messages can name. */
export type ExpectedKind =
  | 'text'
  | 'number'
  | 'whole-number'
  | 'list'
  | 'object'
  | 'date'
  | 'bottleneck'
  | 'boolean';

/** The validation messages of one language. */
export interface ValidationMessages {
  /** Appended to an answer message where the item allows "not applicable". */
  readonly notApplicableHint: string;
  /** One message per code; `{name}` is replaced by the problem's param of that name. */
  readonly messages: Readonly<Record<ValidationCode, string>>;
  /** How a received value is described; `{value}` is the value. */
  readonly received: {
    readonly nothing: string;
    readonly null: string;
    readonly list: string;
    readonly object: string;
    readonly number: string;
    readonly text: string;
    readonly other: string;
  };
  readonly expected: Readonly<Record<ExpectedKind, string>>;
  /** Field names that appear in messages. */
  readonly fields: { readonly effect: string; readonly energy: string };
}
