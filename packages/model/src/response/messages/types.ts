import type { ValidationCode } from '../codes';

/** The validation messages of one language. */
export interface ValidationMessages {
  /** Appended to an answer message where the item allows "not applicable". */
  readonly notApplicableHint: string;
  /** One message per code; `{name}` is replaced by the problem's param of that name. */
  readonly messages: Readonly<Record<ValidationCode, string>>;
}
