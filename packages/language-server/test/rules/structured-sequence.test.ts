import { describe, it } from 'vitest';
import rule from '../../src/service/rules/structured-sequence.js';
import { checkCases } from '../rule-tester.js';

/** Activities as `id: kind` pairs, the ids possibly marked. */
const activities = (...entries: [string, string][]) => `activities:\n${entries.map(([id, kind]) => `  - id: ${id}\n    title: Activité\n    kind: ${kind}\n`).join('')}`;
const sessions = (...lists: string[][]) => `sessions:\n${lists.map((list, i) => `  - id: s${i + 1}\n    year: 1\n    activities: [${list.join(', ')}]\n`).join('')}`;

describe('structured-sequence', () => {
  it('checks that every workshop is scheduled in a session and gives 1.2.1 its status', () => {
    checkCases(rule, [
      {
        name: 'every workshop in a session; a ritual and an informal practice outside: met',
        text: activities(['accueil', 'workshop'], ['roue', 'workshop'], ['meteo', 'ritual'], ['cour', 'informal']) + sessions(['accueil'], ['roue', 'accueil']),
        findings: [],
        assess: { '1.2.1': 'met' },
      },
      {
        name: 'a workshop no session lists: partly met, at its id',
        text: activities(['accueil', 'workshop'], ['«roue»', 'workshop']) + sessions(['accueil']),
        findings: [{ messageId: 'unscheduled', args: { id: 'roue' }, says: 'The workshop "roue" is in no session' }],
        assess: { '1.2.1': 'partly-met' },
      },
      {
        name: 'two unscheduled workshops, in French: one finding each',
        locale: 'fr',
        text: activities(['accueil', 'workshop'], ['«roue»', 'workshop'], ['«debat»', 'workshop']) + sessions(['accueil']),
        findings: [
          { messageId: 'unscheduled', says: 'L’atelier « roue » ne figure dans aucune séance' },
          { messageId: 'unscheduled', says: 'critère 1.2.1' },
        ],
        assess: { '1.2.1': 'partly-met' },
      },
      {
        name: 'a session misspells the workshop: left to undefined-activity',
        text: activities(['meteo', 'workshop'], ['cercle', 'workshop']) + sessions(['meteo', 'cercel']),
        findings: [],
        assess: { '1.2.1': 'partly-met' },
      },
      {
        name: 'sessions that list no known activity: missing',
        text: activities(['«accueil»', 'workshop']) + sessions(['jeu-de-roles']),
        findings: [{ messageId: 'unscheduled' }],
        assess: { '1.2.1': 'missing' },
      },
      {
        name: 'a second activity with the same id is left to duplicate-id',
        text: activities(['accueil', 'workshop'], ['accueil', 'workshop']) + sessions(['accueil']),
        findings: [],
        assess: { '1.2.1': 'met' },
      },
      {
        name: 'no sessions section: missing, left to missing-section',
        text: activities(['accueil', 'workshop']),
        findings: [],
        assess: { '1.2.1': 'missing' },
      },
      {
        name: 'an empty list of sessions: missing, at its key',
        text: `${activities(['accueil', 'workshop'])}«sessions»: []\n`,
        findings: [{ messageId: 'no-sessions', says: 'criterion 1.2.1' }],
        assess: { '1.2.1': 'missing' },
      },
      {
        name: 'sessions of rituals only, no workshop anywhere: missing, at the sessions key',
        text: `${activities(['meteo', 'ritual'], ['cour', 'informal'])}«sessions»:\n  - { id: s1, year: 1, activities: [meteo] }\n`,
        findings: [{ messageId: 'no-workshop', says: 'The sessions contain no structured workshop ("kind: workshop")' }],
        assess: { '1.2.1': 'missing' },
      },
      {
        name: 'no workshop, in French',
        locale: 'fr',
        text: `${activities(['meteo', 'ritual'])}«sessions»:\n  - { id: s1, year: 1, activities: [meteo] }\n`,
        findings: [{ messageId: 'no-workshop', says: 'Les séances ne comportent aucun atelier structuré (« kind: workshop »)' }],
        assess: { '1.2.1': 'missing' },
      },
      {
        name: 'the only workshop still holds a place: it counts for nothing',
        text: `activities:\n  - { id: a-completer, title: "À COMPLÉTER : le nom de l’atelier", kind: workshop }\n  - { id: meteo, title: Météo, kind: ritual }\n«sessions»:\n  - { id: s1, year: 1, activities: [meteo, a-completer] }\n`,
        findings: [{ messageId: 'no-workshop' }],
      },
      {
        name: 'sessions that list only activities still to write hold a place themselves',
        locale: 'fr',
        text: `activities:\n  - { id: a-completer, title: "À COMPLÉTER : le nom de l’atelier", kind: workshop }\n«sessions»:\n  - { id: s1, year: 1, activities: [a-completer] }\n`,
        findings: [{ messageId: 'sessions-not-written', says: 'Chaque séance tient encore une place' }],
        assess: { '1.2.1': 'missing' },
      },
      {
        name: 'every session still holds a place: missing, at the sessions key, citing criterion 1.2',
        text: `${activities(['accueil', 'workshop'])}«sessions»:\n  - { id: s1, year: 1, title: "TO COMPLETE: the first session", activities: [accueil] }\n`,
        findings: [{ messageId: 'sessions-not-written', says: 'criterion 1.2: 1.2.1 and 1.2.4' }],
        assess: { '1.2.1': 'missing' },
      },
      {
        name: 'sessions with no value: left to the schema',
        text: `${activities(['accueil', 'workshop'])}sessions:\n`,
        findings: [],
        assess: { '1.2.1': 'missing' },
      },
    ]);
  });
});
