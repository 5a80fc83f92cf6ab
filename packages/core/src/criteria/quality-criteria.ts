import type { Localized, SeedSource } from '../localized.js';

/** The three general criteria of SpF's table "Critères de qualité des interventions CPS". */
export type GeneralCriterionId = '1' | '2' | '3';
export type OperationalCriterionId = '1.1' | '1.2' | '1.3' | '1.4' | '2.1' | '2.2' | '2.3' | '3.1' | '3.2';

export interface GeneralCriterion {
  readonly id: GeneralCriterionId;
  readonly label: Localized;
}

export interface OperationalCriterion {
  readonly id: OperationalCriterionId;
  readonly general: GeneralCriterionId;
  readonly label: Localized;
}

/** A practical modality ("modalité pratique"); its id is stable so that findings can cite it. */
export interface Modality {
  /** `<operational criterion>.<rank>`, e.g. `1.2.4`. */
  readonly id: string;
  readonly criterion: OperationalCriterionId;
  readonly label: Localized;
  /** The words the seed sets in bold: the heart of the modality. */
  readonly keyPhrase: Localized;
  readonly source: SeedSource;
}

export const GENERAL_CRITERIA: readonly GeneralCriterion[] = [
  {
    id: '1',
    label: {
      fr: 'Pratiques CPS de qualité (structurées, fondées, intensives et de différentes natures)',
      en: 'Quality CPS practices (structured, evidence-based, intensive and of different kinds)',
    },
  },
  {
    id: '2',
    label: { fr: "Implantation d'intervention CPS de qualité", en: 'Quality implementation of CPS interventions' },
  },
  {
    id: '3',
    label: {
      fr: 'Environnement éducatif favorable au développement des CPS',
      en: 'An educational environment that fosters the development of CPS',
    },
  },
];

export const OPERATIONAL_CRITERIA: readonly OperationalCriterion[] = [
  {
    id: '1.1',
    general: '1',
    label: {
      fr: 'Les professionnels-intervenants CPS maîtrisent les CPS et les mettent en œuvre',
      en: 'CPS practitioners master the CPS and put them into practice',
    },
  },
  {
    id: '1.2',
    general: '1',
    label: {
      fr: 'Des activités CPS structurées et séquencées sont mises en œuvre',
      en: 'Structured and sequenced CPS activities are carried out',
    },
  },
  {
    id: '1.3',
    general: '1',
    label: { fr: 'Des pratiques CPS informelles sont mises en œuvre', en: 'Informal CPS practices are carried out' },
  },
  {
    id: '1.4',
    general: '1',
    label: {
      fr: "Les pratiques CPS s'appuient sur une pédagogie active, positive et expérientielle",
      en: 'CPS practices rest on an active, positive and experiential pedagogy',
    },
  },
  {
    id: '2.1',
    general: '2',
    label: {
      fr: 'Une formation de qualité est proposée aux professionnels-intervenants CPS',
      en: 'Quality training is offered to CPS practitioners',
    },
  },
  {
    id: '2.2',
    general: '2',
    label: {
      fr: 'Un accompagnement est proposé aux professionnels-intervenants CPS',
      en: 'Ongoing support is offered to CPS practitioners',
    },
  },
  {
    id: '2.3',
    general: '2',
    label: { fr: 'Le projet CPS est porté collectivement', en: 'The CPS project is carried collectively' },
  },
  {
    id: '3.1',
    general: '3',
    label: { fr: "L'environnement social est favorable aux CPS", en: 'The social environment fosters CPS' },
  },
  {
    id: '3.2',
    general: '3',
    label: { fr: "L'environnement physique est favorable aux CPS", en: 'The physical environment fosters CPS' },
  },
];

const S002: SeedSource = { seed: '002' };

function modality(id: string, fr: string, en: string, keyPhrase: Localized, source: SeedSource = S002): Modality {
  return { id, criterion: id.slice(0, 3) as OperationalCriterionId, label: { fr, en }, keyPhrase, source };
}

export const MODALITIES: readonly Modality[] = [
  modality(
    '1.1.1',
    'Les professionnels-intervenants CPS ont de bonnes connaissances (scientifiques et expérientielles) sur les CPS',
    'CPS practitioners have good knowledge (scientific and experiential) of the CPS',
    { fr: 'bonnes connaissances', en: 'good knowledge' },
  ),
  modality('1.1.2', 'Les professionnels-intervenants CPS ont travaillé et renforcé leurs propres CPS', 'CPS practitioners have worked on and strengthened their own CPS', {
    fr: 'renforcé leurs propres CPS',
    en: 'strengthened their own CPS',
  }),
  modality('1.2.1', "Un ensemble d'activités CPS organisées et coordonnées est mis en œuvre", 'A set of organised and coordinated CPS activities is carried out', {
    fr: "Un ensemble d'activités CPS organisées",
    en: 'A set of organised CPS activities',
  }),
  modality('1.2.2', "L'ensemble des principales CPS (cognitives, émotionnelles et sociales) sont travaillées", 'All the main CPS (cognitive, emotional and social) are worked on', {
    fr: "L'ensemble des principales CPS",
    en: 'All the main CPS',
  }),
  modality(
    '1.2.3',
    'Les CPS travaillées sont clairement explicitées et présentées en adéquation avec les connaissances scientifiques actuelles',
    'The CPS worked on are clearly made explicit and presented in line with current scientific knowledge',
    {
      fr: 'présentées en adéquation avec les connaissances scientifiques actuelles',
      en: 'presented in line with current scientific knowledge',
    },
  ),
  modality(
    '1.2.4',
    "Les activités CPS sont intensives et s'inscrivent dans la durée (ateliers d'environ une heure, plusieurs heures par an, pluriannuels, commençant dans la petite enfance)",
    'CPS activities are intensive and long-lasting (workshops of about one hour, several hours a year, over several years, starting in early childhood)',
    { fr: 'Les activités CPS sont intensives', en: 'CPS activities are intensive' },
  ),
  modality(
    '1.2.5',
    "Les activités CPS s'appuient sur des supports CPS (guide d'intervention pour l'intervenant, livret pour le participant) fondées sur les connaissances scientifiques et expérientielles",
    'CPS activities rest on CPS materials (a guide for the facilitator, a booklet for the participant) grounded in scientific and experiential knowledge',
    { fr: 'des supports CPS', en: 'CPS materials' },
  ),
  modality('1.3.1', 'Des activités CPS ritualisées sont mises en œuvre', 'Ritualised CPS activities are carried out', {
    fr: 'Des activités CPS ritualisées',
    en: 'Ritualised CPS activities',
  }),
  modality('1.3.2', 'Les activités éducatives ordinaires favorisent le développement des CPS', 'Everyday educational activities foster the development of CPS', {
    fr: 'Les activités éducatives ordinaires',
    en: 'Everyday educational activities',
  }),
  modality('1.4.1', 'Les professionnels-intervenants CPS utilisent une pédagogie active', 'CPS practitioners use an active pedagogy', {
    fr: 'une pédagogie active',
    en: 'an active pedagogy',
  }),
  modality('1.4.2', 'Les professionnels-intervenants CPS utilisent une pédagogie positive', 'CPS practitioners use a positive pedagogy', {
    fr: 'une pédagogie positive',
    en: 'a positive pedagogy',
  }),
  modality('1.4.3', 'Les professionnels-intervenants CPS utilisent une pédagogie expérientielle', 'CPS practitioners use an experiential pedagogy', {
    fr: 'une pédagogie expérientielle',
    en: 'an experiential pedagogy',
  }),
  modality(
    '2.1.1',
    "La formation permet aux intervenants CPS d'avoir une bonne connaissance des CPS (scientifiques et expérientielles)",
    'Training gives CPS practitioners good knowledge of the CPS (scientific and experiential)',
    { fr: 'une bonne connaissance des CPS', en: 'good knowledge of the CPS' },
  ),
  modality('2.1.2', 'La formation permet aux intervenants CPS de renforcer leurs propres CPS', 'Training lets CPS practitioners strengthen their own CPS', {
    fr: 'renforcer leurs propres CPS',
    en: 'strengthen their own CPS',
  }),
  modality(
    '2.1.3',
    'La formation permet aux intervenants CPS de réaliser des activités CPS structurées et séquencées',
    'Training enables CPS practitioners to carry out structured and sequenced CPS activities',
    { fr: 'réaliser des activités CPS structurées', en: 'carry out structured CPS activities' },
  ),
  modality(
    '2.1.4',
    "La formation donne des supports fondés sur les connaissances scientifiques et expérientielles (guide d'intervention et livret participant)",
    'Training provides materials grounded in scientific and experiential knowledge (facilitator guide and participant booklet)',
    { fr: 'des supports fondés', en: 'grounded materials' },
  ),
  modality(
    '2.1.5',
    'La formation permet aux intervenants CPS de réaliser des pratiques CPS informelles',
    'Training enables CPS practitioners to carry out informal CPS practices',
    { fr: 'réaliser des pratiques CPS informelles', en: 'carry out informal CPS practices' },
  ),
  modality(
    '2.1.6',
    "La formation permet d'utiliser une pédagogie active, positive, expérientielle",
    'Training enables the use of an active, positive, experiential pedagogy',
    { fr: 'une pédagogie active, positive, expérientielle', en: 'an active, positive, experiential pedagogy' },
    {
      seed: '000',
      note: 'Only in seed 000\'s table, which writes "expérimentale".',
      correction: {
        seedText: "La formation permet d'utiliser une pédagogie active, positive, expérimentale",
        replace: { from: 'expérimentale', to: 'expérientielle' },
        reason:
          'A slip of seed 000: its copy of the table writes "expérimentale(s)" in every row where seed 002, the clean copy, writes "expérientielle(s)": criterion 1.4 and modalities 1.1.1, 1.2.5, 1.4.3, 2.1.1 and 2.1.4. Modality 2.1.6 asks the training for the pedagogy of criterion 1.4, which seed 002 calls "active, positive et expérientielle".',
        evidence: [
          { seed: '000', text: "1.4 Les pratiques CPS s'appuient sur une pédagogie active, positive et expérimentale" },
          { seed: '002', text: "1.4 Les pratiques CPS s'appuient sur une pédagogie active, positive et expérientielle" },
          { seed: '000', text: 'Les professionnels-intervenants CPS utilisent une pédagogie expérimentale' },
          { seed: '002', text: 'Les professionnels-intervenants CPS utilisent une pédagogie expérientielle' },
          { seed: '000', text: 'Les professionnels-intervenants CPS ont de bonnes connaissances (scientifiques et expérimentales) sur les CPS' },
          { seed: '002', text: 'Les professionnels-intervenants CPS ont de bonnes connaissances (scientifiques et expérientielles) sur les CPS' },
          { seed: '000', text: "La formation permet aux intervenants CPS d'avoir une bonne connaissance des CPS (scientifiques et expérimentales)" },
          { seed: '002', text: "La formation permet aux intervenants CPS d'avoir une bonne connaissance des CPS (scientifiques et expérientielles)" },
          { seed: '000', text: 'livret pour le participant) fondées sur les connaissances scientifiques et expérimentales' },
          { seed: '002', text: 'livret pour le participant) fondées sur les connaissances scientifiques et expérientielles' },
          { seed: '000', text: "La formation donne des supports fondés sur les connaissances scientifiques et expérimentales (guide d'intervention et livret participant)" },
          { seed: '002', text: "La formation donne des supports fondés sur les connaissances scientifiques et expérientielles (guide d'intervention et livret participant)" },
        ],
      },
    },
  ),
  modality(
    '2.2.1',
    'Un suivi collectif est proposé aux professionnels-intervenants CPS (supervision, analyse de pratiques...)',
    'Collective follow-up is offered to CPS practitioners (supervision, practice analysis...)',
    { fr: 'Un suivi collectif', en: 'Collective follow-up' },
  ),
  modality(
    '2.2.2',
    'Un suivi individuel est proposé aux professionnels-intervenants CPS (entretien en présentiel, en distanciel...)',
    'Individual follow-up is offered to CPS practitioners (one-to-one meetings in person, remotely...)',
    { fr: 'Un suivi individuel', en: 'Individual follow-up' },
  ),
  modality('2.3.1', 'Une « équipe projet CPS » assure la gestion et la mise en œuvre du projet CPS', 'A "CPS project team" manages and carries out the CPS project', {
    fr: 'Une « équipe projet CPS »',
    en: 'A "CPS project team"',
  }),
  modality(
    '2.3.2',
    "La mise en œuvre du projet CPS est présentée dans un manuel d'implantation projet CPS",
    'The carrying out of the CPS project is set out in a CPS project implementation manual',
    { fr: "un manuel d'implantation projet CPS", en: 'a CPS project implementation manual' },
  ),
  modality(
    '2.3.3',
    'Une équipe de plaidoyer CPS assure la valorisation et la sensibilisation du projet CPS',
    'A CPS advocacy team promotes the CPS project and raises awareness of it',
    { fr: 'Une équipe de plaidoyer CPS', en: 'A CPS advocacy team' },
  ),
  modality(
    '2.3.4',
    "La valorisation du projet CPS s'appuie sur des supports de plaidoyer et d'information",
    'Promotion of the CPS project rests on advocacy and information materials',
    { fr: "des supports de plaidoyer et d'information", en: 'advocacy and information materials' },
  ),
  modality(
    '2.3.5',
    "L'ensemble des parties prenantes (professionnels CPS, professionnels, décideurs, parents, enfants et jeunes...) est associé au projet CPS",
    'All stakeholders (CPS professionals, professionals, decision-makers, parents, children and young people...) are involved in the CPS project',
    { fr: "L'ensemble des parties prenantes", en: 'All stakeholders' },
  ),
  modality(
    '3.1.1',
    'Les modalités relationnelles entre les personnes de la structure (adultes, jeunes, enfants) sont en consonance avec les CPS',
    'The way people in the organisation (adults, young people, children) relate to one another is in keeping with the CPS',
    { fr: 'Les modalités relationnelles', en: 'The way people relate' },
  ),
  modality('3.1.2', 'La gestion des conflits interpersonnels est en consonance avec les CPS', 'The handling of interpersonal conflicts is in keeping with the CPS', {
    fr: 'La gestion des conflits interpersonnels',
    en: 'The handling of interpersonal conflicts',
  }),
  modality(
    '3.1.3',
    "Les modalités d'évaluation (adultes, jeunes, enfants) sont en consonance avec les CPS",
    'The ways of assessing people (adults, young people, children) are in keeping with the CPS',
    { fr: "Les modalités d'évaluation", en: 'The ways of assessing' },
  ),
  modality(
    '3.1.4',
    'La sécurité psychologique (satisfaction des besoins psychologiques fondamentaux) est assurée',
    'Psychological safety (the satisfaction of basic psychological needs) is ensured',
    { fr: 'La sécurité psychologique', en: 'Psychological safety' },
  ),
  modality('3.2.1', 'La sécurité physique des personnes est assurée', 'The physical safety of people is ensured', { fr: 'La sécurité physique', en: 'Physical safety' }),
  modality(
    '3.2.2',
    'Les activités physiques des personnes sont assurées',
    'People’s physical activity is provided for',
    { fr: 'Les activités physiques', en: 'Physical activity' },
    {
      seed: '000',
      note: 'Seed 002 repeats "La sécurité physique des personnes est assurée" in this row, a conversion slip; seed 000 gives this modality.',
    },
  ),
  modality('3.2.3', 'Les aménagements des espaces favorisent le développement des CPS', 'The layout of spaces fosters the development of CPS', {
    fr: 'Les aménagements des espaces',
    en: 'The layout of spaces',
  }),
  modality('3.2.4', 'Les aménagements du temps favorisent le développement des CPS', 'The organisation of time fosters the development of CPS', {
    fr: 'Les aménagements du temps',
    en: 'The organisation of time',
  }),
];

const modalityById = new Map(MODALITIES.map((entry) => [entry.id, entry]));
const operationalById = new Map(OPERATIONAL_CRITERIA.map((entry) => [entry.id, entry]));

export function lookupModality(id: string): Modality | undefined {
  return modalityById.get(id);
}

export function lookupOperationalCriterion(id: string): OperationalCriterion | undefined {
  return operationalById.get(id as OperationalCriterionId);
}

export function modalitiesOf(criterion: OperationalCriterionId): readonly Modality[] {
  return MODALITIES.filter((entry) => entry.criterion === criterion);
}
