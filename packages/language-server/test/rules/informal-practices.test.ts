import { describe, it } from 'vitest';
import rule from '../../src/service/rules/informal-practices.js';
import { checkCases } from '../rule-tester.js';

const workshop = '  - id: atelier\n    title: Atelier\n    kind: workshop\n';
const ritual = '  - id: meteo\n    title: Météo\n    kind: ritual\n    frequency: daily\n';

describe('informal-practices', () => {
  it('looks for informal practices that say how often they are used and gives 1.3.2 its status', () => {
    checkCases(rule, [
      {
        name: 'an informal practice with its frequency: met',
        text: `activities:\n${workshop}  - id: cour\n    title: Nommer les émotions dans la cour\n    kind: informal\n    frequency: several-a-week\n`,
        findings: [],
        assess: { '1.3.2': 'met' },
      },
      {
        name: 'an informal practice without frequency: partly met, at its kind',
        text: `activities:\n${workshop}  - id: cour\n    kind: «informal»\n`,
        findings: [{ messageId: 'no-frequency', args: { id: 'cour' }, says: 'The informal practice "cour" does not say how often' }],
        assess: { '1.3.2': 'partly-met' },
      },
      {
        name: 'in French',
        locale: 'fr',
        text: `activities:\n  - id: cour\n    kind: «informal»\n`,
        findings: [{ messageId: 'no-frequency', says: 'Indiquez sa « frequency » : daily, several-a-week, weekly, fortnightly, monthly ou occasional.' }],
        assess: { '1.3.2': 'partly-met' },
      },
      {
        name: 'workshops and rituals only: missing, at the activities key',
        text: `«activities»:\n${workshop}${ritual}`,
        findings: [{ messageId: 'none', says: 'criterion 1.3.2' }],
        assess: { '1.3.2': 'missing' },
      },
      { name: 'no activities at all: left to the schema', text: 'version: 1\n', findings: [], assess: { '1.3.2': 'missing' } },
    ]);
  });
});
