import type { ManualModel, SessionModel } from '../model/manual-model.js';

/** Weeks of the French school year (Code de l'éducation, art. L521-1: at least 36 weeks). */
export const DEFAULT_WEEKS_PER_YEAR = 36;

/** The most years a programme can plan (the schema's bound); what lies beyond is the schema's to report. */
export const MAX_YEARS = 22;

/**
 * Occurrences a year of a practice that comes back at `frequency`, over `weeks` weeks.
 * `daily` counts four days a week, the French primary-school week: deliberately
 * conservative. `occasional` cannot be added up: 0. Unknown frequencies: undefined.
 */
export function occurrencesPerYear(frequency: string, weeks: number): number | undefined {
  switch (frequency) {
    case 'daily':
      return 4 * weeks;
    case 'several-a-week':
      return 2 * weeks;
    case 'weekly':
      return weeks;
    case 'fortnightly':
      return weeks / 2;
    case 'monthly':
      return weeks / 4;
    case 'occasional':
      return 0;
    default:
      return undefined;
  }
}

/** Weeks a year the programme runs: `program.duration.weeks_per_year` when it is a whole number from 1 to 52, else 36. */
export function weeksPerYear(model: ManualModel): number {
  const weeks = model.program.weeksPerYear;
  return weeks !== undefined && Number.isInteger(weeks) && weeks >= 1 && weeks <= 52 ? weeks : DEFAULT_WEEKS_PER_YEAR;
}

/** The years the practices that no session lists run in: those of an age group's sessions, in a group's view, else every planned year. */
export function practiceYears(model: ManualModel): number[] {
  return model.practiceYears ? [...model.practiceYears] : plannedYears(model);
}

/**
 * The years from the first session's year to the last's, among the sessions that give one; none
 * when none does. A year the schema refuses (not a whole number from 1 to MAX_YEARS) is the
 * schema's to report, and is not read: `year: 1e9` must not make a billion years.
 */
export function sessionYearSpan(sessions: readonly SessionModel[]): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const session of sessions) {
    if (session.year === undefined || !Number.isInteger(session.year) || session.year < 1 || session.year > MAX_YEARS) continue;
    if (session.year < first) first = session.year;
    if (session.year > last) last = session.year;
  }
  return first <= last ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
}

/** The years of the programme, 1 to `program.duration.years` rounded up (year 1 alone when it is not a positive number). */
export function plannedYears(model: ManualModel): number[] {
  const years = model.program.years;
  const count = years !== undefined && years > 0 ? Math.min(Math.ceil(years), MAX_YEARS) : 1;
  return Array.from({ length: count }, (_, i) => i + 1);
}
