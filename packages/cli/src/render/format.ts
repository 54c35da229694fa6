import type { Locale } from '@praktijkscan/model';

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
