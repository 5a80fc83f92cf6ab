/**
 * Durations as people write them in a manual: a number of minutes (`45`), or text such as
 * `10min`, `45 min`, `1h`, `1h30`, `1 h 30 min`, `2 heures`, `90 minutes`.
 */
export const DURATION_PATTERN = '^\\s*(?:\\d+(?:[.,]\\d+)?\\s*(?:min|mn|minutes?)|\\d+(?:[.,]\\d+)?\\s*(?:h|heures?|hours?)(?:\\s*\\d{1,2}\\s*(?:min|mn|minutes?)?)?)\\s*$';

const DURATION_REGEX = new RegExp(DURATION_PATTERN);
const HOURS = /^\s*(\d+(?:[.,]\d+)?)\s*(?:h|heures?|hours?)\s*(?:(\d{1,2})\s*(?:min|mn|minutes?)?)?\s*$/i;
const MINUTES = /^\s*(\d+(?:[.,]\d+)?)\s*(?:min|mn|minutes?)\s*$/i;

/** Minutes in a duration, or `undefined` when the value is not a duration. */
export function durationMinutes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !DURATION_REGEX.test(value)) return undefined;
  const decimal = (text: string) => Number(text.replace(',', '.'));
  const hours = HOURS.exec(value);
  if (hours) return Math.round(decimal(hours[1]!) * 60 + (hours[2] ? Number(hours[2]) : 0));
  const minutes = MINUTES.exec(value);
  return minutes ? decimal(minutes[1]!) : undefined;
}

/**
 * Minutes as a person reads them, the same in both languages and everywhere cpskit shows
 * them (messages, summaries, the TUI, reports): `45 min`, `1 h 30`, `12 h`; with `none`,
 * that text for zero (`–` in tables).
 */
export function formatMinutes(minutes: number, none?: string): string {
  const rounded = Math.round(minutes);
  if (rounded === 0 && none !== undefined) return none;
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** A range of minutes: `20 min` or `20 min–30 min`. */
export function formatMinuteRange(values: readonly number[]): string {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return low === high ? formatMinutes(low) : `${formatMinutes(low)}–${formatMinutes(high)}`;
}
