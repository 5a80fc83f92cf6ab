import { trainingTopicRule } from './support/training.js';

export default trainingTopicRule({
  id: 'training-informal-practices',
  modality: '2.1.5',
  topic: 'informal-practices',
  description: {
    en: 'The training prepares facilitators to carry out informal CPS practices: rituals and everyday activities.',
    fr: 'La formation permet aux intervenants de réaliser des pratiques CPS informelles : rituels et activités du quotidien.',
  },
  asks: {
    en: 'prepare facilitators to carry out informal CPS practices (rituals, everyday activities)',
    fr: 'permettre aux intervenants de réaliser des pratiques CPS informelles (rituels, activités du quotidien)',
  },
});
