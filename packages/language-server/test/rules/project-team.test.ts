import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/project-team.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

describe('project-team', () => {
  it('reads governance.project_team and gives 2.3.1 its status', () => {
    checkCases(rule, [
      {
        name: 'a team named: met',
        text: 'governance:\n  project_team:\n    - Directrice de l’école\n    - Deux enseignants référents\n',
        findings: [],
        assess: { '2.3.1': 'met' },
      },
      {
        name: 'no project_team in governance: missing, at the governance key',
        text: '«governance»:\n  stakeholders: [parents]\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.3.1' }],
        assess: { '2.3.1': 'missing' },
      },
      {
        name: 'in French',
        locale: 'fr',
        text: '«governance»:\n  advocacy:\n    team: [Inspecteur]\n',
        findings: [{ messageId: 'missing', says: 'Le manuel ne nomme aucune équipe projet CPS : rien ne montre qui gère et met en œuvre le projet (critère 2.3.1)' }],
        assess: { '2.3.1': 'missing' },
      },
      {
        name: 'only placeholders: missing, left to the placeholder rule',
        text: 'governance:\n  project_team:\n    - "À COMPLÉTER : fonction et structure de chaque membre"\n',
        findings: [],
        assess: { '2.3.1': 'missing' },
      },
      {
        name: 'a placeholder beside a name: met by the name',
        text: 'governance:\n  project_team: [Directrice de l’école, TODO]\n',
        findings: [],
        assess: { '2.3.1': 'met' },
      },
      {
        name: '« aucun »: missing, at the list’s key, which is there',
        locale: 'fr',
        text: 'governance:\n  «project_team»: [aucun]\n',
        findings: [{ messageId: 'missing', says: 'Indiquez ses membres ou leurs fonctions dans « governance.project_team »' }],
        assess: { '2.3.1': 'missing' },
      },
      { name: 'an empty list: missing, left to the schema', text: 'governance:\n  project_team: []\n', findings: [], assess: { '2.3.1': 'missing' } },
      { name: 'no governance section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.3.1': 'missing' } },
      { name: 'a governance that is not a section: left to the schema', text: 'governance: oui\n', findings: [], assess: { '2.3.1': 'missing' } },
    ]);
  });

  it('gives the first names, clipped, as evidence', () => {
    const names = ['Comité de pilotage territorial (rectorat, ARS, structure de prévention, collèges)', 'Équipe projet du collège'];
    const text = `governance:\n  project_team:\n${names.map((name) => `    - ${name}\n`).join('')}`;
    const evidence = runRuleFully(rule, text).assessments[0]?.evidence ?? '';
    expect(evidence.startsWith('Comité de pilotage territorial')).toBe(true);
    expect(evidence.length).toBeLessThanOrEqual(80);
  });
});
