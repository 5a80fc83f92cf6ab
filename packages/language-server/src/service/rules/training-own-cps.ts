import { trainingTopicRule } from './support/training.js';

export default trainingTopicRule({
  id: 'training-own-cps',
  modality: '2.1.2',
  topic: 'own-cps',
  description: {
    en: 'The training lets facilitators strengthen their own CPS.',
    fr: 'La formation permet aux intervenants de renforcer leurs propres CPS.',
  },
  asks: {
    en: 'let facilitators strengthen their own CPS',
    fr: 'permettre aux intervenants de renforcer leurs propres CPS',
  },
});
