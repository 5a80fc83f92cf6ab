import type { Locale } from '@cpskit/core';

/** A whole number as the reader's language writes it (a thin non-breaking space between thousands in French). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** Minutes as a duration: `–` for none, `45 min`, `1 h`, `1 h 40`. */
export function formatMinutes(minutes: number, _locale: Locale): string {
  const rounded = Math.round(minutes);
  if (rounded === 0) return '–';
  return rounded < 60 ? `${rounded} min` : `${Math.floor(rounded / 60)} h${rounded % 60 ? ` ${String(rounded % 60).padStart(2, '0')}` : ''}`;
}
