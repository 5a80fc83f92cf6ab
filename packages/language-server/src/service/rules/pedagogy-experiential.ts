import { pedagogyRule } from './support/pedagogy.js';

export default pedagogyRule({
  id: 'pedagogy-experiential',
  modality: '1.4.3',
  pedagogy: 'experiential',
  description: {
    en: 'Enough of the activities use an experiential pedagogy and look back on what was lived (pedagogy: experiential, with a debrief or objectives).',
    fr: 'Une part suffisante des activités s’appuie sur une pédagogie expérientielle et revient sur ce qui a été vécu (pedagogy: experiential, avec un retour ou des objectifs).',
  },
  name: { en: 'an experiential pedagogy', fr: 'une pédagogie expérientielle' },
  shownBy: 'debrief',
  looksLike: {
    en: 'participants live a situation, then look back on what they felt and did and link it to their daily life',
    fr: 'les participants vivent une situation, puis reviennent sur ce qu’ils ont ressenti et fait et le relient à leur vie quotidienne',
  },
});
