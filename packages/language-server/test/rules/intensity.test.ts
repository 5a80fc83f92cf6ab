import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/intensity.js';
import { manualWith, sessionsOf } from '../manual-builder.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const workshop = { id: 'atelier', codes: ['E1.2'], minutes: 60 };
const short = { id: 'court', codes: ['E1.2'], minutes: 20 };

describe('intensity', () => {
  it('checks session length, hours a year and years, with the manual’s figures', () => {
    checkCases(rule, [
      {
        name: 'hour-long sessions, 10 a year, over 2 years',
        text: manualWith({ activities: [workshop], sessions: [...sessionsOf('a', 1, 'atelier', 10), ...sessionsOf('b', 2, 'atelier', 10)] }),
        findings: [],
        assess: { '1.2.4': 'met' },
      },
      {
        name: 'short sessions: one finding with the count and the range, at the first short session',
        text: manualWith({
          activities: [workshop, short],
          sessions: [
            { id: '«s1»', year: 1, activities: ['court'] },
            { id: 's2', year: 1, activities: ['court'], minutes: 30 },
            ...sessionsOf('a', 1, 'atelier', 10),
            ...sessionsOf('b', 2, 'atelier', 10),
          ],
        }),
        findings: [{ messageId: 'short-sessions', says: '2 of the 22 sessions last less than 45 min (20 min–30 min)' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'long sessions',
        text: manualWith({
          activities: [workshop],
          sessions: [{ id: '«long»', year: 1, activities: ['atelier'], minutes: 180 }, ...sessionsOf('a', 1, 'atelier', 9), ...sessionsOf('b', 2, 'atelier', 10)],
        }),
        findings: [{ messageId: 'long-sessions', says: '1 of the 20 sessions lasts more than 2 h (3 h)' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'too few hours in both years: one finding, with each year’s figures',
        text: manualWith({
          activities: [workshop],
          sessions: [{ id: '«a1»', year: 1, activities: ['atelier'] }, ...sessionsOf('a', 1, 'atelier', 3).slice(1), ...sessionsOf('b', 2, 'atelier', 2)],
        }),
        findings: [{ messageId: 'few-hours', says: '2 of the 2 years have less than 10 h of sessions (year 1: 3 sessions, 3 h; year 2: 2 sessions, 2 h)' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'a one-year programme, in French',
        locale: 'fr',
        text: manualWith({ activities: [workshop], sessions: sessionsOf('a', 1, 'atelier', 10), years: '«1»' }),
        findings: [{ messageId: 'few-years', says: 'Le programme dure 1 an' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'no durations anywhere',
        text: manualWith({ activities: [{ id: 'x', codes: ['E1'] }], sessions: [{ id: '«s1»', year: 1, activities: ['x'] }] }),
        findings: [{ messageId: 'no-durations' }],
        assess: { '1.2.4': 'missing' },
      },
      {
        name: 'the one session is short: said of that session',
        options: { minYears: 1, minHoursPerYear: 0 },
        text: manualWith({ activities: [short], sessions: [{ id: '«s1»', year: 1, activities: ['court'] }], years: 1 }),
        findings: [{ messageId: 'short-session-one', says: 'The session lasts 20 min, less than 45 min' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'the one session is long: said of that session',
        options: { minYears: 1, minHoursPerYear: 1 },
        text: manualWith({ activities: [workshop], sessions: [{ id: '«s1»', year: 1, activities: ['atelier'], minutes: 180 }], years: 1 }),
        findings: [{ messageId: 'long-session-one', says: 'The session lasts 3 h, more than 2 h' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'a one-year programme short of hours: said of the year',
        options: { minYears: 1 },
        text: manualWith({ activities: [workshop], sessions: [{ id: '«a1»', year: 1, activities: ['atelier'] }, ...sessionsOf('a', 1, 'atelier', 3).slice(1)], years: 1 }),
        findings: [{ messageId: 'few-hours-one', says: 'The sessions add up to less than 10 h in the year (year 1: 3 sessions, 3 h)' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'options move the bars: 20-minute units suit 4-year-olds',
        options: { minSessionMinutes: 20, minHoursPerYear: 1, minYears: 1 },
        text: manualWith({ activities: [short], sessions: sessionsOf('s', 1, 'court', 5), years: 1 }),
        findings: [],
        assess: { '1.2.4': 'met' },
      },
    ]);
  });

  it('gives its figures as evidence', () => {
    const text = manualWith({ activities: [workshop], sessions: [...sessionsOf('a', 1, 'atelier', 10), ...sessionsOf('b', 2, 'atelier', 12)] });
    expect(runRuleFully(rule, text).assessments[0]?.evidence).toBe('sessions 1 h; year 1: 10 h; year 2: 12 h; 2 years');
    expect(runRuleFully(rule, text, 'fr').assessments[0]?.evidence).toBe('séances 1 h ; année 1 : 10 h ; année 2 : 12 h ; 2 ans');
  });
});
