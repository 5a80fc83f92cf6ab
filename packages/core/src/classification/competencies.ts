import type { Localized, SeedSource } from '../localized.js';
import type { CategoryCode, Phase } from './categories.js';

export type GeneralCode = 'C1' | 'C2' | 'E1' | 'E2' | 'S1' | 'S2';

/** A key message of the classification, with the slide of seed 002 it stands on. */
export interface KeyMessage extends Localized {
  /** The heading of the slide of seed 002 that gives the message, as the seed writes it. */
  readonly slide: string;
}

export interface GeneralCompetency {
  readonly code: GeneralCode;
  readonly category: CategoryCode;
  readonly phase: Phase;
  readonly label: Localized;
  /** The key messages the classification gives for this family of competencies (none for S2: the seeds give it none). */
  readonly keyMessages: readonly KeyMessage[];
  readonly source: SeedSource;
}

export interface SpecificCompetency {
  /** Canonical code: `C1.1` … `S2.2`, and `E2.2a` / `E2.2b` for the two parts of E2.2. */
  readonly code: string;
  readonly general: GeneralCode;
  readonly label: Localized;
  /** For E2.2a and E2.2b: the code of the competency they are a part of. */
  readonly partOf?: string;
  /** For E2.2: the codes of its two parts. */
  readonly parts?: readonly string[];
  readonly source: SeedSource;
}

const COGNITIVE_SLIDE = 'Les compétences cognitives';
const COGNITIVE_KEY_MESSAGES: readonly KeyMessage[] = [
  {
    fr: 'Elles sont le socle des autres compétences',
    en: 'They are the foundation of the other competencies',
    slide: COGNITIVE_SLIDE,
  },
  {
    fr: "Elles impliquent de travailler notamment sur l'esprit critique, l'estime de soi, la capacité d'attention et de recul",
    en: 'They involve working in particular on critical thinking, self-esteem, attention and the ability to step back',
    slide: COGNITIVE_SLIDE,
  },
];

export const GENERAL_COMPETENCIES: readonly GeneralCompetency[] = [
  {
    code: 'C1',
    category: 'C',
    phase: 1,
    label: { fr: 'Renforcer sa conscience de soi', en: 'Strengthen self-awareness' },
    keyMessages: COGNITIVE_KEY_MESSAGES,
    source: { seed: '002' },
  },
  {
    code: 'E1',
    category: 'E',
    phase: 1,
    label: { fr: 'Renforcer sa conscience des émotions', en: 'Strengthen awareness of emotions' },
    keyMessages: [
      {
        fr: 'Les émotions sont des messagers',
        en: 'Emotions are messengers',
        slide: 'Messages clés',
      },
      { fr: 'Elles signalent un besoin', en: 'They signal a need', slide: 'Messages clés' },
      {
        fr: "Nommer ses émotions c'est déjà pouvoir en modifier l'intensité",
        en: 'Naming one’s emotions already makes it possible to change their intensity',
        slide: 'Messages clés',
      },
    ],
    source: { seed: '002' },
  },
  {
    code: 'S1',
    category: 'S',
    phase: 1,
    label: { fr: 'Développer des relations constructives', en: 'Develop constructive relationships' },
    keyMessages: [
      {
        fr: "Les liens sociaux sont l'un des facteurs principaux d'épanouissement de l'individu.",
        en: 'Social bonds are one of the main factors in a person’s fulfilment.',
        slide: 'Développer des relations constructives',
      },
      {
        fr: 'Développer des liens sociaux implique la participation à des interactions répétées et durables.',
        en: 'Developing social bonds involves taking part in repeated and lasting interactions.',
        slide: 'Développer des relations constructives',
      },
    ],
    source: {
      seed: '002',
      note: 'Both key messages stand on the slide "Développer des relations constructives", S1\'s label. Before reference spf-2025-phase1 cpskit gave the second one to S2.',
    },
  },
  {
    code: 'C2',
    category: 'C',
    phase: 2,
    label: {
      fr: 'Renforcer sa maîtrise de soi et son accomplissement',
      en: 'Strengthen self-control and achievement',
    },
    keyMessages: COGNITIVE_KEY_MESSAGES,
    source: {
      seed: '002',
      note: 'The table splits the word ("accomplis- sement"); the prose slide spells it whole.',
    },
  },
  {
    code: 'E2',
    category: 'E',
    phase: 2,
    label: { fr: 'Réguler ses émotions et son stress', en: 'Regulate one’s emotions and stress' },
    keyMessages: [
      {
        fr: 'Le stress est une réaction physio-psychologique au danger',
        en: 'Stress is a physiological and psychological reaction to danger',
        slide: 'Messages clés',
      },
      {
        fr: 'Il a des conséquences sur la santé et peut être régulé',
        en: 'It has consequences for health and can be regulated',
        slide: 'Messages clés',
      },
    ],
    source: { seed: '002' },
  },
  {
    code: 'S2',
    category: 'S',
    phase: 2,
    label: { fr: 'Résoudre des difficultés relationnelles', en: 'Resolve relationship difficulties' },
    // Seed 002 gives key messages for S1's slide only; « Développer des liens sociaux implique… »,
    // which cpskit once gave S2, stands on that slide (see S1).
    keyMessages: [],
    source: {
      seed: '002',
      note: 'The converted table shows S2 in the phase-1 row; the social-competencies slide places it in phase 2. Seed 002 gives no key message for S2.',
    },
  },
];

export const SPECIFIC_COMPETENCIES: readonly SpecificCompetency[] = [
  { code: 'C1.1', general: 'C1', label: { fr: 'Accroître sa connaissance de soi', en: 'Increase self-knowledge' }, source: { seed: '002' } },
  { code: 'C1.2', general: 'C1', label: { fr: 'Savoir penser de façon critique', en: 'Think critically' }, source: { seed: '002' } },
  {
    code: 'C1.3',
    general: 'C1',
    label: { fr: 'Connaitre ses valeurs, ses besoins et ses buts personnels', en: 'Know one’s values, needs and personal goals' },
    source: { seed: '002', note: 'Spelt "Connaitre" in the table, "Connaître" in the prose slide.' },
  },
  { code: 'C1.4', general: 'C1', label: { fr: 'Prendre des décisions constructives', en: 'Make constructive decisions' }, source: { seed: '002' } },
  { code: 'C1.5', general: 'C1', label: { fr: "S'auto-évaluer positivement", en: 'Assess oneself positively' }, source: { seed: '002' } },
  { code: 'C1.6', general: 'C1', label: { fr: 'Renforcer sa pleine attention', en: 'Strengthen mindful attention' }, source: { seed: '002' } },
  { code: 'C2.1', general: 'C2', label: { fr: 'Atteindre ses buts personnels', en: 'Achieve one’s personal goals' }, source: { seed: '002' } },
  { code: 'C2.2', general: 'C2', label: { fr: 'Gérer ses impulsions', en: 'Manage one’s impulses' }, source: { seed: '002' } },
  {
    code: 'C2.3',
    general: 'C2',
    label: { fr: 'Résoudre des problèmes de façon créative et efficace', en: 'Solve problems creatively and effectively' },
    source: { seed: '002' },
  },
  {
    code: 'C2.4',
    general: 'C2',
    label: { fr: "Savoir demander de l'aide", en: 'Know how to ask for help' },
    source: { seed: '002', note: 'Written "savoir demander de l\'aide", in lower case, in the table.' },
  },
  { code: 'E1.1', general: 'E1', label: { fr: 'Comprendre les émotions', en: 'Understand emotions' }, source: { seed: '002' } },
  {
    code: 'E1.2',
    general: 'E1',
    label: { fr: 'Identifier ses émotions', en: 'Identify one’s emotions' },
    source: { seed: '002', note: 'Lost from the converted table; given by the emotional-competencies slide.' },
  },
  {
    code: 'E2.1',
    general: 'E2',
    label: { fr: 'Exprimer ses émotions de façon constructive', en: 'Express one’s emotions constructively' },
    source: { seed: '002' },
  },
  {
    code: 'E2.2',
    general: 'E2',
    label: {
      fr: 'Réguler ses émotions (a) agréables (b) désagréables',
      en: 'Regulate one’s (a) pleasant (b) unpleasant emotions',
    },
    parts: ['E2.2a', 'E2.2b'],
    source: { seed: '002' },
  },
  {
    code: 'E2.2a',
    general: 'E2',
    partOf: 'E2.2',
    label: { fr: 'Réguler ses émotions agréables', en: 'Regulate one’s pleasant emotions' },
    source: { seed: '002', note: 'Part (a) of E2.2; the prose slide reads "Réguler ses émotions agréables et désagréables".' },
  },
  {
    code: 'E2.2b',
    general: 'E2',
    partOf: 'E2.2',
    label: { fr: 'Réguler ses émotions désagréables', en: 'Regulate one’s unpleasant emotions' },
    source: { seed: '002', note: 'Part (b) of E2.2: "Réguler ses émotions (a) agréables (b) désagréables".' },
  },
  { code: 'E2.3', general: 'E2', label: { fr: 'Comprendre et gérer son stress', en: 'Understand and manage one’s stress' }, source: { seed: '002' } },
  {
    code: 'S1.1',
    general: 'S1',
    label: { fr: 'Communiquer de façon efficace et positive', en: 'Communicate effectively and positively' },
    source: { seed: '002' },
  },
  { code: 'S1.2', general: 'S1', label: { fr: 'Communiquer de façon empathique', en: 'Communicate with empathy' }, source: { seed: '002' } },
  {
    code: 'S1.3',
    general: 'S1',
    label: { fr: 'Développer des liens et des comportements prosociaux', en: 'Develop social bonds and prosocial behaviour' },
    source: { seed: '002' },
  },
  {
    code: 'S2.1',
    general: 'S2',
    label: {
      fr: "S'affirmer et résister à la pression sociale par l'assertivité et le refus",
      en: 'Assert oneself and resist social pressure through assertiveness and refusal',
    },
    source: { seed: '002' },
  },
  {
    code: 'S2.2',
    general: 'S2',
    label: { fr: 'Résoudre les conflits de façon constructive', en: 'Resolve conflicts constructively' },
    source: { seed: '002' },
  },
];
