import type { Locale } from '@praktijkscan/model';
import { en } from './en';
import { nl } from './nl';
import type { CliTexts } from './types';

const textsByLocale: Readonly<Record<Locale, CliTexts>> = { en, nl };

/** The command line's own words in one language. */
export function textsFor(locale: Locale): CliTexts {
  return textsByLocale[locale];
}
