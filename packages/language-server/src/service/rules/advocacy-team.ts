import { governanceListRule } from './support/governance-list.js';

export default governanceListRule({
  id: 'advocacy-team',
  modality: '2.3.3',
  path: ['governance', 'advocacy', 'team'],
  description: {
    en: 'The manual names the CPS advocacy team that promotes the project and raises awareness of it.',
    fr: 'Le manuel nomme l’équipe de plaidoyer CPS qui assure la valorisation et la sensibilisation du projet.',
  },
  missing: {
    en: 'The manual names no CPS advocacy team, so nothing shows who promotes the project and raises awareness of it (criterion 2.3.3). List its members or their roles in "governance.advocacy.team".',
    fr: 'Le manuel ne nomme aucune équipe de plaidoyer CPS : rien ne montre qui valorise le projet et sensibilise à son sujet (critère 2.3.3). Indiquez ses membres ou leurs fonctions dans « governance.advocacy.team ».',
  },
});
