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
});
