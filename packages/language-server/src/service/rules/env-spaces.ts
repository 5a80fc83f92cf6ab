import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-spaces',
  modality: '3.2.3',
  path: ['environment', 'physical', 'spaces'],
  description: {
    en: 'The manual describes a layout of spaces that fosters CPS.',
    fr: 'Le manuel décrit des aménagements des espaces qui favorisent le développement des CPS.',
  },
  subject: { en: 'how the spaces are laid out to foster CPS', fr: 'les aménagements des espaces qui favorisent les CPS' },
});
