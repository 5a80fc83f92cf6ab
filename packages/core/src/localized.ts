/** The two locales every person-facing text of cpskit exists in. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in both locales. */
export interface Localized {
  readonly en: string;
  readonly fr: string;
}

/** Seed file number: "000" (ARS/Promotion Santé Occitanie 2025 deck) or "002" (Promotion Santé Occitanie webinar). */
export type SeedId = '000' | '002';

/** Words quoted from a seed, found there word for word (tags stripped, spaces collapsed). */
export interface SeedQuote {
  readonly seed: SeedId;
  readonly text: string;
}

/**
 * Where the data departs from the words of the seed it comes from: a slip of the seed, put
 * right with what another passage of the seeds says. The reference-data test finds every quote.
 */
export interface SeedCorrection {
  /** The words as the seed has them. */
  readonly seedText: string;
  /** The seed's words and cpskit's: the label is `seedText` with every `from` replaced by `to`. */
  readonly replace: { readonly from: string; readonly to: string };
  /** Why, in a sentence that says which seed says what. */
  readonly reason: string;
  /** The passages that show the correction is right. */
  readonly evidence: readonly SeedQuote[];
}

/** Where a piece of reference data comes from in `shared/seeds/`. */
export interface SeedSource {
  readonly seed: SeedId;
  /** The words as they stand in the seed (tags stripped), when they differ from the label or need a note. */
  readonly note?: string;
  /** When the data corrects the seed's words: what the seed says, and why cpskit writes otherwise. */
  readonly correction?: SeedCorrection;
}
