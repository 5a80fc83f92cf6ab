import type { Localized, SeedSource } from '../localized.js';

/** The five axes of the national strategy for CPS (2022–2037), as seed 000 lists them. */
export type StrategyAxisId = '1' | '2' | '3' | '4' | '5';

export interface StrategyAxis {
  readonly id: StrategyAxisId;
  readonly label: Localized;
  readonly source: SeedSource;
}

const S000: SeedSource = { seed: '000' };

export const STRATEGY_AXES: readonly StrategyAxis[] = [
  {
    id: '1',
    label: {
      fr: 'Confier aux territoires l’animation et la coordination du déploiement des programmes de développement CPS',
      en: 'Entrust the territories with leading and coordinating the roll-out of CPS development programmes',
    },
    source: S000,
  },
  {
    id: '2',
    label: {
      fr: 'Accompagner les professionnels intervenant auprès des enfants, des jeunes et des familles en leur proposant d’acquérir les outils et les capacités permettant de développer les CPS chez les parents, les enfants et les jeunes',
      en: 'Support the professionals who work with children, young people and families by offering them the tools and skills to develop CPS in parents, children and young people',
    },
    source: S000,
  },
  {
    id: '3',
    label: {
      fr: 'Appuyer les interventions de développement des CPS sur des données probantes',
      en: 'Base CPS development interventions on evidence',
    },
    source: S000,
  },
  {
    id: '4',
    label: {
      fr: 'Mettre en place un système national de suivi et d’évaluation du développement des CPS dans tous les secteurs',
      en: 'Set up a national system for monitoring and evaluating CPS development in every sector',
    },
    source: S000,
  },
  {
    id: '5',
    label: {
      fr: 'Mettre en place un cadre institutionnel pour que la génération 2037 grandisse dans un environnement de développement continu des CPS',
      en: 'Set up an institutional framework so that the 2037 generation grows up in an environment of continuous CPS development',
    },
    source: S000,
  },
];

/**
 * What a manual shows of axis 4 (monitoring and evaluation). SpF's table of quality
 * criteria has no modality for it; these items are cpskit's reading of the axis, kept apart
 * from the 33 modalities so that the SpF score keeps its meaning.
 */
export interface Axis4Item {
  /** `A4.<rank>`. */
  readonly id: string;
  readonly label: Localized;
  readonly source: SeedSource;
}

const AXIS4_SOURCE: SeedSource = {
  seed: '000',
  note: 'Axe 4 : Mettre en place un système national de suivi et d’évaluation du développement des CPS dans tous les secteurs (items: cpskit’s reading)',
};

export const AXIS4_ITEMS: readonly Axis4Item[] = [
  {
    id: 'A4.1',
    label: {
      fr: 'Des indicateurs de processus sont suivis\u00a0: fidélité de mise en œuvre, dose reçue, portée',
      en: 'Process indicators are followed: fidelity of implementation, dose received, reach',
    },
    source: AXIS4_SOURCE,
  },
  {
    id: 'A4.2',
    label: {
      fr: 'Des indicateurs de résultats sont suivis chez les enfants ou les jeunes',
      en: 'Outcome indicators are followed in the children or young people',
    },
    source: AXIS4_SOURCE,
  },
  {
    id: 'A4.3',
    label: {
      fr: 'Un plan d’évaluation dit quand et par qui elle est menée, avec quels outils',
      en: 'An evaluation plan says when and by whom it is carried out, with which tools',
    },
    source: AXIS4_SOURCE,
  },
];

export function lookupStrategyAxis(id: string): StrategyAxis | undefined {
  return STRATEGY_AXES.find((axis) => axis.id === id);
}

export function lookupAxis4Item(id: string): Axis4Item | undefined {
  return AXIS4_ITEMS.find((item) => item.id === id);
}
