import type { Localized } from '../localized.js';

/** The age range of the national strategy (2022–2037): children and young people from 3 to 25. */
export const AGE_RANGE = { min: 3, max: 25 } as const;

export const SECTOR_IDS = [
  'health',
  'national-education',
  'agricultural-education',
  'higher-education',
  'youth-and-community',
  'vocational-training',
  'youth-justice',
  'social-cohesion',
  'sport',
  'culture',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

/**
 * The ten sectors of the interministerial instruction of 19 August 2022 (culture joined in 2023),
 * with seed 000's French names. `social-cohesion` is the sector of the Direction générale de la
 * cohésion sociale (DGCS, one of the instruction's signatories), which the seed names by its best
 * known field, child welfare (ASE); it was `child-protection` before reference spf-2025-phase1.
 */
export const SECTORS: Readonly<Record<SectorId, Localized>> = {
  health: { fr: 'Santé et prévention', en: 'Health and prevention' },
  'national-education': { fr: 'Éducation nationale', en: 'National education' },
  'agricultural-education': { fr: 'Enseignement agricole', en: 'Agricultural education' },
  'higher-education': { fr: 'Enseignement supérieur', en: 'Higher education' },
  'youth-and-community': {
    fr: 'Education populaire et vie associative',
    en: 'Youth and community work, voluntary associations',
  },
  'vocational-training': { fr: 'Formation professionnelle', en: 'Vocational training' },
  'youth-justice': { fr: 'Protection judiciaire de la jeunesse', en: 'Youth justice (PJJ)' },
  'social-cohesion': { fr: 'Cohésion sociale (ASE)', en: 'Social cohesion (child welfare, ASE)' },
  sport: { fr: 'Sports', en: 'Sport' },
  culture: { fr: 'Culture', en: 'Culture' },
};

export const SETTING_IDS = [
  'early-childhood',
  'preschool',
  'primary-school',
  'secondary-school',
  'high-school',
  'agricultural-school',
  'higher-education',
  'vocational-training',
  'out-of-school',
  'holiday-centre',
  'youth-club',
  'family',
  'child-protection',
  'youth-justice',
  'health-care',
  'sport',
  'culture',
  'community',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

export interface Setting {
  readonly label: Localized;
  /** The sectors that usually carry the setting, the main one first. */
  readonly sectors: readonly SectorId[];
}

/**
 * The settings ("milieux de vie") a manual can name. The strategy asks for CPS in every
 * setting ("scolaires, péri et extrascolaires..."); the list and its ids are cpskit's own,
 * each tied to the sectors that usually carry it. Early childhood and the family belong to
 * health (PMI, prevention) and to social cohesion, whose administration (DGCS) has early
 * childhood care and parenting support in its remit.
 */
export const SETTINGS: Readonly<Record<SettingId, Setting>> = {
  'early-childhood': { label: { fr: "Petite enfance (crèche, lieu d'accueil)", en: 'Early childhood (nursery, day care)' }, sectors: ['health', 'social-cohesion'] },
  preschool: { label: { fr: 'École maternelle', en: 'Nursery school' }, sectors: ['national-education'] },
  'primary-school': { label: { fr: 'École élémentaire', en: 'Primary school' }, sectors: ['national-education'] },
  'secondary-school': { label: { fr: 'Collège', en: 'Lower secondary school (collège)' }, sectors: ['national-education'] },
  'high-school': { label: { fr: 'Lycée', en: 'Upper secondary school (lycée)' }, sectors: ['national-education'] },
  'agricultural-school': { label: { fr: 'Établissement agricole', en: 'Agricultural school' }, sectors: ['agricultural-education'] },
  'higher-education': { label: { fr: 'Enseignement supérieur', en: 'Higher education' }, sectors: ['higher-education'] },
  'vocational-training': { label: { fr: 'Formation professionnelle, insertion', en: 'Vocational training, employment support' }, sectors: ['vocational-training'] },
  'out-of-school': { label: { fr: 'Temps périscolaire', en: 'Before- and after-school time' }, sectors: ['youth-and-community'] },
  'holiday-centre': { label: { fr: 'Accueil collectif de mineurs, centre de loisirs', en: 'Holiday and leisure centre' }, sectors: ['youth-and-community'] },
  'youth-club': { label: { fr: 'Structure jeunesse, association', en: 'Youth club, association' }, sectors: ['youth-and-community'] },
  family: { label: { fr: 'Famille', en: 'Family' }, sectors: ['health', 'social-cohesion'] },
  'child-protection': { label: { fr: "Protection de l'enfance (ASE)", en: 'Child protection (ASE)' }, sectors: ['social-cohesion'] },
  'youth-justice': { label: { fr: 'Protection judiciaire de la jeunesse (PJJ)', en: 'Youth justice (PJJ)' }, sectors: ['youth-justice'] },
  'health-care': { label: { fr: 'Structure de santé', en: 'Health service' }, sectors: ['health'] },
  sport: { label: { fr: 'Club ou structure sportive', en: 'Sports club' }, sectors: ['sport'] },
  culture: { label: { fr: 'Structure culturelle', en: 'Cultural venue' }, sectors: ['culture'] },
  community: { label: { fr: 'Quartier, espace de vie sociale', en: 'Neighbourhood, community centre' }, sectors: ['youth-and-community'] },
};

/** The sectors that carry these settings, each once, in the order the settings give them. */
export function sectorsOf(settings: readonly SettingId[]): SectorId[] {
  const sectors: SectorId[] = [];
  for (const setting of settings) {
    for (const sector of SETTINGS[setting].sectors) if (!sectors.includes(sector)) sectors.push(sector);
  }
  return sectors;
}

export type TrainingLevel = 1 | 2 | 3;

/** The three levels of the intersectoral training path ("Parcours de formation CPS"). */
export const TRAINING_LEVELS: Readonly<Record<TrainingLevel, readonly Localized[]>> = {
  1: [{ fr: 'Acquérir les bases sur les CPS', en: 'Acquire the basics of CPS' }],
  2: [
    {
      fr: 'Savoir animer des séances CPS auprès des enfants et des jeunes',
      en: 'Run CPS sessions with children and young people',
    },
    { fr: 'Savoir coordonner des projets CPS', en: 'Coordinate CPS projects' },
  ],
  3: [{ fr: 'Devenir formateur régional CPS', en: 'Become a regional CPS trainer' }],
};

export const INTERVENTION_KINDS = ['evidence-based-program', 'evidence-informed'] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** The two kinds of intervention of axis 3 of the strategy. */
export const INTERVENTION_KIND_LABELS: Readonly<Record<InterventionKind, Localized>> = {
  'evidence-based-program': { fr: "Mise en œuvre d'un programme CPS probant", en: 'Implementing an evidence-based CPS programme' },
  'evidence-informed': {
    fr: "Construction d' interventions fondées sur les données probantes (cf. critères de qualité)",
    en: 'Building interventions on evidence (see the quality criteria)',
  },
};
