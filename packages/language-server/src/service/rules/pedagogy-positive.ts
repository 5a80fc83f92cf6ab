import { pedagogyRule } from './support/pedagogy.js';

export default pedagogyRule({
  id: 'pedagogy-positive',
  modality: '1.4.2',
  pedagogy: 'positive',
  description: {
    en: 'Enough of the activities use a positive pedagogy and say how (pedagogy: positive, with a description or steps).',
    fr: 'Une part suffisante des activités s’appuie sur une pédagogie positive et dit comment (pedagogy: positive, avec une description ou des étapes).',
  },
  name: { en: 'a positive pedagogy', fr: 'une pédagogie positive' },
  shownBy: 'how-it-runs',
  looksLike: {
    en: 'a caring, encouraging climate that values each person’s strengths and progress, without judgement, humiliation or punishment',
    fr: 'un climat bienveillant et encourageant qui valorise les forces et les progrès de chacun, sans jugement, humiliation ni punition',
  },
});
