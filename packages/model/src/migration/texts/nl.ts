import type { MigrationTexts } from './types';

const quoted = (ids: readonly string[]): string => {
  const names = ids.map((id) => `‘${id}’`);
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
};

/** The Dutch sentences of a migration. */
export const nl: MigrationTexts = {
  renamed: (from, to) => `‘${from}’ heet nu ‘${to}’; het antwoord is overgenomen.`,
  carried: (item) => `Het antwoord op ‘${item}’ is overgenomen.`,
  notAccepted: (item, to) =>
    `Het antwoord op ‘${item}’ past niet bij de vraag ‘${to}’ en is niet overgenomen; die vraag blijft open.`,
  merged: (from, others, into, value) =>
    `‘${from}’ is${others.length === 0 ? '' : ` met ${quoted(others)}`} samengevoegd in ‘${into}’; ${
      value === undefined
        ? 'er was geen antwoord, dus die vraag blijft open.'
        : `die vraag krijgt het hoogste antwoord (${value}).`
    }`,
  split: (from, into) =>
    `‘${from}’ is vervangen door ${quoted(into)}; het antwoord kan niet worden overgenomen, dus ${
      into.length === 1 ? 'die vraag blijft' : 'die vragen blijven'
    } open.`,
  splitNotApplicable: (from, into) =>
    `‘${from}’ is vervangen door ${quoted(into)}; ‘niet van toepassing’ betekent daar hetzelfde en is overgenomen.`,
  dropped: (from) => `‘${from}’ is vervallen.`,
  answer: (value) => (value === 'na' ? 'niet van toepassing' : String(value)),
};
