import { governanceListRule } from './support/governance-list.js';

export default governanceListRule({
  id: 'project-team',
  modality: '2.3.1',
  path: ['governance', 'project_team'],
  description: {
    en: 'The manual names the CPS project team that manages and carries out the project.',
    fr: 'Le manuel nomme l’équipe projet CPS qui assure la gestion et la mise en œuvre du projet.',
  },
  missing: {
    en: 'The manual names no CPS project team, so nothing shows who manages and carries out the project (criterion 2.3.1). List its members or their roles in "governance.project_team".',
    fr: 'Le manuel ne nomme aucune équipe projet CPS : rien ne montre qui gère et met en œuvre le projet (critère 2.3.1). Indiquez ses membres ou leurs fonctions dans « governance.project_team ».',
  },
});
