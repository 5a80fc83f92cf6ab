import { governanceListRule } from './support/governance-list.js';

export default governanceListRule({
  id: 'advocacy-materials',
  modality: '2.3.4',
  path: ['governance', 'advocacy', 'materials'],
  description: {
    en: 'The manual lists the advocacy and information materials that promote the project.',
    fr: 'Le manuel cite les supports de plaidoyer et d’information qui valorisent le projet.',
  },
  missing: {
    en: 'The manual lists no advocacy or information materials to promote the project (criterion 2.3.4), such as a leaflet for parents or a summary of results for decision-makers. List them in "governance.advocacy.materials".',
    fr: 'Le manuel ne cite aucun support de plaidoyer ou d’information pour valoriser le projet (critère 2.3.4), comme une plaquette pour les parents ou une synthèse des résultats pour les décideurs. Indiquez-les dans « governance.advocacy.materials ».',
  },
});
