import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/phase-order.js';
import { manualWith } from '../manual-builder.js';
import { checkCases, runRule } from '../rule-tester.js';

const activities = [
  { id: 'nommer', codes: ['E1.2'], minutes: 50 },
  { id: 'reguler', codes: ['E2.2b'], minutes: 50 },
  { id: 'ecoute', codes: ['S1.2'], minutes: 50 },
  { id: 'conflits', codes: ['S2.2'], minutes: 50 },
];

describe('phase-order', () => {
  it('wants each phase-1 competency before the phase-2 one of its family', () => {
    checkCases(rule, [
      {
        name: 'E1 then E2, S1 then S2',
        text: manualWith({
          activities,
          sessions: [
            { id: 's1', year: 1, activities: ['nommer', 'ecoute'] },
            { id: 's2', year: 1, activities: ['reguler', 'conflits'] },
          ],
        }),
        findings: [],
      },
      {
        name: 'both phases in one session, phase 1 first',
        text: manualWith({ activities, sessions: [{ id: 's1', year: 1, activities: ['nommer', 'reguler'] }] }),
        findings: [],
      },
      {
        name: 'E2 in session 1, E1 only in session 5: one finding at session 1 naming both',
        text: manualWith({
          activities,
          sessions: [
            { id: 's1', year: 1, activities: ['«reguler»'] },
            { id: 's2', year: 1, activities: ['ecoute'] },
            { id: 's3', year: 1, activities: ['reguler'] },
            { id: 's4', year: 1, activities: ['conflits'] },
            { id: 's5', year: 1, activities: ['nommer'] },
          ],
        }),
        findings: [{ messageId: 'before-foundation', args: { session: 's1', later: 'E2', earlier: 'E1', earlierSession: 's5' } }],
      },
      {
        name: 'S2 with no S1 anywhere, in French',
        locale: 'fr',
        text: manualWith({ activities, sessions: [{ id: 's1', year: 1, activities: ['nommer', '«conflits»'] }] }),
        findings: [{ messageId: 'no-foundation', says: 'aucune séance ni pratique régulière ne travaille S1 (Développer des relations constructives)' }],
      },
    ]);
  });

  it('counts a regular practice outside sessions as worked from the start', () => {
    const meteo = (frequency: string) => ({ id: 'meteo', kind: 'ritual', codes: ['E1.2'], minutes: 10, frequency });
    checkCases(rule, [
      {
        name: 'ritual before: a daily E1.2 ritual, then an E2 workshop in session 1',
        text: manualWith({
          activities: [...activities, meteo('daily')],
          sessions: [
            { id: 's1', year: 1, activities: ['reguler'] },
            { id: 's2', year: 1, activities: ['nommer'] },
          ],
        }),
        findings: [],
      },
      {
        name: 'ritual only foundation: no session works E1, an informal practice does every week',
        text: manualWith({
          activities: [...activities, { id: 'prenom', kind: 'informal', codes: ['E1.1'], frequency: 'weekly' }],
          sessions: [{ id: 's1', year: 1, activities: ['reguler'] }],
        }),
        findings: [],
      },
      {
        name: 'ritual listed late in sessions: it counts at its first session',
        text: manualWith({
          activities: [...activities, meteo('daily')],
          sessions: [
            { id: 's1', year: 1, activities: ['«reguler»'] },
            { id: 's2', year: 1, activities: ['meteo', 'ecoute'] },
          ],
        }),
        findings: [{ messageId: 'before-foundation', args: { earlierSession: 's2' } }],
      },
      {
        name: 'an occasional practice does not come back from the start',
        text: manualWith({
          activities: [...activities, meteo('occasional')],
          sessions: [{ id: 's1', year: 1, activities: ['«reguler»'] }],
        }),
        findings: [{ messageId: 'no-foundation', says: 'but no session or regular practice works E1 (Strengthen awareness of emotions)' }],
      },
    ]);
  });

  it('points at the first phase-1 session as the related place and cites the foundation', () => {
    const text = manualWith({
      activities,
      sessions: [
        { id: 's1', year: 1, activities: ['reguler'] },
        { id: 's2', year: 1, activities: ['nommer'] },
      ],
    });
    const [finding] = runRule(rule, text);
    expect(finding?.cites).toEqual({ kind: 'competency', id: 'E1' });
    expect(finding?.related?.[0]?.message).toBe('E1 is first worked here');
    expect(finding?.related?.[0]?.range.start.line).toBe(text.split('\n').findIndex((line) => line.includes('activities: [nommer]')));
  });

  it('reads each age group’s own sequence when sessions give their ages', () => {
    const CHILDREN = '{ min: 5, max: 6 }';
    const OLDER = '{ min: 7, max: 8 }';
    checkCases(rule, [
      {
        name: 'each group has E1 before E2 in its own sessions',
        text: manualWith({
          activities,
          sessions: [
            { id: 'p1', year: 1, activities: ['nommer'], ages: CHILDREN },
            { id: 'p2', year: 1, activities: ['reguler'], ages: CHILDREN },
            { id: 'g1', year: 1, activities: ['nommer'], ages: OLDER },
            { id: 'g2', year: 1, activities: ['reguler'], ages: OLDER },
          ],
        }),
        findings: [],
      },
      {
        name: 'E1 comes first in the file, but only for the youngest: the older group regulates before it names',
        text: manualWith({
          activities,
          sessions: [
            { id: 'p1', year: 1, activities: ['nommer'], ages: CHILDREN },
            { id: 'g1', year: 1, activities: ['«reguler»'], ages: OLDER },
            { id: 'g2', year: 1, activities: ['nommer'], ages: OLDER },
          ],
        }),
        findings: [{ messageId: 'before-foundation-group', args: { group: 'ages 7–8', session: 'g1', earlierSession: 'g2' }, says: 'For ages 7–8, session "g1" works E2' }],
      },
      {
        name: 'the older group never names its emotions, in French',
        locale: 'fr',
        text: manualWith({
          activities,
          sessions: [
            { id: 'p1', year: 1, activities: ['nommer'], ages: CHILDREN },
            { id: 'g1', year: 1, activities: ['«reguler»'], ages: OLDER },
          ],
        }),
        findings: [{ messageId: 'no-foundation-group', args: { group: '7–8 ans' }, says: 'Pour les 7–8 ans, la séance «\u00a0g1\u00a0» travaille E2' }],
      },
      {
        name: 'a session for every age out of order is reported once, for the first group',
        text: manualWith({
          activities,
          sessions: [
            { id: 'tous', year: 1, activities: ['«reguler»'] },
            { id: 'p1', year: 1, activities: ['nommer'], ages: CHILDREN },
            { id: 'g1', year: 1, activities: ['nommer'], ages: OLDER },
          ],
        }),
        findings: [{ messageId: 'before-foundation-group', args: { group: 'ages 5–6', earlierSession: 'p1' } }],
      },
    ]);
  });
});
