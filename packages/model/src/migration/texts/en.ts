import type { MigrationTexts } from './types';

const quoted = (ids: readonly string[]): string => {
  const names = ids.map((id) => `'${id}'`);
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** The English sentences of a migration. */
export const en: MigrationTexts = {
  renamed: (from, to) => `'${from}' is now '${to}'; the answer is carried over.`,
  carried: (item) => `The answer to '${item}' is carried over.`,
  notAccepted: (item, to) =>
    `The answer to '${item}' does not fit the question '${to}' and is not carried over; that question stays open.`,
  merged: (from, others, into, value) =>
    `'${from}' is merged${others.length === 0 ? '' : ` with ${quoted(others)}`} into '${into}'; ${
      value === undefined
        ? 'there was no answer, so that question stays open.'
        : `it gets the highest answer (${value}).`
    }`,
  split: (from, into) =>
    `'${from}' is replaced by ${quoted(into)}; its answer cannot be carried over, so ${
      into.length === 1 ? 'that question stays' : 'those questions stay'
    } open.`,
  splitNotApplicable: (from, into) =>
    `'${from}' is replaced by ${quoted(into)}; "not applicable" means the same there and is carried over.`,
  dropped: (from) => `'${from}' is dropped.`,
  answer: (value) => (value === 'na' ? 'not applicable' : String(value)),
};
