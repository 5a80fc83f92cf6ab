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
});
