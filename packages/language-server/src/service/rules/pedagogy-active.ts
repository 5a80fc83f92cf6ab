import { pedagogyRule } from './support/pedagogy.js';

export default pedagogyRule({
  id: 'pedagogy-active',
  modality: '1.4.1',
  pedagogy: 'active',
  description: {
    en: 'Enough of the activities use an active pedagogy and say how (pedagogy: active, with a description or steps).',
    fr: 'Une part suffisante des activités s’appuie sur une pédagogie active et dit comment (pedagogy: active, avec une description ou des étapes).',
  },
  name: { en: 'an active pedagogy', fr: 'une pédagogie active' },
  shownBy: 'how-it-runs',
  looksLike: {
    en: 'participants act rather than listen, through games, role plays, problem solving or discussion in small groups',
    fr: 'les participants agissent plutôt qu’ils n’écoutent, par des jeux, des jeux de rôle, la résolution de problèmes ou des échanges en petits groupes',
  },
});
