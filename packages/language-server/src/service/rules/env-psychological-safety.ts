import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-psychological-safety',
  modality: '3.1.4',
  path: ['environment', 'social', 'psychological_safety'],
  description: {
    en: 'The manual describes how psychological safety (basic psychological needs) is ensured.',
    fr: 'Le manuel décrit comment la sécurité psychologique (besoins psychologiques fondamentaux) est assurée.',
  },
  subject: { en: 'how psychological safety is ensured', fr: 'comment la sécurité psychologique est assurée' },
});
