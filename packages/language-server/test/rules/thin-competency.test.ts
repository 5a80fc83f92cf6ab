import { describe, it } from 'vitest';
import rule from '../../src/service/rules/thin-competency.js';
import { manualWith, sessionsOf } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

const emotions = { id: 'emotions', codes: ['E1.2'], minutes: 60 };

describe('thin-competency', () => {
  it('flags a general competency named only in passing in a multi-year programme', () => {
    checkCases(rule, [
      {
        name: 'worked in several sessions',
        text: manualWith({
          activities: [emotions, { id: 'conflits', codes: ['S2.2'], minutes: 60 }],
          sessions: [...sessionsOf('a', 1, 'emotions', 4), ...sessionsOf('b', 2, 'conflits', 2)],
        }),
        findings: [],
      },
      {
        name: 'one 15-minute activity for S2 over 3 years',
        text: manualWith({
          years: 3,
          activities: [emotions, { id: 'conflits', codes: ['«S2.2»'], minutes: 15 }],
          sessions: [...sessionsOf('a', 1, 'emotions', 4), { id: 'b1', year: 2, activities: ['conflits'] }],
        }),
        findings: [{ messageId: 'thin', says: 'S2 (Resolve relationship difficulties) is worked only in passing: 1 time in the sessions, 15 min in all, in a 3-year programme' }],
      },
      {
        name: 'in French',
        locale: 'fr',
        text: manualWith({
          activities: [emotions, { id: 'conflits', codes: ['«S2»'], minutes: 10 }],
          sessions: [...sessionsOf('a', 1, 'emotions', 4), { id: 'b1', year: 2, activities: ['conflits'] }],
        }),
        findings: [{ messageId: 'thin', says: 'n’est travaillée qu’en passant' }],
      },
      {
        name: 'a one-year programme is not checked',
        text: manualWith({ years: 1, activities: [emotions, { id: 'conflits', codes: ['S2.2'], minutes: 15 }], sessions: [{ id: 'a', year: 1, activities: ['conflits'] }] }),
        findings: [],
      },
      {
        name: 'a workshop no session schedules is not "in passing": structured-sequence reports it',
        text: manualWith({ activities: [emotions, { id: 'conflits', codes: ['S2.2'], minutes: 60 }], sessions: [...sessionsOf('a', 1, 'emotions', 4)] }),
        findings: [],
      },
      {
        name: 'an occasional informal practice does not come back: the workshop is still thin',
        text: manualWith({
          activities: [emotions, { id: 'conflits', codes: ['«S2.2»'], minutes: 15 }, { id: 'conseil', kind: 'informal', codes: ['S2.1'], minutes: 30, frequency: 'occasional' }],
          sessions: [...sessionsOf('a', 1, 'emotions', 4), { id: 'b1', year: 2, activities: ['conflits'] }],
        }),
        findings: [{ messageId: 'thin', says: '1 time in the sessions, 15 min in all' }],
      },
      {
        name: 'a daily ritual is not in passing',
        text: manualWith({ activities: [emotions, { id: 'meteo', kind: 'ritual', codes: ['S1.1'], minutes: 5, frequency: 'daily' }], sessions: sessionsOf('a', 1, 'emotions', 4) }),
        findings: [],
      },
    ]);
  });

  it('reads each age group: what a participant receives only in passing is said for their group', () => {
    const banded = (conflits: string, extra: { id: string; kind?: string; codes?: string[]; minutes?: number; frequency?: string; ages?: string }[] = []) =>
      manualWith({
        ages: '{ min: 7, max: 15 }',
        activities: [emotions, { id: 'conflits', codes: [conflits], minutes: 45 }, ...extra],
        sessions: [
          { id: 'e1', year: 1, activities: ['emotions', 'conflits'], ages: '{ min: 7, max: 11 }' },
          { id: 'e2', year: 1, activities: ['emotions', 'conflits'], ages: '{ min: 7, max: 11 }' },
          { id: 'e3', year: 2, activities: ['emotions'], ages: '{ min: 7, max: 11 }' },
          { id: 'c1', year: 1, activities: ['emotions', 'conflits'], ages: '{ min: 12, max: 15 }' },
          { id: 'c2', year: 2, activities: ['emotions'], ages: '{ min: 12, max: 15 }' },
        ],
      });
    checkCases(rule, [
      {
        name: 'S2 three times in all, but once for the 12–15: for that group only, naming it',
        text: banded('«S2.2»'),
        findings: [
          {
            messageId: 'thin-group',
            args: { group: 'ages 12–15', code: 'S2', occurrences: 1 },
            says: 'For ages 12–15, S2 (Resolve relationship difficulties) is worked only in passing: 1 time in their sessions, 45 min in all, in a 2-year programme',
          },
        ],
      },
      {
        name: 'in French',
        locale: 'fr',
        text: banded('«S2.2»'),
        findings: [
          { messageId: 'thin-group', says: 'Pour les 12–15 ans, S2 (Résoudre des difficultés relationnelles) n’est travaillée qu’en passant\u00a0: 1 fois dans leurs séances' },
        ],
      },
      {
        name: 'a daily ritual for the 7–11 only: the 12–15 still meet S2 in passing',
        text: manualWith({
          ages: '{ min: 7, max: 15 }',
          activities: [
            emotions,
            { id: 'conflits', codes: ['«S2.2»'], minutes: 45 },
            { id: 'message-clair', kind: 'ritual', codes: ['S2.1'], minutes: 5, frequency: 'daily', ages: '{ min: 7, max: 11 }' },
          ],
          sessions: [...sessionsOf('a', 1, 'emotions', 2), { id: 'b1', year: 2, activities: ['emotions', 'conflits'] }],
        }),
        findings: [{ messageId: 'thin-group', args: { group: 'ages 12–15' } }],
      },
      {
        name: 'the same ritual for everyone: S2 comes back for every group',
        text: manualWith({
          ages: '{ min: 7, max: 15 }',
          activities: [emotions, { id: 'conflits', codes: ['S2.2'], minutes: 45 }, { id: 'message-clair', kind: 'ritual', codes: ['S2.1'], minutes: 5, frequency: 'daily' }],
          sessions: [...sessionsOf('a', 1, 'emotions', 2), { id: 'b1', year: 2, activities: ['emotions', 'conflits'] }],
        }),
        findings: [],
      },
      {
        name: 'thin for everyone: said once, for the whole programme',
        text: manualWith({
          ages: '{ min: 7, max: 15 }',
          activities: [emotions, { id: 'conflits', codes: ['«S2.2»'], minutes: 15 }],
          sessions: [
            ...sessionsOf('e', 1, 'emotions', 2).map((session) => ({ ...session, ages: '{ min: 7, max: 11 }' })),
            ...sessionsOf('c', 1, 'emotions', 2).map((session) => ({ ...session, ages: '{ min: 12, max: 15 }' })),
            { id: 'b1', year: 2, activities: ['conflits'] },
          ],
        }),
        findings: [{ messageId: 'thin' }],
      },
      {
        name: 'an evidence-based programme’s split by age is its design: no group is read',
        text: banded('S2.2').replace('evidence: { kind: evidence-informed }', 'evidence: { kind: evidence-based-program }'),
        findings: [],
      },
    ]);
  });
});
