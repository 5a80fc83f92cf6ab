import { describe, it } from 'vitest';
import rule from '../../src/service/rules/undefined-activity.js';
import { checkCases } from '../rule-tester.js';

const activities = 'activities:\n  - id: meteo\n  - id: cercle\n';

describe('undefined-activity', () => {
  it('flags session references to activities that are not defined', () => {
    checkCases(rule, [
      { name: 'all references defined', text: `${activities}sessions:\n  - id: s1\n    activities: [meteo, cercle]\n`, findings: [] },
      {
        name: 'a typo of a defined id',
        text: `${activities}sessions:\n  - id: s1\n    activities: [meteo, «cercel»]\n`,
        findings: [{ messageId: 'suggest', args: { session: 's1', id: 'cercel', suggestion: 'cercle' } }],
      },
      {
        name: 'an id that resembles nothing',
        locale: 'fr',
        text: `${activities}sessions:\n  - id: s1\n    activities:\n      - «jeu-de-roles»\n`,
        findings: [{ messageId: 'undefined', says: 'n’est pas définie' }],
      },
      {
        name: 'a reference to an activity that still holds a place is defined',
        text: 'activities:\n  - { id: a-completer, title: À COMPLÉTER }\nsessions:\n  - id: s1\n    activities: [a-completer]\n',
        findings: [],
      },
      {
        name: 'a reference still to write is left to the placeholder rule',
        text: `${activities}sessions:\n  - id: s1\n    activities: [meteo, todo]\n`,
        findings: [],
      },
      {
        name: 'a malformed id is left to the schema',
        text: `${activities}sessions:\n  - id: s1\n    activities: ["jeu de rôles"]\n`,
        findings: [],
      },
    ]);
  });
});
