import { describe, it } from 'vitest';
import rule from '../../src/service/rules/advocacy-team.js';
import { checkCases } from '../rule-tester.js';

describe('advocacy-team', () => {
  it('reads governance.advocacy.team and gives 2.3.3 its status', () => {
    checkCases(rule, [
      {
        name: 'a team named: met',
        text: 'governance:\n  advocacy:\n    team: [Coordinatrice du porteur régional]\n',
        findings: [],
        assess: { '2.3.3': 'met' },
      },
      {
        name: 'advocacy without team: missing, at the advocacy key',
        text: 'governance:\n  «advocacy»:\n    materials: [Plaquette]\n',
        findings: [{ messageId: 'missing', says: '"governance.advocacy.team"' }],
        assess: { '2.3.3': 'missing' },
      },
      {
        name: 'no advocacy, in French: at the governance key',
        locale: 'fr',
        text: '«governance»:\n  project_team: [Équipe]\n',
        findings: [{ messageId: 'missing', says: 'aucune équipe de plaidoyer CPS' }],
        assess: { '2.3.3': 'missing' },
      },
      { name: 'an advocacy that is not a section: left to the schema', text: 'governance:\n  advocacy: oui\n', findings: [], assess: { '2.3.3': 'missing' } },
      { name: 'no governance section: left to missing-section', text: 'version: 1\n', findings: [], assess: { '2.3.3': 'missing' } },
    ]);
  });
});
