import { answerScales, type Locale } from '@praktijkscan/model';

/** A score 0..100 with one decimal as text in the locale (`62,5` in Dutch), or `fallback`. */
export function formatNumber(value: number | null, locale: Locale, fallback = '–'): string {
  if (value === null) return fallback;
  const text = value.toFixed(1);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** A change with its sign (`+2.5`, `−1.0`, `0.0`), or `fallback`. */
export function formatChange(value: number | null, locale: Locale, fallback = '–'): string {
  if (value === null) return fallback;
  const magnitude = formatNumber(Math.abs(value), locale);
  return value > 0 ? `+${magnitude}` : value < 0 ? `−${magnitude}` : magnitude;
}

/** A whole-number change with its sign. */
export function formatIntegerChange(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

const longDates: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/**
 * A calendar date `YYYY-MM-DD` as a long date in the locale (`22 november 2026`, `22 November
 * 2026`), the way the web example writes it; `fallback` for null. JSON keeps the ISO date.
 */
export function formatDate(value: string | null, locale: Locale, fallback = '–'): string {
  if (value === null) return fallback;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : longDates[locale].format(date);
}

/** A percentage 0..100 with one decimal and its unit (`62,5%` in Dutch, `62.5%` in English). */
export function formatPercent(value: number | null, locale: Locale, fallback = '–'): string {
  return value === null ? fallback : `${formatNumber(value, locale)}%`;
}

/** The label of a usage level 0..4 in the locale: the usage scale's own words. */
export function usageLabel(value: number, locale: Locale): string {
  const values = answerScales.find((scale) => scale.id === 'usage')?.values ?? [];
  return values[value]?.label[locale] ?? String(value);
}
