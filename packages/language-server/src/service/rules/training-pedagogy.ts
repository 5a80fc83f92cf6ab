import { trainingTopicRule } from './support/training.js';

export default trainingTopicRule({
  id: 'training-pedagogy',
  modality: '2.1.6',
  topic: 'pedagogy',
  description: {
    en: 'The training prepares facilitators to use an active, positive and experiential pedagogy.',
    fr: 'La formation permet aux intervenants d’utiliser une pédagogie active, positive et expérientielle.',
  },
  asks: {
    en: 'prepare facilitators to use an active, positive and experiential pedagogy',
    fr: 'permettre aux intervenants d’utiliser une pédagogie active, positive et expérientielle',
  },
});
