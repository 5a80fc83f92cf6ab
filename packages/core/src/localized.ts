/** The two locales every person-facing text of cpskit exists in. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in both locales. */
export interface Localized {
  readonly en: string;
  readonly fr: string;
}

/** Where a piece of reference data comes from in `shared/seeds/`. */
export interface SeedSource {
  /** Seed file number: "000" (ARS/Promotion Santé Occitanie 2025 deck) or "002" (Promotion Santé Occitanie webinar). */
  readonly seed: '000' | '002';
  /** The words as they stand in the seed (tags stripped), when they differ from the label or need a note. */
  readonly note?: string;
}
