import { trainingTopicRule } from './support/training.js';

export default trainingTopicRule({
  id: 'training-cps-knowledge',
  modality: '2.1.1',
  topic: 'cps-knowledge',
  description: {
    en: 'The training gives facilitators good knowledge of the CPS, scientific and experiential.',
    fr: 'La formation donne aux intervenants une bonne connaissance des CPS, scientifique et expérientielle.',
  },
  asks: {
    en: 'give facilitators good knowledge of the CPS, both scientific and experiential',
    fr: 'donner aux intervenants une bonne connaissance des CPS, scientifique et expérientielle',
  },
});
