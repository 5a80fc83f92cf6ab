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
});
