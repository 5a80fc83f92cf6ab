import { describe, it } from 'vitest';
import rule from '../../src/service/rules/ages-order.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

const a = [{ id: 'a', codes: ['C1'], minutes: 45 }];

describe('ages-order', () => {
  it('wants min not above max', () => {
    checkCases(rule, [
      { name: 'in order', text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: 8, max: 11 }' }), findings: [] },
      { name: 'one age', text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: 8, max: 8 }' }), findings: [] },
      { name: 'reversed', text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: «11», max: 8 }' }), findings: [{ messageId: 'reversed', args: { min: 11, max: 8 } }] },
    ]);
  });

  it('wants the ages of a session in order and within the programme’s', () => {
    checkCases(rule, [
      {
        name: 'two bands within the programme',
        text: manualWith({
          activities: a,
          ages: '{ min: 7, max: 15 }',
          sessions: [
            { id: 's1', year: 1, activities: ['a'], ages: '{ min: 7, max: 11 }' },
            { id: 's2', year: 1, activities: ['a'], ages: '{ min: 12, max: 15 }' },
          ],
        }),
        findings: [],
      },
      {
        name: 'a session’s ages reversed',
        text: manualWith({ activities: a, ages: '{ min: 7, max: 15 }', sessions: [{ id: 's1', year: 1, activities: ['a'], ages: '{ min: «11», max: 7 }' }] }),
        findings: [{ messageId: 'session-reversed', args: { session: 's1', min: 11, max: 7 }, says: 'counts it for every participant' }],
      },
      {
        name: 'a session older than the programme, at its max',
        text: manualWith({ activities: a, ages: '{ min: 7, max: 15 }', sessions: [{ id: 's1', year: 1, activities: ['a'], ages: '{ min: 12, max: «17» }' }] }),
        findings: [
          {
            messageId: 'session-outside',
            args: { session: 's1', programMin: 7, programMax: 15, outside: '16–17' },
            says: 'Session "s1" is for ages 12–17, outside the programme’s ages (7–15)',
          },
        ],
      },
      {
        name: 'a session younger than the programme, in French, at its min',
        locale: 'fr',
        text: manualWith({ activities: a, ages: '{ min: 7, max: 15 }', sessions: [{ id: 's1', year: 1, activities: ['a'], ages: '{ min: «6», max: 9 }' }] }),
        findings: [
          {
            messageId: 'session-outside',
            args: { outside: '6' },
            says: 'La séance «\u00a0s1\u00a0» s’adresse aux 6–9 ans, hors des âges du programme (7–15 ans)\u00a0: la couverture',
          },
        ],
      },
      {
        name: 'the programme’s own ages reversed: the session is not judged against them',
        text: manualWith({ activities: a, ages: '{ min: «15», max: 7 }', sessions: [{ id: 's1', year: 1, activities: ['a'], ages: '{ min: 3, max: 4 }' }] }),
        findings: [{ messageId: 'reversed' }],
      },
    ]);
  });

  it('wants the ages of an activity in order, within the programme’s, and met by the sessions that list it', () => {
    const young = (ages: string) => [
      { id: 'a', codes: ['C1'], minutes: 45 },
      { id: 'r', codes: ['E1'], minutes: 10, ages },
    ];
    checkCases(rule, [
      {
        name: 'an activity for the younger ones, in a session for everyone and in one for its ages',
        text: manualWith({
          activities: young('{ min: 7, max: 11 }'),
          ages: '{ min: 7, max: 15 }',
          sessions: [
            { id: 's1', year: 1, activities: ['a', 'r'] },
            { id: 's2', year: 1, activities: ['a', 'r'], ages: '{ min: 10, max: 15 }' },
          ],
        }),
        findings: [],
      },
      {
        name: 'an activity’s ages reversed',
        text: manualWith({ activities: young('{ min: «11», max: 7 }'), ages: '{ min: 7, max: 15 }', sessions: [{ id: 's1', year: 1, activities: ['a', 'r'] }] }),
        findings: [{ messageId: 'activity-reversed', args: { activity: 'r', min: 11, max: 7 }, says: 'The ages of activity "r" go from 11 to 7' }],
      },
      {
        name: 'an activity older than the programme, in French, at its max',
        locale: 'fr',
        text: manualWith({ activities: young('{ min: 14, max: «18» }'), ages: '{ min: 7, max: 15 }', sessions: [{ id: 's1', year: 1, activities: ['a', 'r'] }] }),
        findings: [
          {
            messageId: 'activity-outside',
            args: { activity: 'r', programMin: 7, programMax: 15, outside: '16–18' },
            says: 'L’activité «\u00a0r\u00a0» s’adresse aux 14–18 ans, hors des âges du programme (7–15 ans)\u00a0: la couverture',
          },
        ],
      },
      {
        name: 'a session for 12–15 lists an activity for 7–11 only: at the reference in the session',
        text: manualWith({
          activities: young('{ min: 7, max: 11 }'),
          ages: '{ min: 7, max: 15 }',
          sessions: [{ id: 'c1', year: 1, activities: ['a', '«r»'], ages: '{ min: 12, max: 15 }' }],
        }),
        findings: [
          {
            messageId: 'activity-other-ages',
            args: { session: 'c1', sessionMin: 12, sessionMax: 15, activity: 'r', min: 7, max: 11 },
            says: 'Session "c1" is for ages 12–15, but activity "r" is for ages 7–11 only: none of the session’s participants is of an age for it',
          },
        ],
      },
      {
        name: 'the same in French',
        locale: 'fr',
        text: manualWith({
          activities: young('{ min: 7, max: 11 }'),
          ages: '{ min: 7, max: 15 }',
          sessions: [{ id: 'c1', year: 1, activities: ['«r»'], ages: '{ min: 12, max: 15 }' }],
        }),
        findings: [{ messageId: 'activity-other-ages', says: 'mais l’activité «\u00a0r\u00a0» s’adresse aux 7–11 ans seulement\u00a0: aucun des participants' }],
      },
      {
        name: 'an activity whose ages are reversed is for everyone: no contradiction with the session',
        text: manualWith({
          activities: young('{ min: «11», max: 7 }'),
          ages: '{ min: 7, max: 15 }',
          sessions: [{ id: 'c1', year: 1, activities: ['r'], ages: '{ min: 12, max: 15 }' }],
        }),
        findings: [{ messageId: 'activity-reversed' }],
      },
    ]);
  });
});
