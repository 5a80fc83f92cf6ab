import type { Locale } from '@cpskit/core';

/** Minutes as a person reads them: `45 min`, `1 h 30`, `12 h`. */
export function formatMinutes(minutes: number, _locale: Locale): string {
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** A range of minutes: `20 min` or `20–30 min`. */
export function formatMinuteRange(values: readonly number[], locale: Locale): string {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return low === high ? formatMinutes(low, locale) : `${formatMinutes(low, locale)}–${formatMinutes(high, locale)}`;
}
