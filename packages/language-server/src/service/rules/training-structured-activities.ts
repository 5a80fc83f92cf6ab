import { trainingTopicRule } from './support/training.js';

export default trainingTopicRule({
  id: 'training-structured-activities',
  modality: '2.1.3',
  topic: 'structured-activities',
  description: {
    en: 'The training prepares facilitators to run structured and sequenced CPS activities.',
    fr: 'La formation permet aux intervenants de réaliser des activités CPS structurées et séquencées.',
  },
  asks: {
    en: 'prepare facilitators to run structured and sequenced CPS activities',
    fr: 'permettre aux intervenants de réaliser des activités CPS structurées et séquencées',
  },
});
