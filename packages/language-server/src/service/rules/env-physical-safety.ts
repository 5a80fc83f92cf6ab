import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-physical-safety',
  modality: '3.2.1',
  path: ['environment', 'physical', 'safety'],
  description: {
    en: 'The manual describes how people’s physical safety is ensured.',
    fr: 'Le manuel décrit comment la sécurité physique des personnes est assurée.',
  },
  subject: { en: 'how people’s physical safety is ensured', fr: 'comment la sécurité physique des personnes est assurée' },
});
