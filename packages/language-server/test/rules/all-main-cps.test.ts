import { describe, it } from 'vitest';
import rule from '../../src/service/rules/all-main-cps.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

const all = ['C1.1', 'C2.2', 'E1.2', 'E2.3', 'S1.1', 'S2.2'];

describe('all-main-cps', () => {
  it('wants the three categories and the six general competencies worked', () => {
    checkCases(rule, [
      {
        name: 'all six, by specific and general codes',
        text: manualWith({
          activities: [
            { id: 'a', codes: all.slice(0, 3) },
            { id: 'b', codes: ['E2', 'S1', 'S2'] },
          ],
        }),
        findings: [],
        assess: { '1.2.2': 'met' },
      },
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
        findings: [
          {
            messageId: 'by-design',
            says: 'This evidence-based programme works S1 and C2, not C1 "Strengthen self-awareness", E1 "Strengthen awareness of emotions", E2 "Regulate one’s emotions and stress" and S2 "Resolve relationship difficulties": that is its validated design',
          },
        ],
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
          .replace(
            'evidence: { kind: evidence-informed }',
            'evidence: { kind: evidence-based-program }\n  continuity: "Les émotions sont travaillées en CE2 avec le programme Tina et Toni prolongé."',
          ),
        findings: [],
        assess: { '1.2.2': 'partly-met' },
      },
      { name: 'rituals count as work on a competency', text: manualWith({ activities: [{ id: 'a', kind: 'ritual', codes: all }] }), findings: [], assess: { '1.2.2': 'met' } },
    ]);
  });

  it('reads each age group when sessions give their ages', () => {
    const phase1 = { id: 'a', codes: ['C1', 'E1', 'S1'], minutes: 45 };
    const phase2 = { id: 'b', codes: ['C2', 'E2', 'S2'], minutes: 45 };
    const bands = (older: string[], olderAges = '«{ min: 12, max: 15 }»') =>
      manualWith({
        ages: '{ min: 7, max: 15 }',
        activities: [phase1, phase2],
        sessions: [
          { id: 's1', year: 1, activities: ['a', 'b'], ages: '{ min: 7, max: 11 }' },
          { id: 's2', year: 1, activities: older, ages: olderAges },
        ],
      });
    checkCases(rule, [
      { name: 'each band works the six', text: bands(['a', 'b'], '{ min: 12, max: 15 }'), findings: [], assess: { '1.2.2': 'met' } },
      {
        name: 'the older band leaves out phase 2, which only the younger band works',
        text: bands(['a']),
        findings: [
          {
            messageId: 'group-missing-generals',
            args: { group: 'ages 12–15', them: 3 },
            says: 'For ages 12–15, no activity works C2 "Strengthen self-control and achievement", E2 "Regulate one’s emotions and stress" and S2 "Resolve relationship difficulties": only the sessions and activities for other ages do',
          },
        ],
        assess: { '1.2.2': 'partly-met' },
      },
      {
        name: 'the same, in French',
        locale: 'fr',
        text: bands(['a']),
        findings: [{ messageId: 'group-missing-generals', says: 'Pour les 12–15 ans, aucune activité ne travaille C2' }],
        assess: { '1.2.2': 'partly-met' },
      },
      {
        name: 'a session for every age brings phase 2 to both bands',
        text: manualWith({
          ages: '{ min: 7, max: 15 }',
          activities: [phase1, phase2],
          sessions: [
            { id: 's0', year: 1, activities: ['b'] },
            { id: 's1', year: 1, activities: ['a'], ages: '{ min: 7, max: 11 }' },
            { id: 's2', year: 1, activities: ['a'], ages: '{ min: 12, max: 15 }' },
          ],
        }),
        findings: [],
        assess: { '1.2.2': 'met' },
      },
      {
        name: 'ages the sessions leave out receive only the sessions for everyone: 12–15 here, at their first session',
        text: manualWith({
          ages: '{ min: 7, max: 15 }',
          activities: [phase1, phase2],
          sessions: [
            { id: 's0', year: 1, activities: ['a'] },
            { id: 's1', year: 1, activities: ['b'], ages: '{ min: 7, max: 11 }' },
          ],
        }).replace('  - id: s0', '  - id: «s0»'),
        findings: [{ messageId: 'group-missing-generals', args: { group: 'ages 12–15' } }],
        assess: { '1.2.2': 'partly-met' },
      },
    ]);
  });
});
