import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/intensity.js';
import { manualWith, sessionsOf, type TestActivity, type TestSession } from '../manual-builder.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const workshop = { id: 'atelier', codes: ['E1.2'], minutes: 60 };
const short = { id: 'court', codes: ['E1.2'], minutes: 20 };
/** Ages whose bars are 45 min to 2 h, 10 h a year: the bars cpskit used for every age before age bands. */
const TEENS = '{ min: 12, max: 14 }';

function teens(parts: { activities: readonly TestActivity[]; sessions?: readonly TestSession[]; years?: number | string }): string {
  return manualWith({ ...parts, ages: TEENS });
}

/** The manual as an evidence-based programme. */
function evidenceBased(text: string): string {
  return text.replace('evidence: { kind: evidence-informed }', 'evidence: { kind: evidence-based-program }');
}

describe('intensity', () => {
  it('checks session length, hours a year and years, with the manual’s figures', () => {
    checkCases(rule, [
      {
        name: 'hour-long sessions, 10 a year, over 2 years',
        text: teens({ activities: [workshop], sessions: [...sessionsOf('a', 1, 'atelier', 10), ...sessionsOf('b', 2, 'atelier', 10)] }),
        findings: [],
        assess: { '1.2.4': 'met' },
      },
      {
        name: 'short sessions: one finding with the count and the range, at the first short session',
        text: teens({
          activities: [workshop, short],
          sessions: [
            { id: '«s1»', year: 1, activities: ['court'] },
            { id: 's2', year: 1, activities: ['court'], minutes: 30 },
            ...sessionsOf('a', 1, 'atelier', 10),
            ...sessionsOf('b', 2, 'atelier', 10),
          ],
        }),
        findings: [
          {
            messageId: 'short-sessions',
            says: '2 of the 22 sessions last less than 45 min (20 min–30 min); criterion 1.2.4 asks for workshops of about an hour, and 45 min is cpskit’s bar for ages 12–17',
          },
        ],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'long sessions',
        text: teens({
          activities: [workshop],
          sessions: [{ id: '«long»', year: 1, activities: ['atelier'], minutes: 180 }, ...sessionsOf('a', 1, 'atelier', 9), ...sessionsOf('b', 2, 'atelier', 10)],
        }),
        findings: [{ messageId: 'long-sessions', says: '1 of the 20 sessions lasts more than 2 h (3 h)' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'too few hours in both years: one finding, with each year’s figures',
        text: teens({
          activities: [workshop],
          sessions: [{ id: '«a1»', year: 1, activities: ['atelier'] }, ...sessionsOf('a', 1, 'atelier', 3).slice(1), ...sessionsOf('b', 2, 'atelier', 2)],
        }),
        findings: [
          {
            messageId: 'few-hours',
            says: '2 of the 2 years have less than 10 h of CPS activities, sessions and regular practices outside them (year 1: 3 sessions, 3 h; year 2: 2 sessions, 2 h)',
          },
        ],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'a year of the programme with no session is counted, and said so',
        // The finding stands at the last session when the light year has none.
        text: teens({ activities: [workshop], sessions: [...sessionsOf('a', 1, 'atelier', 9), { id: '«a10»', year: 1, activities: ['atelier'] }] }),
        findings: [{ messageId: 'few-hours', says: '1 of the 2 years has less than 10 h of CPS activities, sessions and regular practices outside them (year 2: no session)' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'a one-year programme, in French',
        locale: 'fr',
        text: teens({ activities: [workshop], sessions: sessionsOf('a', 1, 'atelier', 10), years: '«1»' }),
        findings: [{ messageId: 'few-years', says: 'Le programme dure 1 an' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'no durations anywhere',
        text: teens({ activities: [{ id: 'x', codes: ['E1'] }], sessions: [{ id: '«s1»', year: 1, activities: ['x'] }] }),
        findings: [{ messageId: 'no-durations' }],
        assess: { '1.2.4': 'missing' },
      },
    ]);
  });

  it('measures sessions against the bars of the programme’s youngest age', () => {
    checkCases(rule, [
      {
        name: 'early childhood (3–5): 20-minute units are workshops',
        text: manualWith({ ages: '{ min: 4, max: 6 }', activities: [short], sessions: [...sessionsOf('a', 1, 'court', 30), ...sessionsOf('b', 2, 'court', 30)] }),
        findings: [],
        assess: { '1.2.4': 'met' },
      },
      {
        name: 'early childhood: an hour is too long, in French',
        locale: 'fr',
        text: manualWith({
          ages: '{ min: 3, max: 5 }',
          activities: [workshop],
          sessions: [{ id: '«a1»', year: 1, activities: ['atelier'] }, ...sessionsOf('a', 1, 'atelier', 10).slice(1), ...sessionsOf('b', 2, 'atelier', 10)],
        }),
        findings: [
          {
            messageId: 'long-sessions',
            says: '20 séances sur 20 durent plus de 45 min (1 h)\u00a0; le critère 1.2.4 demande des ateliers d’environ une heure, et 45 min est le seuil de cpskit pour les 3–5 ans',
          },
        ],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'childhood (6–11): 30 minutes is enough, 20 is short',
        text: manualWith({
          ages: '{ min: 8, max: 11 }',
          activities: [short, { id: 'demi', codes: ['E1.2'], minutes: 30 }],
          sessions: [{ id: '«a1»', year: 1, activities: ['court'] }, ...sessionsOf('a', 1, 'demi', 20), ...sessionsOf('b', 2, 'demi', 20)],
        }),
        findings: [{ messageId: 'short-sessions', args: { min: '30 min', ages: 'ages 6–11', count: 1, total: 41 } }],
      },
      {
        name: 'one session only, too long for 5-year-olds',
        options: { minHoursPerYear: 1, minYears: 1 },
        text: manualWith({
          ages: '{ min: 5, max: 6 }',
          years: 1,
          activities: [{ id: 'long', codes: ['E1.2'], minutes: 90 }],
          sessions: [{ id: '«l1»', year: 1, activities: ['long'] }],
        }),
        findings: [
          {
            messageId: 'long-session-one',
            says: 'The session lasts 1 h 30, more than 45 min; criterion 1.2.4 asks for workshops of about an hour, and 45 min is cpskit’s bar for ages 3–5',
          },
        ],
      },
      {
        name: 'young adults (18–25): 45 minutes, as for teenagers',
        text: manualWith({ ages: '{ min: 18, max: 25 }', activities: [{ id: 'demi', codes: ['E1.2'], minutes: 30 }], sessions: [{ id: '««a1»»', year: 1, activities: ['demi'] }] }),
        findings: [{ messageId: 'short-session-one', args: { min: '45 min', ages: 'ages 18–25' } }, { messageId: 'few-hours' }],
      },
    ]);
  });

  it('takes the flat options for every band, and a band’s own options over them', () => {
    const little = manualWith({
      ages: '{ min: 4, max: 6 }',
      activities: [{ id: 'mini', codes: ['E1.2'], minutes: 10 }],
      sessions: [{ id: '«a1»', year: 1, activities: ['mini'] }, ...sessionsOf('a', 1, 'mini', 80).slice(1), ...sessionsOf('b', 2, 'mini', 80)],
    });
    checkCases(rule, [
      { name: '10-minute units are short for 4-year-olds by default', text: little, findings: [{ messageId: 'short-sessions', args: { min: '15 min' } }] },
      { name: 'a band of its own', options: { bands: { 'early-childhood': { minSessionMinutes: 10 } } }, text: little, findings: [] },
      { name: 'the flat option, for every band', options: { minSessionMinutes: 10 }, text: little, findings: [] },
      {
        name: 'the band wins over the flat option',
        options: { minSessionMinutes: 5, bands: { 'early-childhood': { minSessionMinutes: 12 } } },
        text: little,
        findings: [{ messageId: 'short-sessions', args: { min: '12 min' } }],
      },
      {
        name: 'options move every bar: 20-minute units for 4-year-olds, 1 h a year, one year',
        options: { minSessionMinutes: 20, minHoursPerYear: 1, minYears: 1 },
        text: manualWith({ activities: [short], sessions: sessionsOf('s', 1, 'court', 5), years: 1 }),
        findings: [],
        assess: { '1.2.4': 'met' },
      },
    ]);
  });

  it('adds the rituals and informal practices that live outside sessions to each year’s hours', () => {
    checkCases(rule, [
      {
        name: 'a daily 10-minute ritual makes up a light year of sessions',
        text: teens({
          activities: [workshop, { id: 'meteo', kind: 'ritual', codes: ['E1.2'], minutes: 10, frequency: 'daily' }],
          sessions: [...sessionsOf('a', 1, 'atelier', 3), ...sessionsOf('b', 2, 'atelier', 3)],
        }),
        findings: [],
        assess: { '1.2.4': 'met' },
      },
      {
        name: 'a year with practices only is counted with its practices, in French',
        locale: 'fr',
        text: teens({
          activities: [workshop, { id: 'meteo', kind: 'ritual', codes: ['E1.2'], minutes: 5, frequency: 'weekly' }],
          sessions: [...sessionsOf('a', 1, 'atelier', 9), { id: '«a10»', year: 1, activities: ['atelier'] }],
        }),
        findings: [{ messageId: 'few-hours', says: '(année 2\u00a0: aucune séance, 3 h de pratiques)' }],
      },
      {
        name: 'a light year with sessions and practices gives both',
        text: teens({
          years: 1,
          activities: [workshop, { id: 'meteo', kind: 'informal', codes: ['E1.2'], minutes: 5, frequency: 'monthly' }],
          sessions: [{ id: '«a1»', year: 1, activities: ['atelier'] }, ...sessionsOf('a', 1, 'atelier', 3).slice(1)],
        }),
        options: { minYears: 1 },
        findings: [{ messageId: 'few-hours-one', says: '(year 1: 3 sessions, 3 h + 45 min of practices)' }],
      },
      {
        name: 'an occasional practice cannot be added up',
        text: teens({
          activities: [workshop, { id: 'conseil', kind: 'informal', codes: ['S2.2'], minutes: 30, frequency: 'occasional' }],
          sessions: [{ id: '«a1»', year: 1, activities: ['atelier'] }, ...sessionsOf('b', 2, 'atelier', 10)],
        }),
        findings: [{ messageId: 'few-hours', says: '(year 1: 1 session, 1 h)' }],
      },
    ]);
  });

  it('leaves evidence-based programmes to validated-dose: no finding, no status', () => {
    const text = evidenceBased(manualWith({ ages: TEENS, activities: [short], sessions: sessionsOf('a', 1, 'court', 2), years: 1 }));
    expect(runRuleFully(rule, text)).toEqual({ findings: [], assessments: [] });
  });

  it('gives its figures as evidence', () => {
    const text = teens({ activities: [workshop], sessions: [...sessionsOf('a', 1, 'atelier', 10), ...sessionsOf('b', 2, 'atelier', 12)] });
    expect(runRuleFully(rule, text).assessments[0]?.evidence).toBe('sessions 1 h; year 1: 10 h; year 2: 12 h; 2 years');
    expect(runRuleFully(rule, text, 'fr').assessments[0]?.evidence).toBe('séances 1 h\u00a0; année 1\u00a0: 10 h\u00a0; année 2\u00a0: 12 h\u00a0; 2 ans');
    const withRitual = teens({
      activities: [workshop, { id: 'meteo', kind: 'ritual', codes: ['E1.2'], minutes: 10, frequency: 'weekly' }],
      sessions: [...sessionsOf('a', 1, 'atelier', 10), ...sessionsOf('b', 2, 'atelier', 12)],
    });
    expect(runRuleFully(rule, withRitual).assessments[0]?.evidence).toBe('sessions 1 h; year 1: 16 h incl. 6 h of practices; year 2: 18 h incl. 6 h of practices; 2 years');
  });

  describe('per age group, when sessions give their ages', () => {
    const CHILDREN = '{ min: 7, max: 11 }';
    const YOUNG_TEENS = '{ min: 12, max: 15 }';
    const forAges = (ages: string, sessions: readonly TestSession[]): TestSession[] => sessions.map((session) => ({ ...session, ages }));
    const bands = (sessions: readonly TestSession[], activities: readonly TestActivity[] = [workshop]) => manualWith({ ages: '{ min: 7, max: 15 }', activities, sessions });
    const enough = (prefix: string, ages: string) => forAges(ages, [...sessionsOf(`${prefix}a`, 1, 'atelier', 10), ...sessionsOf(`${prefix}b`, 2, 'atelier', 10)]);

    it('reads each group by its band', () => {
      checkCases(rule, [
        {
          name: 'each band has its hour-long sessions, 10 h a year',
          text: bands([...enough('e', CHILDREN), ...enough('c', YOUNG_TEENS)]),
          findings: [],
          assess: { '1.2.4': 'met' },
        },
        {
          name: '40-minute sessions suit 7–11 (bar 30 min), not 12–15 (bar 45 min)',
          text: bands([
            ...enough('e', CHILDREN),
            ...enough('c', YOUNG_TEENS),
            { id: 'e-court', year: 1, activities: ['atelier'], minutes: 40, ages: CHILDREN },
            { id: '«c-court»', year: 1, activities: ['atelier'], minutes: 40, ages: YOUNG_TEENS },
          ]),
          findings: [
            {
              messageId: 'short-sessions-group',
              args: { group: 'ages 12–15', count: 1, total: 21 },
              says: '1 of the 21 sessions for ages 12–15 lasts less than 45 min (40 min); criterion 1.2.4 asks for workshops of about an hour, and 45 min is cpskit’s bar for ages 12–17',
            },
          ],
          assess: { '1.2.4': 'partly-met' },
        },
        {
          name: 'a session for every age is judged by each group’s bars',
          locale: 'fr',
          text: bands([...enough('e', CHILDREN), ...enough('c', YOUNG_TEENS), { id: '«tous»', year: 1, activities: ['atelier'], minutes: 40 }]),
          findings: [{ messageId: 'short-sessions-group', says: '1 séance sur 21 pour les 12–15 ans dure moins de 45 min (40 min)\u00a0; le critère 1.2.4' }],
        },
        {
          name: 'a long session for the youngest',
          text: manualWith({
            ages: '{ min: 4, max: 8 }',
            activities: [workshop],
            sessions: [
              ...forAges('{ min: 4, max: 5 }', [...sessionsOf('p', 1, 'atelier', 14), ...sessionsOf('q', 2, 'atelier', 14)]),
              { id: '«p-long»', year: 1, activities: ['atelier'], minutes: 60, ages: '{ min: 4, max: 5 }' },
              ...enough('e', '{ min: 6, max: 8 }'),
            ],
          }).replace(/(  - id: [pq]\d+\n    year: \d\n    activities: \[atelier\])/g, '$1\n    duration: 45'),
          findings: [{ messageId: 'long-sessions-group', args: { group: 'ages 4–5', max: '45 min' }, says: '1 of the 29 sessions for ages 4–5 lasts more than 45 min (1 h)' }],
        },
        {
          name: 'one group with too few hours in a year: named, with that year’s figures',
          text: bands([
            ...enough('e', CHILDREN),
            ...forAges(YOUNG_TEENS, [{ id: '«c1»', year: 1, activities: ['atelier'] }, ...sessionsOf('c', 1, 'atelier', 3).slice(1), ...sessionsOf('d', 2, 'atelier', 10)]),
          ]),
          findings: [
            {
              messageId: 'few-hours-group',
              args: { group: 'ages 12–15', count: 1, total: 2 },
              says: 'For ages 12–15, 1 of the 2 years has less than 10 h of CPS activities, sessions and regular practices outside them (year 1: 3 sessions, 3 h)',
            },
          ],
          assess: { '1.2.4': 'partly-met' },
        },
        {
          name: 'ages no session is for receive only the practices: at the sessions key, in French',
          locale: 'fr',
          text: bands(enough('e', CHILDREN)).replace('sessions:', '«sessions»:'),
          findings: [
            {
              messageId: 'few-hours-group',
              says: 'Pour les 12–15 ans, 2 années sur 2 comptent moins de 10 h d’activités CPS, séances et pratiques régulières hors séances (année 1\u00a0: aucune séance\u00a0; année 2\u00a0: aucune séance)',
            },
          ],
        },
      ]);
    });

    it('gives each group’s figures as evidence', () => {
      const text = bands([...enough('e', CHILDREN), ...forAges(YOUNG_TEENS, sessionsOf('c', 1, 'atelier', 12))]);
      expect(runRuleFully(rule, text).assessments[0]?.evidence).toBe('ages 7–11: sessions 1 h, year 1: 10 h, year 2: 10 h; ages 12–15: sessions 1 h, year 1: 12 h; 2 years');
    });

    it('keeps a manual whose sessions all have the programme’s ages as it was', () => {
      const plain = teens({ activities: [workshop, short], sessions: [{ id: 's1', year: 1, activities: ['court'] }, ...sessionsOf('b', 2, 'atelier', 3)] });
      const declared = plain.replace(/(    activities: \[\w+\])/g, `$1\n    ages: ${TEENS}`);
      expect(declared).not.toBe(plain);
      const read = (text: string) => {
        const { findings, assessments } = runRuleFully(rule, text);
        return { messages: findings.map((finding) => finding.message), assessments };
      };
      expect(read(declared).messages).toHaveLength(2);
      expect(read(declared)).toEqual(read(plain));
    });
  });
});
