import { describe, it } from 'vitest';
import rule from '../../src/service/rules/explicit-competencies.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

describe('explicit-competencies', () => {
  it('wants every activity to name the competencies it works', () => {
    checkCases(rule, [
      {
        name: 'every activity names codes',
        text: manualWith({
          activities: [
            { id: 'a', codes: ['E1.2'] },
            { id: 'b', codes: ['S1'] },
          ],
        }),
        findings: [],
        assess: { '1.2.3': 'met' },
      },
      {
        name: 'one activity names none',
        text: manualWith({ activities: [{ id: 'a', codes: ['E1.2'] }, { id: '«b»' }] }),
        findings: [{ messageId: 'none-named', args: { activity: 'b' } }],
        assess: { '1.2.3': 'partly-met' },
      },
      {
        name: 'none names any, in French',
        locale: 'fr',
        text: manualWith({ activities: [{ id: '«a»' }] }),
        findings: [{ messageId: 'none-named', says: 'L’activité « a » ne dit pas' }],
        assess: { '1.2.3': 'missing' },
      },
      {
        name: 'activities that all still hold a place: missing, at the activities key',
        text: 'version: 1\n«activities»:\n  - { id: a-completer, title: "À COMPLÉTER : le nom de l’atelier", kind: workshop, competencies: [E1.2], pedagogy: [active] }\n',
        findings: [{ messageId: 'not-written', says: 'No activity is written yet' }],
        assess: { '1.2.3': 'missing' },
      },
      {
        name: 'activities that all still hold a place, in French',
        locale: 'fr',
        text: 'version: 1\n«activities»:\n  - { id: todo, title: Atelier, kind: workshop }\n',
        findings: [{ messageId: 'not-written', says: 'Aucune activité n’est encore écrite\u00a0:' }],
        assess: { '1.2.3': 'missing' },
      },
      {
        name: 'an activity that holds a place beside a real one counts for nothing',
        text: manualWith({ activities: [{ id: 'a', codes: ['E1.2'] }, { id: 'tbd' }] }),
        findings: [],
        assess: { '1.2.3': 'met' },
      },
      {
        name: 'codes that are all unknown are left to unknown-competency',
        text: manualWith({ activities: [{ id: 'a', codes: ['E1.3'] }] }),
        findings: [],
        assess: { '1.2.3': 'missing' },
      },
    ]);
  });
});
