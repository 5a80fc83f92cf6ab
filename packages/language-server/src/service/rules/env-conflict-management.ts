import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-conflict-management',
  modality: '3.1.2',
  path: ['environment', 'social', 'conflict_management'],
  description: {
    en: 'The manual describes how interpersonal conflicts are handled, in keeping with CPS.',
    fr: 'Le manuel décrit une gestion des conflits interpersonnels en consonance avec les CPS.',
  },
  subject: { en: 'how interpersonal conflicts are handled', fr: 'la gestion des conflits interpersonnels' },
});
