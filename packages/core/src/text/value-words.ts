import { foldText } from './nearest.js';
import { ACTIVITY_KINDS, COLLECTIVE_FORMATS, FREQUENCIES, INDIVIDUAL_FORMATS, PEDAGOGIES, PRACTICE_FREQUENCIES, STAKEHOLDERS, TRAINING_TOPICS } from '../schema/manual.js';
import { INTERVENTION_KINDS, SECTOR_IDS, SETTING_IDS } from '../vocabulary/strategy.js';

/**
 * French words an author writes where the manual's format expects one of its English values:
 * « atelier » for `workshop`, « mensuel » for `monthly`. Keys are folded (lower case, no accents);
 * each value names the enum it belongs to, so that a word is only suggested where that enum is
 * expected (« hebdomadaire » is `weekly` for both kinds of frequency).
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  // ACTIVITY_KINDS
  atelier: ['workshop'],
  seance: ['workshop'],
  rituel: ['ritual'],
  routine: ['ritual'],
  informel: ['informal'],
  informelle: ['informal'],
  'pratique informelle': ['informal'],
  'pratique a la maison': ['home-practice'],
  maison: ['home-practice'],
  devoirs: ['home-practice'],
  'travail a la maison': ['home-practice'],
  // PEDAGOGIES
  active: ['active'],
  actif: ['active'],
  positive: ['positive'],
  positif: ['positive'],
  experientielle: ['experiential'],
  experientiel: ['experiential'],
  // FREQUENCIES and PRACTICE_FREQUENCIES
  quotidien: ['daily'],
  quotidienne: ['daily'],
  'chaque jour': ['daily'],
  'tous les jours': ['daily'],
  'plusieurs fois par semaine': ['several-a-week'],
  hebdomadaire: ['weekly'],
  'chaque semaine': ['weekly'],
  'toutes les semaines': ['weekly'],
  bimensuel: ['fortnightly'],
  bimensuelle: ['fortnightly'],
  'tous les quinze jours': ['fortnightly'],
  'toutes les deux semaines': ['fortnightly'],
  mensuel: ['monthly'],
  mensuelle: ['monthly'],
  'chaque mois': ['monthly'],
  'tous les mois': ['monthly'],
  trimestriel: ['termly'],
  trimestrielle: ['termly'],
  'chaque trimestre': ['termly'],
  annuel: ['yearly'],
  annuelle: ['yearly'],
  'chaque annee': ['yearly'],
  'a la demande': ['on-request'],
  'sur demande': ['on-request'],
  occasionnel: ['occasional'],
  occasionnelle: ['occasional'],
  // COLLECTIVE_FORMATS
  supervision: ['supervision'],
  'analyse de la pratique': ['practice-analysis'],
  intervision: ['peer-exchange'],
  'analyse de pratiques': ['practice-analysis'],
  'analyse des pratiques': ['practice-analysis'],
  'echange entre pairs': ['peer-exchange'],
  'echanges entre pairs': ['peer-exchange'],
  "reunion d'equipe": ['team-meeting'],
  // INDIVIDUAL_FORMATS
  entretien: ['interview'],
  'entretien individuel': ['interview'],
  'entretien a distance': ['remote-interview'],
  visio: ['remote-interview'],
  observation: ['observation'],
  accompagnement: ['coaching'],
  // TRAINING_TOPICS
  'connaissance des cps': ['cps-knowledge'],
  'ses propres cps': ['own-cps'],
  'propres cps': ['own-cps'],
  'activites structurees': ['structured-activities'],
  supports: ['materials'],
  outils: ['materials'],
  'pratiques informelles': ['informal-practices'],
  'formation aux pratiques informelles': ['informal-practices'],
  pedagogie: ['pedagogy'],
  // STAKEHOLDERS
  'professionnels cps': ['cps-professionals'],
  professionnels: ['professionals'],
  decideurs: ['decision-makers'],
  elus: ['decision-makers'],
  parents: ['parents'],
  familles: ['parents'],
  enfants: ['children'],
  eleves: ['children'],
  jeunes: ['young-people'],
  partenaires: ['partners'],
  // INTERVENTION_KINDS
  'programme probant': ['evidence-based-program'],
  'programme valide': ['evidence-based-program'],
  'intervention fondee sur les donnees probantes': ['evidence-informed'],
  // SETTING_IDS
  'petite enfance': ['early-childhood'],
  creche: ['early-childhood'],
  maternelle: ['preschool'],
  'ecole maternelle': ['preschool'],
  'ecole elementaire': ['primary-school'],
  elementaire: ['primary-school'],
  primaire: ['primary-school'],
  'ecole primaire': ['primary-school'],
  college: ['secondary-school'],
  lycee: ['high-school'],
  'lycee agricole': ['agricultural-school'],
  universite: ['higher-education'],
  'enseignement superieur': ['higher-education'],
  'formation professionnelle': ['vocational-training'],
  periscolaire: ['out-of-school'],
  'temps periscolaire': ['out-of-school'],
  extrascolaire: ['out-of-school'],
  'centre de loisirs': ['holiday-centre'],
  'accueil collectif de mineurs': ['holiday-centre'],
  'colonie de vacances': ['holiday-centre'],
  association: ['youth-club'],
  'structure jeunesse': ['youth-club'],
  famille: ['family'],
  "protection de l'enfance": ['child-protection'],
  ase: ['child-protection', 'social-cohesion'],
  pjj: ['youth-justice'],
  'protection judiciaire de la jeunesse': ['youth-justice'],
  'structure de sante': ['health-care'],
  'club sportif': ['sport'],
  'structure culturelle': ['culture'],
  quartier: ['community'],
  // SECTOR_IDS
  sante: ['health'],
  prevention: ['health'],
  'education nationale': ['national-education'],
  'enseignement agricole': ['agricultural-education'],
  'education populaire': ['youth-and-community'],
  'cohesion sociale': ['social-cohesion'],
  sports: ['sport'],
};

/** Every enum of the manual's format, so that a test can check each has French words. */
export const VALUE_ENUMS: Readonly<Record<string, readonly string[]>> = {
  ACTIVITY_KINDS,
  PEDAGOGIES,
  TRAINING_TOPICS,
  COLLECTIVE_FORMATS,
  INDIVIDUAL_FORMATS,
  FREQUENCIES,
  PRACTICE_FREQUENCIES,
  STAKEHOLDERS,
  INTERVENTION_KINDS,
  SETTING_IDS,
  SECTOR_IDS,
};

/** The French words of the table, to the values they stand for; for tests and docs. */
export const FRENCH_VALUE_WORDS: Readonly<Record<string, readonly string[]>> = WORDS;

/** The longest French phrase of the table, with room to spare: a longer text is not looked up. */
const MAX_WORD_LENGTH = 64;

/**
 * The value among `allowed` that a French word stands for (« atelier » → `workshop` where an
 * activity kind is expected), or `undefined`. Case, accents and a final plural « s » do not matter.
 */
export function valueForFrenchWord(written: string, allowed: readonly string[]): string | undefined {
  if (written.length > MAX_WORD_LENGTH) return undefined;
  const folded = foldText(written).replace(/\s+/g, ' ').trim();
  const candidates = WORDS[folded] ?? (folded.endsWith('s') ? WORDS[folded.slice(0, -1)] : undefined);
  return candidates?.find((value) => allowed.includes(value));
}
