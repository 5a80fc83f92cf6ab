import { trainingTopicRule } from './support/training.js';

export default trainingTopicRule({
  id: 'training-materials',
  modality: '2.1.4',
  topic: 'materials',
  description: {
    en: 'The training provides materials grounded in scientific and experiential knowledge: a facilitator guide and a participant booklet.',
    fr: 'La formation donne des supports fondés sur les connaissances scientifiques et expérientielles : guide d’intervention et livret participant.',
  },
  asks: {
    en: 'provide materials grounded in scientific and experiential knowledge (a facilitator guide, a participant booklet)',
    fr: 'donner des supports fondés sur les connaissances scientifiques et expérientielles (guide d’intervention, livret participant)',
  },
});
