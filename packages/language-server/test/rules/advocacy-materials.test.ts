import { describe, it } from 'vitest';
import rule from '../../src/service/rules/advocacy-materials.js';
import { checkCases } from '../rule-tester.js';

describe('advocacy-materials', () => {
  it('reads governance.advocacy.materials and gives 2.3.4 its status', () => {
    checkCases(rule, [
      {
        name: 'materials listed: met',
        text: 'governance:\n  advocacy:\n    materials:\n      - Plaquette pour les parents\n',
        findings: [],
        assess: { '2.3.4': 'met' },
      },
      {
        name: 'advocacy without materials: missing, at the advocacy key',
        text: 'governance:\n  «advocacy»:\n    team: [Inspecteur]\n',
        findings: [{ messageId: 'missing', says: 'criterion 2.3.4' }],
        assess: { '2.3.4': 'missing' },
      },
      {
        name: 'no advocacy, in French: at the governance key',
        locale: 'fr',
        text: '«governance»:\n  stakeholders: [parents]\n',
        findings: [{ messageId: 'missing', says: 'aucun support de plaidoyer ou d’information' }],
        assess: { '2.3.4': 'missing' },
      },
      { name: 'an empty list: left to the schema', text: 'governance:\n  advocacy:\n    materials: []\n', findings: [], assess: { '2.3.4': 'missing' } },
      { name: 'no governance section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.3.4': 'missing' } },
    ]);
  });
});
