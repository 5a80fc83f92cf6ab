import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/validated-dose.js';
import { manualWith, sessionsOf, type TestActivity, type TestSession } from '../manual-builder.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

const hour = { id: 'atelier', codes: ['E1.2'], minutes: 60 };

/**
 * A manual for 12-14-year-olds implementing an evidence-based programme; `dose` is the
 * flow map written after `validated_dose:` (none: the key is left out).
 */
function ebp(parts: { activities: readonly TestActivity[]; sessions?: readonly TestSession[]; years?: number | string }, dose?: string): string {
  const evidence = ['  evidence:', '    kind: «evidence-based-program»', ...(dose ? [`    validated_dose: ${dose}`] : [])].join('\n');
  return manualWith({ ...parts, ages: '{ min: 12, max: 14 }' }).replace('  evidence: { kind: evidence-informed }', evidence);
}

/** The same, with the marker on the evidence kind removed: findings elsewhere. */
function ebpAt(parts: Parameters<typeof ebp>[0], dose: string): string {
  return ebp(parts, dose).replace('«evidence-based-program»', 'evidence-based-program');
}

/** Marks the manual's `sessions` key. */
function markSessions(text: string): string {
  return text.replace('\nsessions:\n', '\n«sessions»:\n');
}

const unplugged = '{ sessions: 12, session_duration: 1h, years: 1 }';

describe('validated-dose', () => {
  it('compares an evidence-based programme with the dose it was validated with', () => {
    checkCases(rule, [
      {
        name: 'implemented as validated: 12 sessions of an hour over a year',
        text: ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 12), years: 1 }, unplugged),
        findings: [],
        assess: { '1.2.4': 'met' },
      },
      {
        name: 'fewer sessions than validated, at the manual’s sessions',
        text: markSessions(ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 8), years: 1 }, unplugged)),
        findings: [
          {
            messageId: 'fewer-sessions',
            says: 'The manual plans 8 sessions, fewer than the 12 the programme was validated with; criterion 1.2.4 asks for intensive, long-lasting activities, and an evidence-based programme is effective at the dose it was validated with. Implement it as validated',
          },
        ],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'fewer sessions in some years than validated a year, a year without any too',
        text: ebpAt(
          {
            activities: [hour],
            sessions: [...sessionsOf('a', 1, 'atelier', 3), { id: '«b1»', year: 2, activities: ['atelier'] }],
            years: 3,
          },
          '{ sessions_per_year: { min: 2, max: 4 }, years: 3 }',
        ),
        findings: [
          {
            messageId: 'fewer-sessions-in-year',
            says: '2 of the 3 years have fewer sessions than the 2–4 a year the programme was validated with (year 2: 1 session; year 3: 0 sessions)',
          },
        ],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'sessions shorter than validated beyond the tolerance; 55 minutes is within 10 % of an hour',
        text: ebpAt(
          {
            activities: [hour],
            sessions: [
              { id: '«s1»', year: 1, activities: ['atelier'], minutes: 40 },
              { id: 's2', year: 1, activities: ['atelier'], minutes: 50 },
              ...sessionsOf('t', 1, 'atelier', 10).map((session) => ({ ...session, minutes: 55 })),
            ],
            years: 1,
          },
          unplugged,
        ),
        findings: [
          {
            messageId: 'shorter-sessions',
            says: '2 of the 12 sessions last 40 min–50 min, shorter than the length the programme was validated with (1 h, beyond a 10% tolerance)',
          },
        ],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'sessions longer than a validated range',
        text: ebpAt(
          { activities: [{ id: 'unite', codes: ['E1.2'], minutes: 45 }], sessions: [{ id: '«u1»', year: 1, activities: ['unite'] }, ...sessionsOf('u', 2, 'unite', 11)], years: 2 },
          '{ session_duration: { min: 20min, max: 30min } }',
        ),
        findings: [{ messageId: 'longer-sessions', says: '12 of the 12 sessions last 45 min, longer than the length the programme was validated with (20 min–30 min' }],
      },
      {
        name: 'no tolerance: 55 minutes is shorter than an hour',
        options: { tolerance: 0 },
        text: ebpAt(
          {
            activities: [{ id: 'atelier', codes: ['E1.2'], minutes: 55 }],
            sessions: [{ id: '«s1»', year: 1, activities: ['atelier'] }, ...sessionsOf('s', 1, 'atelier', 12).slice(1)],
            years: 1,
          },
          unplugged,
        ),
        findings: [{ messageId: 'shorter-sessions', args: { tolerance: '0%', count: 12 } }],
      },
      {
        name: 'fewer years than validated, at the manual’s years, in French',
        locale: 'fr',
        text: ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 12), years: '«1»' }, '{ sessions_per_year: 6, years: 2 }'),
        findings: [{ messageId: 'fewer-years', says: 'Le programme dure 1 an, moins que les 2 ans avec lesquels il a été validé\u00a0; le critère 1.2.4' }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'no duration to compare with the validated length',
        text: ebpAt(
          { activities: [{ id: 'x', codes: ['E1.2'] }], sessions: [{ id: '«s1»', year: 1, activities: ['x'] }, ...sessionsOf('s', 1, 'x', 12).slice(1)], years: 1 },
          unplugged,
        ),
        findings: [{ messageId: 'no-durations', args: { validated: '1 h' } }],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'an adaptation is declared: the message quotes it and asks to check it with the owner',
        text: markSessions(
          ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 8), years: 1 }, '{ sessions: 12, adaptation: "8 séances au lieu de 12, faute de temps" }'),
        ),
        findings: [
          {
            messageId: 'fewer-sessions',
            says: 'An adaptation is declared ("8 séances au lieu de 12, faute de temps"): check with the programme’s owner that it keeps the programme’s core.',
          },
        ],
        assess: { '1.2.4': 'partly-met' },
      },
      {
        name: 'an adaptation, in French',
        locale: 'fr',
        text: markSessions(ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 8), years: 1 }, '{ sessions: 12, adaptation: Huit séances }')),
        findings: [
          { messageId: 'fewer-sessions', says: 'Une adaptation est déclarée («\u00a0Huit séances\u00a0»)\u00a0: vérifiez avec le porteur du programme qu’elle en garde le cœur.' },
        ],
      },
    ]);
  });

  it('asks for the validated dose when the manual does not state it, and takes the author’s word', () => {
    checkCases(rule, [
      {
        name: 'no validated_dose: one piece of advice at the kind, 1.2.4 declared',
        text: ebp({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 2), years: 1 }),
        findings: [{ messageId: 'no-dose', says: 'state it in "program.evidence.validated_dose"' }],
        assess: { '1.2.4': 'declared' },
      },
      {
        name: 'a validated_dose with words only: nothing to compare',
        text: ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 2), years: 1 }, '«{ adaptation: "fidèle au manuel" }»'),
        findings: [{ messageId: 'no-dose' }],
        assess: { '1.2.4': 'declared' },
      },
      {
        name: 'an evidence-informed intervention is intensity’s to judge',
        text: manualWith({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 2), years: 1 }),
        findings: [],
        assess: {},
      },
    ]);
  });

  it('gives advice as information whatever its own severity, and gaps as warnings', () => {
    const none = runRuleFully(rule, ebp({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 2), years: 1 }).replace(/[«»]/g, ''));
    expect(none.findings.map((finding) => finding.severity)).toEqual(['info']);
    const gap = runRuleFully(rule, ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 2), years: 1 }, unplugged));
    expect(gap.findings.map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('gives both doses as evidence', () => {
    const primavera = ebpAt(
      { activities: [{ id: 'atelier', codes: ['E1.2'], minutes: 90 }], sessions: [1, 2, 3, 4].flatMap((year) => sessionsOf(`y${year}-`, year, 'atelier', 3)), years: 4 },
      '{ sessions_per_year: { min: 2, max: 4 }, session_duration: { min: 1h30, max: 2h }, years: 4 }',
    );
    expect(runRuleFully(rule, primavera).assessments).toEqual([
      {
        modality: '1.2.4',
        status: 'met',
        ruleId: 'validated-dose',
        evidence: 'validated dose: 2–4 sessions a year × 1 h 30–2 h, 4 years; manual: 3 sessions a year × 1 h 30, 4 years',
      },
    ]);
    const psfp = ebpAt(
      { activities: [{ id: 'atelier', codes: ['E1.2'], minutes: 120 }], sessions: sessionsOf('s', 1, 'atelier', 14), years: 1 },
      '{ sessions: 14, session_duration: 2h, years: 1 }',
    );
    expect(runRuleFully(rule, psfp, 'fr').assessments[0]?.evidence).toBe('dose validée\u00a0: 14 séances × 2 h, 1 an\u00a0; manuel\u00a0: 14 séances × 2 h, 1 an');
    const yearsOnly = ebpAt({ activities: [hour], sessions: sessionsOf('s', 1, 'atelier', 3), years: 2 }, '{ years: 2 }');
    expect(runRuleFully(rule, yearsOnly).assessments[0]?.evidence).toBe('validated dose: 2 years; manual: 2 years');
  });

  describe('read per age group', () => {
    /** The same programme for ages 7–15, its units per band. */
    const banded = (parts: Parameters<typeof ebp>[0], dose: string) => ebpAt(parts, dose).replace('ages: { min: 12, max: 14 }', 'ages: { min: 7, max: 15 }');
    const young = '{ min: 7, max: 11 }';
    const old = '{ min: 12, max: 15 }';
    const band = (sessions: TestSession[], ages: string, marked = '') => sessions.map((session, i) => ({ ...session, ages: i === 0 && marked ? `«${ages}»` : ages }));

    it('wants each group to receive the validated dose', () => {
      checkCases(rule, [
        {
          name: 'each band receives its 12 sessions of an hour',
          text: banded({ activities: [hour], sessions: [...band(sessionsOf('e', 1, 'atelier', 12), young), ...band(sessionsOf('c', 1, 'atelier', 12), old)], years: 1 }, unplugged),
          findings: [],
          assess: { '1.2.4': 'met' },
        },
        {
          name: '12 sessions in all, but 6 for each band: each group is told, at the ages of its first session',
          text: banded(
            { activities: [hour], sessions: [...band(sessionsOf('e', 1, 'atelier', 6), young, 'mark'), ...band(sessionsOf('c', 1, 'atelier', 6), old, 'mark')], years: 1 },
            unplugged,
          ),
          findings: [
            {
              messageId: 'fewer-sessions-group',
              args: { group: 'ages 7–11', count: 6, validated: '12' },
              says: 'For ages 7–11, the manual plans 6 sessions, fewer than the 12 the programme was validated with, and a participant receives only the sessions for their ages; criterion 1.2.4',
            },
            { messageId: 'fewer-sessions-group', args: { group: 'ages 12–15', count: 6 } },
          ],
          assess: { '1.2.4': 'partly-met' },
        },
        {
          name: 'in French',
          locale: 'fr',
          text: banded(
            { activities: [hour], sessions: [...band(sessionsOf('e', 1, 'atelier', 12), young), ...band(sessionsOf('c', 1, 'atelier', 6), old, 'mark')], years: 1 },
            unplugged,
          ),
          findings: [{ messageId: 'fewer-sessions-group', says: 'Pour les 12–15 ans, le manuel prévoit 6 séances, moins que les 12 avec lesquelles le programme a été validé' }],
        },
        {
          name: 'too few sessions for the whole manual: said once, not again for each group',
          text: markSessions(
            banded({ activities: [hour], sessions: [...band(sessionsOf('e', 1, 'atelier', 4), young), ...band(sessionsOf('c', 1, 'atelier', 4), old)], years: 1 }, unplugged),
          ),
          findings: [{ messageId: 'fewer-sessions' }],
        },
        {
          name: 'units that follow one another over the years as the children grow: a child receives them all',
          text: banded(
            {
              activities: [hour],
              sessions: [
                ...band([...sessionsOf('e', 1, 'atelier', 6), ...sessionsOf('f', 2, 'atelier', 6)], young),
                ...band([...sessionsOf('c', 3, 'atelier', 6), ...sessionsOf('d', 4, 'atelier', 6)], old),
              ],
              years: 4,
            },
            '{ sessions: 24, sessions_per_year: 6, years: 4 }',
          ),
          findings: [],
          assess: { '1.2.4': 'met' },
        },
        {
          name: 'a year short for one group only, side by side',
          text: banded(
            {
              activities: [hour],
              sessions: [
                ...band(sessionsOf('e', 1, 'atelier', 2), young),
                ...band(sessionsOf('c', 1, 'atelier', 2), old),
                ...sessionsOf('tous', 1, 'atelier', 2),
                ...band(sessionsOf('f', 2, 'atelier', 4), young),
                { id: '«d1»', year: 2, activities: ['atelier'], ages: old },
              ],
              years: 2,
            },
            '{ sessions_per_year: 4, years: 2 }',
          ),
          findings: [
            {
              messageId: 'fewer-sessions-in-year-group',
              args: { group: 'ages 12–15', count: 1, total: 2 },
              says: 'For ages 12–15, 1 of the 2 years has fewer sessions than the 4 a year the programme was validated with (year 2: 1 session), and a participant receives only the sessions for their ages',
            },
          ],
        },
        {
          name: 'the same in French',
          locale: 'fr',
          text: banded(
            {
              activities: [hour],
              sessions: [...band(sessionsOf('e', 1, 'atelier', 4), young), { id: '«c1»', year: 1, activities: ['atelier'], ages: old }, ...sessionsOf('tous', 1, 'atelier', 3)],
              years: 1,
            },
            '{ sessions_per_year: 6 }',
          ),
          findings: [{ messageId: 'fewer-sessions-in-year-group', says: 'Pour les 12–15 ans, 1 année sur 1 compte moins de séances que les 6 par an' }],
        },
      ]);
    });

    it('reads a session year the schema refuses as no year, however large (it made a loop over a billion years)', () => {
      const text = banded(
        {
          activities: [hour],
          sessions: [
            ...band(sessionsOf('e', 1, 'atelier', 4), young),
            { id: 'c1', year: 1_000_000_000, activities: ['atelier'], ages: old },
            ...sessionsOf('tous', 1, 'atelier', 4),
          ],
          years: 1,
        },
        '{ sessions_per_year: 4 }',
      );
      // Before, the 12–15's years ran from 1 to a billion: the check never ended. The year is the schema's to report.
      const { findings } = runRuleFully(rule, text);
      expect(findings.map((finding) => finding.messageId)).toEqual(['fewer-sessions-in-year']);
    });

    it('reads a session’s length for each group when an activity is for some ages only', () => {
      const activities = [
        { id: 'atelier', codes: ['E1.2'], minutes: 45 },
        { id: 'rituel', codes: ['S1.1'], minutes: 15, ages: young },
      ];
      const sessions = (first: string) => [
        { id: first, year: 1, activities: ['atelier', 'rituel'] },
        ...sessionsOf('s', 1, 'atelier', 12)
          .slice(1)
          .map((session) => ({ ...session, activities: ['atelier', 'rituel'] })),
      ];
      checkCases(rule, [
        {
          name: 'an hour for the 7–11, 45 minutes for the 12–15: their sessions are shorter than validated',
          text: banded({ activities, sessions: sessions('«s1»'), years: 1 }, unplugged),
          findings: [
            {
              messageId: 'shorter-sessions-group',
              args: { group: 'ages 12–15', count: 12, total: 12, range: '45 min' },
              says: 'For ages 12–15, 12 of the 12 sessions last 45 min, shorter than the length the programme was validated with (1 h, beyond a 10% tolerance): without its own "duration", a session lasts for them only the activities for their ages',
            },
          ],
          assess: { '1.2.4': 'partly-met' },
        },
        {
          name: 'in French',
          locale: 'fr',
          text: banded({ activities, sessions: sessions('«s1»'), years: 1 }, unplugged),
          findings: [{ messageId: 'shorter-sessions-group', says: 'Pour les 12–15 ans, 12 séances sur 12 durent 45 min' }],
        },
        {
          name: 'sessions that give their own hour last an hour for everyone',
          text: banded({ activities, sessions: sessions('s1').map((session) => ({ ...session, minutes: 60 })), years: 1 }, unplugged),
          findings: [],
        },
      ]);
    });

    it('gives each group’s figures as evidence', () => {
      const text = banded(
        { activities: [hour], sessions: [...band(sessionsOf('e', 1, 'atelier', 12), young), ...band(sessionsOf('c', 1, 'atelier', 12), old)], years: 1 },
        unplugged,
      );
      expect(runRuleFully(rule, text).assessments[0]?.evidence).toBe(
        'validated dose: 12 sessions × 1 h, 1 year; manual: 24 sessions × 1 h, 1 year; ages 7–11: 12 sessions × 1 h, 1 year; ages 12–15: 12 sessions × 1 h, 1 year',
      );
    });
  });
});
