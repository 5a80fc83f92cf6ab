import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-relationships',
  modality: '3.1.1',
  path: ['environment', 'social', 'relationships'],
  description: {
    en: 'The manual describes how people in the setting relate to one another, in keeping with CPS.',
    fr: 'Le manuel décrit des modalités relationnelles entre les personnes de la structure en consonance avec les CPS.',
  },
  subject: {
    en: 'how adults, young people and children in the setting relate to one another',
    fr: 'les modalités relationnelles entre adultes, jeunes et enfants de la structure',
  },
});
