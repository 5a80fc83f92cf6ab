import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-time',
  modality: '3.2.4',
  path: ['environment', 'physical', 'time'],
  description: {
    en: 'The manual describes an organisation of time that fosters CPS.',
    fr: 'Le manuel décrit des aménagements du temps qui favorisent le développement des CPS.',
  },
  subject: { en: 'how time is organised to foster CPS', fr: 'les aménagements du temps qui favorisent les CPS' },
});
