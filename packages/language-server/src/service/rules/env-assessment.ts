import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-assessment',
  modality: '3.1.3',
  path: ['environment', 'social', 'assessment'],
  description: {
    en: 'The manual describes ways of assessing adults, young people and children in keeping with CPS.',
    fr: 'Le manuel décrit des modalités d’évaluation (adultes, jeunes, enfants) en consonance avec les CPS.',
  },
  subject: { en: 'how adults, young people and children are assessed', fr: 'les modalités d’évaluation des adultes, des jeunes et des enfants' },
});
