import type { Localized } from '../localized.js';

/** The three categories of CPS (SpF 2022, after the WHO classification). */
export type CategoryCode = 'C' | 'E' | 'S';

export interface Category {
  readonly code: CategoryCode;
  readonly label: Localized;
  /** The one-line purpose the seed gives each category. */
  readonly purpose: Localized;
}

export const CATEGORIES: readonly Category[] = [
  {
    code: 'C',
    label: { fr: 'Les compétences cognitives', en: 'Cognitive competencies' },
    purpose: {
      fr: 'qui renforcent les capacités mentales de conscience de soi, de choix et de résolution de problème.',
      en: 'which strengthen the mental capacities of self-awareness, choice and problem solving.',
    },
  },
  {
    code: 'E',
    label: { fr: 'Les compétences émotionnelles', en: 'Emotional competencies' },
    purpose: {
      fr: 'qui favorisent une bonne régulation des émotions et du stress.',
      en: 'which foster good regulation of emotions and stress.',
    },
  },
  {
    code: 'S',
    label: { fr: 'Les compétences sociales', en: 'Social competencies' },
    purpose: {
      fr: 'qui permettent de développer une communication et des relations constructives.',
      en: 'which make it possible to develop constructive communication and relationships.',
    },
  },
];

/** The two phases of SpF's operational classification. */
export type Phase = 1 | 2;

export const PHASES: Readonly<Record<Phase, Localized>> = {
  1: { fr: 'Compréhension et acceptation', en: 'Understanding and acceptance' },
  2: { fr: 'Régulation et accomplissement', en: 'Regulation and achievement' },
};
