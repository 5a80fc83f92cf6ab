import { AGE_RANGE, GENERAL_COMPETENCIES, MODALITIES, REFERENCE_VERSION, SETTING_IDS, type GeneralCode, type Locale, type ReferenceVersion, type SettingId } from '@cpskit/core';
import type { ManualReport } from './manual-report.js';

/**
 * The age bands of the territorial picture: early years (nursery school), primary school, lower
 * secondary, then young people to 25. cpskit's own cut, documented in docs/report.md.
 */
export const AGE_BANDS: readonly { readonly from: number; readonly to: number }[] = [
  { from: 3, to: 5 },
  { from: 6, to: 10 },
  { from: 11, to: 15 },
  { from: 16, to: 25 },
];

/**
 * The ages a setting usually serves, within the strategy's 3–25: a gap is named only where a
 * programme could be expected (no one looks for a nursery-school programme at 20). cpskit's
 * own reading, documented in docs/report.md; settings not listed serve every age.
 */
export const SETTING_AGES: Readonly<Partial<Record<SettingId, { readonly from: number; readonly to: number }>>> = {
  'early-childhood': { from: 3, to: 5 },
  preschool: { from: 3, to: 5 },
  'primary-school': { from: 6, to: 10 },
  'secondary-school': { from: 11, to: 15 },
  'high-school': { from: 15, to: 18 },
  'agricultural-school': { from: 14, to: 25 },
  'higher-education': { from: 18, to: 25 },
  'vocational-training': { from: 16, to: 25 },
  'holiday-centre': { from: 3, to: 17 },
  'child-protection': { from: 3, to: 21 },
  'youth-justice': { from: 13, to: 21 },
};

/** One manual as the territory counts it. */
export interface TerritoryManual {
  readonly path: string;
  readonly title?: string;
  readonly minAge?: number;
  readonly maxAge?: number;
  /** The settings it names that the reference knows; unknown ones are not counted. */
  readonly settings: readonly SettingId[];
  readonly worked: readonly GeneralCode[];
  readonly score?: number;
  readonly provisional: boolean;
  readonly hoursPerYear: number;
  readonly hoursPerYearByCompetency: Readonly<Record<GeneralCode, number>>;
  readonly missing: readonly string[];
  readonly notFullyMet: readonly string[];
}

export interface CubeCell {
  readonly age: number;
  readonly setting: SettingId;
  readonly competency: GeneralCode;
  readonly programmes: number;
}

export interface BandHours {
  readonly from: number;
  readonly to: number;
  readonly programmes: number;
  readonly medianHoursPerYear?: number;
  readonly hoursPerYearByCompetency: Readonly<Record<GeneralCode, number>>;
}

export type Gap =
  | { readonly kind: 'setting'; readonly setting: SettingId; readonly from: number; readonly to: number }
  | { readonly kind: 'competency-before'; readonly competency: GeneralCode; readonly age: number }
  | { readonly kind: 'competency-after'; readonly competency: GeneralCode; readonly age: number }
  | { readonly kind: 'competency-never'; readonly competency: GeneralCode };

export interface ModalityGap {
  readonly id: string;
  readonly missing: number;
  readonly notFullyMet: number;
}

/** The territory's picture across many manuals. Pure data, computed from the manuals' reports. */
export interface TerritoryReport {
  readonly locale: Locale;
  readonly reference: ReferenceVersion;
  readonly manuals: readonly TerritoryManual[];
  readonly unreadable: readonly string[];
  readonly ages: readonly number[];
  readonly settings: readonly SettingId[];
  /** Programmes per age × setting × general competency; cells with no programme are left out. */
  readonly cube: readonly CubeCell[];
  /** Programmes per age × setting, whatever competencies they work. */
  readonly byAgeSetting: readonly { readonly age: number; readonly setting: SettingId; readonly programmes: number }[];
  readonly byAgeCompetency: readonly { readonly age: number; readonly competency: GeneralCode; readonly programmes: number }[];
  readonly bySettingCompetency: readonly { readonly setting: SettingId; readonly competency: GeneralCode; readonly programmes: number }[];
  readonly hoursByBand: readonly BandHours[];
  /** Every modality not met somewhere, most often missing first. */
  readonly modalities: readonly ModalityGap[];
  readonly gaps: readonly Gap[];
}

const CODES: readonly GeneralCode[] = GENERAL_COMPETENCIES.map((general) => general.code);
const AGES: readonly number[] = Array.from({ length: AGE_RANGE.max - AGE_RANGE.min + 1 }, (_, index) => AGE_RANGE.min + index);

function zeroByCode(): Record<GeneralCode, number> {
  return { C1: 0, C2: 0, E1: 0, E2: 0, S1: 0, S2: 0 };
}

function meanPerYear(byYear: Readonly<Record<number, number>>): number {
  const values = Object.values(byYear).filter((minutes) => minutes > 0);
  return values.length === 0 ? 0 : values.reduce((sum, minutes) => sum + minutes, 0) / values.length;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One manual's report as the territory counts it. */
export function territoryManual(report: ManualReport): TerritoryManual {
  const settings = report.program.settings.filter((setting): setting is SettingId => (SETTING_IDS as readonly string[]).includes(setting));
  const hoursPerYearByCompetency = zeroByCode();
  for (const entry of report.competencies) hoursPerYearByCompetency[entry.code] = round1(meanPerYear(entry.minutesByYear) / 60);
  return {
    path: report.path,
    ...(report.program.title !== undefined ? { title: report.program.title } : {}),
    ...(report.program.minAge !== undefined ? { minAge: report.program.minAge } : {}),
    ...(report.program.maxAge !== undefined ? { maxAge: report.program.maxAge } : {}),
    settings,
    worked: report.competencies.filter((entry) => entry.worked).map((entry) => entry.code),
    ...(report.score !== undefined ? { score: report.score } : {}),
    provisional: report.provisional,
    hoursPerYear: round1(report.intensity.meanMinutesPerYear / 60),
    hoursPerYearByCompetency,
    missing: report.modalities.filter((modality) => modality.status === 'missing').map((modality) => modality.id),
    notFullyMet: report.modalities.filter((modality) => modality.status === 'declared' || modality.status === 'partly-met').map((modality) => modality.id),
  };
}

function serves(manual: TerritoryManual, age: number): boolean {
  return manual.minAge !== undefined && manual.maxAge !== undefined && manual.minAge <= age && age <= manual.maxAge;
}

/** Runs of consecutive ages, as ranges. */
function runs(ages: readonly number[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const age of ages) {
    const last = out[out.length - 1];
    if (last && last.to === age - 1) last.to = age;
    else out.push({ from: age, to: age });
  }
  return out;
}

/**
 * The gaps, from the data: for every setting, the ages it usually serves that no programme
 * serves there, as ranges cut at the age bands' bounds where a whole band is empty; for every
 * general competency, the youngest and oldest age at which some programme works it.
 */
function findGaps(manuals: readonly TerritoryManual[]): Gap[] {
  const gaps: Gap[] = [];
  for (const setting of SETTING_IDS) {
    const range = SETTING_AGES[setting] ?? { from: AGE_RANGE.min, to: AGE_RANGE.max };
    const empty: number[] = [];
    for (let age = range.from; age <= range.to; age++) {
      if (!manuals.some((manual) => manual.settings.includes(setting) && serves(manual, age))) empty.push(age);
    }
    for (const run of runs(empty)) gaps.push({ kind: 'setting', setting, from: run.from, to: run.to });
  }
  for (const competency of CODES) {
    const ages = AGES.filter((age) => manuals.some((manual) => manual.worked.includes(competency) && serves(manual, age)));
    const youngest = ages[0];
    const oldest = ages[ages.length - 1];
    if (youngest === undefined || oldest === undefined) gaps.push({ kind: 'competency-never', competency });
    else {
      if (youngest > AGE_RANGE.min) gaps.push({ kind: 'competency-before', competency, age: youngest });
      if (oldest < AGE_RANGE.max) gaps.push({ kind: 'competency-after', competency, age: oldest });
    }
  }
  return gaps;
}

/** The territory's picture across the manuals' reports (those that could be read), and the paths of those that could not. */
export function territoryReport(reports: readonly ManualReport[], locale: Locale, unreadable: readonly string[] = []): TerritoryReport {
  const manuals = reports.map(territoryManual);
  const cube: CubeCell[] = [];
  const byAgeSetting: { age: number; setting: SettingId; programmes: number }[] = [];
  const byAgeCompetency: { age: number; competency: GeneralCode; programmes: number }[] = [];
  const bySettingCompetency: { setting: SettingId; competency: GeneralCode; programmes: number }[] = [];
  const usedSettings = SETTING_IDS.filter((setting) => manuals.some((manual) => manual.settings.includes(setting)));
  for (const age of AGES) {
    const here = manuals.filter((manual) => serves(manual, age));
    for (const competency of CODES) {
      const programmes = here.filter((manual) => manual.worked.includes(competency)).length;
      byAgeCompetency.push({ age, competency, programmes });
    }
    for (const setting of usedSettings) {
      const inSetting = here.filter((manual) => manual.settings.includes(setting));
      byAgeSetting.push({ age, setting, programmes: inSetting.length });
      for (const competency of CODES) {
        const programmes = inSetting.filter((manual) => manual.worked.includes(competency)).length;
        if (programmes > 0) cube.push({ age, setting, competency, programmes });
      }
    }
  }
  for (const setting of usedSettings) {
    for (const competency of CODES) {
      bySettingCompetency.push({ setting, competency, programmes: manuals.filter((manual) => manual.settings.includes(setting) && manual.worked.includes(competency)).length });
    }
  }
  const hoursByBand = AGE_BANDS.map((band): BandHours => {
    const inBand = manuals.filter((manual) => manual.minAge !== undefined && manual.maxAge !== undefined && manual.minAge <= band.to && manual.maxAge >= band.from);
    const byCode = zeroByCode();
    for (const manual of inBand) for (const code of CODES) byCode[code] = round1(byCode[code] + manual.hoursPerYearByCompetency[code]);
    const middle = median(inBand.map((manual) => manual.hoursPerYear));
    return { from: band.from, to: band.to, programmes: inBand.length, ...(middle !== undefined ? { medianHoursPerYear: round1(middle) } : {}), hoursPerYearByCompetency: byCode };
  });
  const modalities = MODALITIES.map((modality) => ({
    id: modality.id,
    missing: manuals.filter((manual) => manual.missing.includes(modality.id)).length,
    notFullyMet: manuals.filter((manual) => manual.notFullyMet.includes(modality.id)).length,
  }))
    .filter((entry) => entry.missing + entry.notFullyMet > 0)
    .sort((a, b) => b.missing - a.missing || b.notFullyMet - a.notFullyMet);
  return {
    locale,
    reference: REFERENCE_VERSION,
    manuals,
    unreadable,
    ages: AGES,
    settings: usedSettings,
    cube,
    byAgeSetting,
    byAgeCompetency,
    bySettingCompetency,
    hoursByBand,
    modalities,
    gaps: findGaps(manuals),
  };
}
