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
  'child-protection',
  'sport',
  'culture',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

/** The ten sectors of the interministerial instruction of 19 August 2022 (culture joined in 2023). */
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
  'child-protection': { fr: 'Cohésion sociale (ASE)', en: 'Social cohesion: child protection (ASE)' },
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

/**
 * The settings ("milieux de vie") a manual can name. The strategy asks for CPS in every
 * setting ("scolaires, péri et extrascolaires..."); the list and its ids are cpskit's own,
 * each tied to the sector that usually carries it.
 */
export const SETTINGS: Readonly<Record<SettingId, { readonly label: Localized; readonly sector: SectorId }>> = {
  'early-childhood': { label: { fr: "Petite enfance (crèche, lieu d'accueil)", en: 'Early childhood (nursery, day care)' }, sector: 'health' },
  preschool: { label: { fr: 'École maternelle', en: 'Nursery school' }, sector: 'national-education' },
  'primary-school': { label: { fr: 'École élémentaire', en: 'Primary school' }, sector: 'national-education' },
  'secondary-school': { label: { fr: 'Collège', en: 'Lower secondary school (collège)' }, sector: 'national-education' },
  'high-school': { label: { fr: 'Lycée', en: 'Upper secondary school (lycée)' }, sector: 'national-education' },
  'agricultural-school': { label: { fr: 'Établissement agricole', en: 'Agricultural school' }, sector: 'agricultural-education' },
  'higher-education': { label: { fr: 'Enseignement supérieur', en: 'Higher education' }, sector: 'higher-education' },
  'vocational-training': { label: { fr: 'Formation professionnelle, insertion', en: 'Vocational training, employment support' }, sector: 'vocational-training' },
  'out-of-school': { label: { fr: 'Temps périscolaire', en: 'Before- and after-school time' }, sector: 'youth-and-community' },
  'holiday-centre': { label: { fr: 'Accueil collectif de mineurs, centre de loisirs', en: 'Holiday and leisure centre' }, sector: 'youth-and-community' },
  'youth-club': { label: { fr: 'Structure jeunesse, association', en: 'Youth club, association' }, sector: 'youth-and-community' },
  family: { label: { fr: 'Famille', en: 'Family' }, sector: 'health' },
  'child-protection': { label: { fr: "Protection de l'enfance (ASE)", en: 'Child protection (ASE)' }, sector: 'child-protection' },
  'youth-justice': { label: { fr: 'Protection judiciaire de la jeunesse (PJJ)', en: 'Youth justice (PJJ)' }, sector: 'youth-justice' },
  'health-care': { label: { fr: 'Structure de santé', en: 'Health service' }, sector: 'health' },
  sport: { label: { fr: 'Club ou structure sportive', en: 'Sports club' }, sector: 'sport' },
  culture: { label: { fr: 'Structure culturelle', en: 'Cultural venue' }, sector: 'culture' },
  community: { label: { fr: 'Quartier, espace de vie sociale', en: 'Neighbourhood, community centre' }, sector: 'youth-and-community' },
};

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
