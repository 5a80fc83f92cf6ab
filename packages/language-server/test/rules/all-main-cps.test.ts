import { describe, it } from 'vitest';
import rule from '../../src/service/rules/all-main-cps.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

const all = ['C1.1', 'C2.2', 'E1.2', 'E2.3', 'S1.1', 'S2.2'];

describe('all-main-cps', () => {
  it('wants the three categories and the six general competencies worked', () => {
    checkCases(rule, [
      { name: 'all six, by specific and general codes', text: manualWith({ activities: [{ id: 'a', codes: all.slice(0, 3) }, { id: 'b', codes: ['E2', 'S1', 'S2'] }] }), findings: [], assess: { '1.2.2': 'met' } },
      {
        name: 'emotional only: the four others and two categories are named',
        text: manualWith({ activities: [{ id: 'a', codes: ['E1.2', 'E2.1'] }] }).replace('activities:', '«activities»:'),
        findings: [{ messageId: 'missing-generals', says: 'No activity works C1 "Strengthen self-awareness", S1 "Develop constructive relationships", C2' }],
        assess: { '1.2.2': 'partly-met' },
      },
      {
        name: 'one missing, in French',
        locale: 'fr',
        text: manualWith({ activities: [{ id: 'a', codes: ['C1', 'C2', 'E1', 'E2', 'S1'] }] }).replace('activities:', '«activities»:'),
        findings: [{ messageId: 'missing-generals', says: 'Aucune activité ne travaille S2 «\u00a0Résoudre des difficultés relationnelles\u00a0»' }],
        assess: { '1.2.2': 'partly-met' },
      },
      {
        name: 'activities that all still hold a place name nothing yet',
        text: 'version: 1\n«activities»:\n  - { id: a-completer, title: "À COMPLÉTER : le nom de l’atelier", kind: workshop, competencies: [E1.2], pedagogy: [active] }\n',
        findings: [{ messageId: 'none' }],
        assess: { '1.2.2': 'missing' },
      },
      {
        name: 'no codes at all',
        text: manualWith({ activities: [{ id: 'a' }] }).replace('activities:', '«activities»:'),
        findings: [{ messageId: 'none' }],
        assess: { '1.2.2': 'missing' },
      },
      {
        name: 'an evidence-based programme that works part of the CPS by design: advice on the path, not a change',
        text: manualWith({ activities: [{ id: 'a', codes: ['C2.1', 'S1.2'] }] })
          .replace('evidence: { kind: evidence-informed }', 'evidence: { kind: evidence-based-program }')
          .replace('activities:', '«activities»:'),
        findings: [{ messageId: 'by-design', says: 'This evidence-based programme works S1 and C2, not C1 "Strengthen self-awareness", E1 "Strengthen awareness of emotions", E2 "Regulate one’s emotions and stress" and S2 "Resolve relationship difficulties": that is its validated design' }],
        assess: { '1.2.2': 'partly-met' },
      },
      {
        name: 'the same, in French',
        locale: 'fr',
        text: manualWith({ activities: [{ id: 'a', codes: ['C1', 'C2', 'E1', 'E2', 'S1'] }] })
          .replace('evidence: { kind: evidence-informed }', 'evidence: { kind: evidence-based-program }')
          .replace('activities:', '«activities»:'),
        findings: [{ messageId: 'by-design', says: 'pas S2 «\u00a0Résoudre des difficultés relationnelles\u00a0»\u00a0: c’est sa conception validée' }],
        assess: { '1.2.2': 'partly-met' },
      },
      {
        name: 'an evidence-based programme whose continuity says where the rest is worked',
        text: manualWith({ activities: [{ id: 'a', codes: ['C2.1', 'S1.2'] }] })
          .replace('evidence: { kind: evidence-based-program }', 'evidence: { kind: evidence-based-program }')
          .replace('evidence: { kind: evidence-informed }', 'evidence: { kind: evidence-based-program }\n  continuity: "Les émotions sont travaillées en CE2 avec le programme Tina et Toni prolongé."'),
        findings: [],
        assess: { '1.2.2': 'partly-met' },
      },
      { name: 'rituals count as work on a competency', text: manualWith({ activities: [{ id: 'a', kind: 'ritual', codes: all }] }), findings: [], assess: { '1.2.2': 'met' } },
    ]);
  });
});
