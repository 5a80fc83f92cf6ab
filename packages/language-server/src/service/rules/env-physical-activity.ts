import { declarationRule } from './support/declarations.js';

export default declarationRule({
  id: 'env-physical-activity',
  modality: '3.2.2',
  path: ['environment', 'physical', 'physical_activity'],
  description: {
    en: 'The manual describes how people’s physical activity is provided for.',
    fr: 'Le manuel décrit comment les activités physiques des personnes sont assurées.',
  },
  subject: { en: 'how physical activity is provided for', fr: 'comment les activités physiques sont assurées' },
});
