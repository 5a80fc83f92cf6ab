import type { Localized } from '@cpskit/core';
import { declaredAges } from '../../analysis/age-groups.js';
import type { ManualModel, SessionModel } from '../../model/manual-model.js';

export const AGE_BAND_IDS = ['early-childhood', 'childhood', 'adolescence', 'young-adults'] as const;
export type AgeBandId = (typeof AGE_BAND_IDS)[number];

/** The intensity bars of one age band. */
export interface BandBars {
  readonly minSessionMinutes: number;
  readonly maxSessionMinutes: number;
  readonly minHoursPerYear: number;
}

export interface AgeBand {
  readonly id: AgeBandId;
  readonly minAge: number;
  readonly maxAge: number;
  readonly label: Localized;
  readonly bars: BandBars;
}

/**
 * cpskit's own defaults, by age: SpF gives no figure (« ateliers d'environ une heure,
 * plusieurs heures par an »). Sources in docs/rules/intensity.md.
 */
export const AGE_BANDS: readonly AgeBand[] = [
  {
    id: 'early-childhood',
    minAge: 3,
    maxAge: 5,
    label: { en: 'ages 3–5', fr: '3–5 ans' },
    bars: { minSessionMinutes: 15, maxSessionMinutes: 45, minHoursPerYear: 10 },
  },
  {
    id: 'childhood',
    minAge: 6,
    maxAge: 11,
    label: { en: 'ages 6–11', fr: '6–11 ans' },
    bars: { minSessionMinutes: 30, maxSessionMinutes: 120, minHoursPerYear: 10 },
  },
  {
    id: 'adolescence',
    minAge: 12,
    maxAge: 17,
    label: { en: 'ages 12–17', fr: '12–17 ans' },
    bars: { minSessionMinutes: 45, maxSessionMinutes: 120, minHoursPerYear: 10 },
  },
  {
    id: 'young-adults',
    minAge: 18,
    maxAge: 25,
    label: { en: 'ages 18–25', fr: '18–25 ans' },
    bars: { minSessionMinutes: 45, maxSessionMinutes: 120, minHoursPerYear: 10 },
  },
];

const byId = new Map(AGE_BANDS.map((band) => [band.id, band]));

export function ageBand(id: AgeBandId): AgeBand {
  return byId.get(id)!;
}

/**
 * The band an age falls in; ages below 3 or above 25 fall in the nearest band. Without an
 * age (the schema reports it), adolescence, whose bars were cpskit's single defaults before bands.
 */
export function bandOfAge(age: number | undefined): AgeBand {
  if (age === undefined) return ageBand('adolescence');
  if (age < 6) return ageBand('early-childhood');
  if (age < 12) return ageBand('childhood');
  if (age < 18) return ageBand('adolescence');
  return ageBand('young-adults');
}

/** The ages a session is for: its own `ages` when it declares them in order, else the programme's. */
export function sessionAges(model: ManualModel, session: SessionModel): { readonly min?: number; readonly max?: number } {
  const own = declaredAges(session);
  if (own) return own;
  return { ...(model.program.minAge !== undefined ? { min: model.program.minAge } : {}), ...(model.program.maxAge !== undefined ? { max: model.program.maxAge } : {}) };
}

/** The band whose bars apply to a session: the band of the youngest age it is for, the most lenient minimum. */
export function sessionBand(model: ManualModel, session: SessionModel): AgeBand {
  // What `sessionAges(model, session).min` gives, without making an object: asked for every session by several rules on each keystroke.
  const ages = session.ages;
  const declared = ages?.min !== undefined && ages.max !== undefined && ages.min <= ages.max;
  return bandOfAge(declared ? ages.min : model.program.minAge);
}
