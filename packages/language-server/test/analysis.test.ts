import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODALITIES, OPERATIONAL_CRITERIA } from '@cpskit/core';
import { describe, expect, it } from 'vitest';
import { analyzeText, rollUpCriteria, STATUS_POINTS, type Analysis, type ModalityAssessment } from '../src/index.js';
import { manualWith } from './manual-builder.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.cps.yaml'));

/** A deterministic pseudo-random manual: sessions of random activities, codes and durations. */
function randomManual(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const codes = ['C1.1', 'C2.3', 'E1.2', 'E2.2a', 'E2', 'S1.3', 'S2.1', 'x'];
  const frequencies = ['daily', 'several-a-week', 'weekly', 'fortnightly', 'monthly', 'occasional'];
  const activities = Array.from({ length: 2 + Math.floor(next() * 8) }, (_, i) => {
    // Some rituals and informal practices, listed in sessions or living on their own.
    const practice = next() < 0.3;
    return {
      id: `a${i}`,
      codes: codes.filter(() => next() < 0.3),
      ...(next() < 0.8 ? { minutes: 5 + Math.floor(next() * 80) } : {}),
      ...(practice ? { kind: next() < 0.5 ? 'ritual' : 'informal', frequency: frequencies[Math.floor(next() * frequencies.length)]! } : {}),
    };
  });
  const sessions = Array.from({ length: 1 + Math.floor(next() * 12) }, (_, i) => ({
    id: `s${i}`,
    year: 1 + Math.floor(next() * 3),
    activities: activities.filter(() => next() < 0.4).map((activity) => activity.id),
    ...(next() < 0.2 ? { minutes: 30 + Math.floor(next() * 90) } : {}),
  })).filter((session) => session.activities.length > 0);
  return manualWith({ activities, sessions, years: 3 });
}

function expectConsistent(analysis: Analysis): void {
  const { criteria, coverage } = analysis;
  // Every modality has one status; the operational and general counts add up to it.
  expect(criteria.modalities.map((modality) => modality.id)).toEqual(MODALITIES.map((modality) => modality.id));
  for (const operational of criteria.operational) {
    const own = criteria.modalities.filter((modality) => modality.criterion === operational.id);
    expect(Object.values(operational.counts).reduce((a, b) => a + b, 0)).toBe(own.length);
    const applicable = own.filter((modality) => modality.status !== 'not-applicable');
    if (applicable.length > 0) {
      const points = applicable.reduce((sum, modality) => sum + STATUS_POINTS[modality.status as keyof typeof STATUS_POINTS], 0);
      expect(operational.score).toBeCloseTo((points / applicable.length) * 100, 0);
    }
  }
  for (const general of criteria.general) {
    const own = criteria.operational.filter((operational) => operational.general === general.id);
    for (const status of Object.keys(general.counts) as (keyof typeof general.counts)[]) {
      expect(general.counts[status]).toBe(own.reduce((sum, operational) => sum + operational.counts[status], 0));
    }
  }
  expect(Object.values(criteria.counts).reduce((a, b) => a + b, 0)).toBe(MODALITIES.length);

  // Minutes: each session's column adds up to the session's minutes; years and phases add up.
  for (const session of coverage.sessions) {
    const attributed = Object.values(session.minutesByGeneral).reduce((a, b) => a + (b ?? 0), 0);
    expect(attributed + session.unattributedMinutes).toBeCloseTo(session.minutes, 6);
    expect(Object.values(session.minutesByCode).reduce((a, b) => a + b, 0)).toBeCloseTo(attributed, 6);
  }
  // Session minutes by year; practice minutes by year; the total is their sum, year by year and in all.
  const byYear: Record<number, number> = {};
  for (const session of coverage.sessions) if (session.year !== undefined) byYear[session.year] = (byYear[session.year] ?? 0) + session.minutes;
  expect(coverage.totals.sessionMinutesByYear).toEqual(byYear);
  const practiceByYear: Record<number, number> = {};
  for (const practice of coverage.practices) {
    expect(practice.minutesPerYear).toBeCloseTo((practice.minutes ?? 0) * practice.occurrencesPerYear, 6);
    if (practice.minutesPerYear > 0) for (const year of practice.years) practiceByYear[year] = (practiceByYear[year] ?? 0) + practice.minutesPerYear;
  }
  expect(coverage.totals.practiceMinutesByYear).toEqual(practiceByYear);
  for (const year of new Set([...Object.keys(byYear), ...Object.keys(practiceByYear)].map(Number))) {
    expect(coverage.totals.minutesByYear[year]).toBeCloseTo((byYear[year] ?? 0) + (practiceByYear[year] ?? 0), 6);
  }
  expect(coverage.totals.sessionMinutes).toBeCloseTo(
    coverage.sessions.reduce((sum, session) => sum + session.minutes, 0),
    6,
  );
  expect(coverage.totals.practiceMinutes).toBeCloseTo(
    coverage.practices.reduce((sum, practice) => sum + practice.minutesPerYear * practice.years.length, 0),
    6,
  );
  expect(coverage.totals.minutes).toBeCloseTo(coverage.totals.sessionMinutes + coverage.totals.practiceMinutes, 6);
  const generalsTotal = coverage.generals.reduce((sum, general) => sum + general.minutes, 0);
  expect(generalsTotal + coverage.totals.unattributedMinutes).toBeCloseTo(coverage.totals.minutes, 6);
  expect(coverage.phases[1].minutes + coverage.phases[2].minutes).toBeCloseTo(generalsTotal, 6);
  for (const general of coverage.generals) {
    expect(general.sessionMinutes + general.practiceMinutes).toBeCloseTo(general.minutes, 6);
    const perYear = Object.values(general.minutesByYear).reduce((a, b) => a + b, 0);
    if (coverage.sessions.every((session) => session.year !== undefined)) expect(perYear).toBeCloseTo(general.minutes, 6);
  }
}

describe('the analysis adds up', () => {
  it.each(examples)('for %s', (name) => {
    expectConsistent(analyzeText(readFileSync(EXAMPLES + name, 'utf8')));
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('for random manual %i', (seed) => {
    expectConsistent(analyzeText(randomManual(seed)));
  });
});

describe('practices outside sessions', () => {
  const ritual = (frequency: string, extra: Record<string, unknown> = {}) =>
    manualWith({
      years: 2,
      activities: [
        { id: 'atelier', codes: ['E1.2'], minutes: 60 },
        { id: 'meteo', kind: 'ritual', codes: ['E1.2', 'S1.1'], minutes: 10, frequency },
      ],
      sessions: [{ id: 's1', year: 1, activities: ['atelier'], ...extra }],
    });

  it('add their minutes a year to every year of the programme, shared among their codes', () => {
    const { coverage } = analyzeText(ritual('weekly'));
    // 36 school weeks × 10 minutes = 6 h a year, in each of the two years.
    expect(coverage.practices).toEqual([
      { id: 'meteo', kind: 'ritual', frequency: 'weekly', minutes: 10, occurrencesPerYear: 36, minutesPerYear: 360, years: [1, 2], generals: ['E1', 'S1'] },
    ]);
    expect(coverage.totals.practiceMinutesByYear).toEqual({ 1: 360, 2: 360 });
    expect(coverage.totals.minutesByYear).toEqual({ 1: 420, 2: 360 });
    const e1 = coverage.generals.find((general) => general.code === 'E1')!;
    expect([e1.sessionMinutes, e1.practiceMinutes, e1.minutes]).toEqual([60, 360, 420]);
    expect(e1.minutesByYear).toEqual({ 1: 240, 2: 180 });
  });

  it.each([
    ['daily', 144],
    ['several-a-week', 72],
    ['weekly', 36],
    ['fortnightly', 18],
    ['monthly', 9],
    ['occasional', 0],
  ])('count %s as %i times a year of 36 weeks', (frequency, times) => {
    expect(analyzeText(ritual(frequency)).coverage.practices[0]?.occurrencesPerYear).toBe(times);
  });

  it('follow program.duration.weeks_per_year', () => {
    const text = ritual('daily').replace('duration: { years: 2 }', 'duration: { years: 2, weeks_per_year: 52 }');
    expect(analyzeText(text).coverage.practices[0]?.minutesPerYear).toBe(4 * 52 * 10);
  });

  it('count through their sessions only when a session lists them', () => {
    const text = manualWith({
      activities: [{ id: 'meteo', kind: 'ritual', codes: ['E1.2'], minutes: 10, frequency: 'daily' }],
      sessions: [{ id: 's1', year: 1, activities: ['meteo'] }],
    });
    const { coverage } = analyzeText(text);
    expect(coverage.practices).toEqual([]);
    expect(coverage.totals.minutesByYear).toEqual({ 1: 10 });
  });
});

describe('rollUpCriteria', () => {
  it('keeps the weakest status a modality was given and scores the criteria from the points', () => {
    const assessments: ModalityAssessment[] = [
      { modality: '1.2.4', status: 'met', ruleId: 'a' },
      { modality: '1.2.4', status: 'partly-met', ruleId: 'b', evidence: 'short sessions' },
      { modality: '1.2.4', status: 'not-applicable', ruleId: 'c' },
      ...['1.2.1', '1.2.2', '1.2.3', '1.2.5'].map((modality) => ({ modality, status: 'met' as const, ruleId: 'd' })),
      { modality: '3.2.1', status: 'declared', ruleId: 'e' },
    ];
    const result = rollUpCriteria(assessments);
    expect(result.modalities.find((modality) => modality.id === '1.2.4')).toEqual({
      id: '1.2.4',
      criterion: '1.2',
      status: 'partly-met',
      evidence: 'short sessions',
      ruleIds: ['a', 'b', 'c'],
    });
    expect(result.operational.find((criterion) => criterion.id === '1.2')?.score).toBe(90);
    expect(result.operational.find((criterion) => criterion.id === '3.2')?.score).toBe(12.5);
    // A modality no rule assessed is missing, not silently skipped.
    expect(result.modalities.find((modality) => modality.id === '2.3.2')?.status).toBe('missing');
    expect(result.operational).toHaveLength(OPERATIONAL_CRITERIA.length);
  });

  it('leaves out not-applicable modalities from the score', () => {
    const result = rollUpCriteria([
      { modality: '1.3.1', status: 'not-applicable', ruleId: 'a' },
      { modality: '1.3.2', status: 'met', ruleId: 'a' },
    ]);
    expect(result.operational.find((criterion) => criterion.id === '1.3')?.score).toBe(100);
    const none = rollUpCriteria([
      { modality: '1.3.1', status: 'not-applicable', ruleId: 'a' },
      { modality: '1.3.2', status: 'not-applicable', ruleId: 'a' },
    ]);
    expect(none.operational.find((criterion) => criterion.id === '1.3')?.score).toBeUndefined();
  });

  it('keeps axis 4 apart: its items have their statuses, and SpF’s modalities, counts and score do not move', () => {
    const spf: ModalityAssessment[] = [
      { modality: '1.2.1', status: 'met', ruleId: 'a' },
      { modality: '3.1.1', status: 'declared', ruleId: 'b' },
    ];
    const axis4: ModalityAssessment[] = [
      { modality: 'A4.1', status: 'partly-met', ruleId: 'evaluation-process', evidence: 'fidelity: carnet' },
      { modality: 'A4.1', status: 'met', ruleId: 'other' },
      { modality: 'A4.2', status: 'met', ruleId: 'evaluation-outcomes' },
    ];
    const without = rollUpCriteria(spf);
    const withAxis4 = rollUpCriteria([...spf, ...axis4]);
    const { axis4: _ignored, ...spfPart } = withAxis4;
    const { axis4: empty, ...spfAlone } = without;
    expect(spfPart).toEqual(spfAlone);
    expect(withAxis4.modalities).toHaveLength(MODALITIES.length);
    expect(withAxis4.axis4.items).toEqual([
      { id: 'A4.1', status: 'partly-met', evidence: 'fidelity: carnet', ruleIds: ['evaluation-process', 'other'] },
      { id: 'A4.2', status: 'met', ruleIds: ['evaluation-outcomes'] },
      { id: 'A4.3', status: 'missing', ruleIds: [] },
    ]);
    expect(withAxis4.axis4.counts).toEqual({ met: 1, 'partly-met': 1, declared: 0, missing: 1, 'not-applicable': 0 });
    expect(empty.items.map((item) => item.status)).toEqual(['missing', 'missing', 'missing']);
  });
});

describe('training weighs in the score', () => {
  const metAll = (prefix: string) =>
    MODALITIES.filter((modality) => modality.id.startsWith(prefix)).map((modality): ModalityAssessment => ({ modality: modality.id, status: 'met', ruleId: 'a' }));

  it('caps general criterion 2 at 40 when 2.1 scores 0, however good 2.2 and 2.3 are', () => {
    const without = rollUpCriteria([...metAll('1.'), ...metAll('2.2'), ...metAll('2.3'), ...metAll('3.')]);
    const general2 = without.general.find((general) => general.id === '2')!;
    expect(without.operational.find((criterion) => criterion.id === '2.1')?.score).toBe(0);
    // Uncapped, (0 + 100 + 100) / 3 would be 66.7.
    expect(general2).toMatchObject({ score: 40, capped: 40 });
    expect(without.score).toBe(80);
    const withTraining = rollUpCriteria([...metAll('1.'), { modality: '2.1.1', status: 'met', ruleId: 'a' }, ...metAll('2.2'), ...metAll('2.3'), ...metAll('3.')]);
    expect(withTraining.general.find((general) => general.id === '2')).not.toHaveProperty('capped');
    expect(withTraining.general.find((general) => general.id === '2')!.score).toBeGreaterThan(40);
  });

  it('leaves a criterion 2 already under the cap as it is', () => {
    const low = rollUpCriteria([{ modality: '2.2.1', status: 'met', ruleId: 'a' }]);
    expect(low.general.find((general) => general.id === '2')).toEqual(expect.objectContaining({ score: 16.7 }));
    expect(low.general.find((general) => general.id === '2')).not.toHaveProperty('capped');
  });

  it('drops the score of a manual without training but with perfect follow-up and governance', () => {
    const text = `${manualWith({
      activities: [{ id: 'roue', codes: ['C1.1', 'E1.2', 'S1.1'], minutes: 60 }],
      sessions: [{ id: 's1', year: 1, activities: ['roue'] }],
    })}support:
  collective: { format: supervision, frequency: monthly }
  individual: { format: interview, frequency: termly }
governance:
  project_team: [Directrice]
  advocacy: { team: [Inspecteur], materials: [Plaquette] }
  stakeholders: [professionals, decision-makers, parents, children]
`;
    const analysis = analyzeText(text);
    const operational = (id: string) => analysis.criteria.operational.find((criterion) => criterion.id === id)!.score;
    expect([operational('2.1'), operational('2.2'), operational('2.3')]).toEqual([0, 100, 100]);
    const general = analysis.criteria.general.map((entry) => entry.score ?? 0);
    expect(general[1]).toBe(40);
    expect(analysis.criteria.score).toBeCloseTo((general[0]! + 40 + general[2]!) / 3, 1);
  });
});

describe('a provisional score', () => {
  const BROKEN = manualWith({ activities: [{ id: 'roue', codes: ['E1.3'], minutes: 60 }], sessions: [{ id: 's1', year: 1, activities: ['roue'] }] });

  it('is provisional when the manual has an error, and not otherwise', () => {
    expect(analyzeText(BROKEN).criteria.provisional).toBe(true);
    expect(analyzeText(BROKEN.replace('E1.3', 'E1.2')).criteria.provisional).toBe(false);
  });

  it('counts errors after configuration and suppressions, as the findings do', () => {
    expect(analyzeText(BROKEN, { rules: { 'unknown-competency': 'warning' } }).criteria.provisional).toBe(false);
    const silenced = BROKEN.replace('    competencies: [E1.3]', '    # cps-disable-next-line unknown-competency -- code of the programme’s own grid\n    competencies: [E1.3]');
    const analysis = analyzeText(silenced);
    expect(analysis.counts.error).toBe(0);
    expect(analysis.criteria.provisional).toBe(false);
    // The table itself does not depend on it.
    expect(analysis.criteria.score).toBe(analyzeText(BROKEN).criteria.score);
  });
});

describe('coverage of per-session content and home practice', () => {
  const base = `version: 1
program: { id: p, title: P, ages: { min: 8, max: 11 }, settings: [primary-school], duration: { years: 1 }, evidence: { kind: evidence-informed } }
activities:
  - { id: lecon, title: Leçon, kind: workshop, competencies: [E1.2], duration: 40min }
  - { id: jeu-en-ligne, title: Jeu en ligne, kind: workshop, competencies: [S1.1], duration: 20min }
  - { id: defi-maison, title: Défi en famille, kind: home-practice, competencies: [S1.2], duration: 15min, frequency: weekly }
`;

  it('gives a session’s minutes of an activity to the codes the session names for it, in place of its own', () => {
    const text = `${base}sessions:
  - { id: s1, year: 1, activities: [lecon, { ref: jeu-en-ligne, competencies: [C1.2] }] }
  - { id: s2, year: 1, activities: [lecon, jeu-en-ligne] }
`;
    const { coverage, findings } = analyzeText(text);
    expect(coverage.sessions[0]!.minutesByCode).toEqual({ 'E1.2': 40, 'C1.2': 20 });
    expect(coverage.sessions[1]!.minutesByCode).toEqual({ 'E1.2': 40, 'S1.1': 20 });
    // Over the programme, the game works both what it names and what the session gave it.
    expect(coverage.activities.find((activity) => activity.id === 'jeu-en-ligne')!.codes).toEqual(['S1.1', 'C1.2']);
    expect(findings.filter((finding) => finding.ruleId === 'schema')).toEqual([]);
  });

  it('checks the codes a session gives, and counts the activity as naming its competencies', () => {
    const text = `${base.replace('competencies: [S1.1], ', '')}sessions:
  - { id: s1, year: 1, activities: [lecon, { ref: jeu-en-ligne, competencies: [C1.9] }] }
  - { id: s2, year: 1, activities: [{ ref: jeu-en-ligne, competencies: [E2.1] }] }
`;
    const { findings } = analyzeText(text);
    expect(findings.filter((finding) => finding.ruleId === 'unknown-competency').map((finding) => finding.args['code'])).toEqual(['C1.9']);
    expect(findings.filter((finding) => finding.ruleId === 'explicit-competencies')).toEqual([]);
  });

  it('counts home practice as practice, and shows it apart', () => {
    const { coverage } = analyzeText(`${base}sessions:\n  - { id: s1, year: 1, activities: [lecon] }\n`);
    expect(coverage.practices.map((practice) => `${practice.id} ${practice.kind} ${practice.minutesPerYear}`)).toEqual(['defi-maison home-practice 540']);
    expect(coverage.totals.practiceMinutes).toBe(540);
    expect(coverage.totals.homePracticeMinutes).toBe(540);
    expect(coverage.totals.homePracticeMinutesByYear).toEqual({ 1: 540 });
    expect(coverage.generals.find((general) => general.code === 'S1')!.practiceMinutes).toBe(540);
  });
});

describe('a misspelt competencies key', () => {
  it('gives one finding, the schema’s, not also « names no competencies »', () => {
    const text = `version: 1
program: { id: p, title: P, ages: { min: 8, max: 11 }, settings: [primary-school], duration: { years: 1 }, evidence: { kind: evidence-informed } }
activities:
  - { id: a, title: A, kind: workshop, competences: [E1.2], duration: 40min }
sessions:
  - { id: s1, year: 1, activities: [a] }
`;
    const findings = analyzeText(text).findings.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'explicit-competencies');
    expect(findings.map((finding) => `${finding.ruleId}/${finding.messageId} ${finding.args['suggestion'] ?? ''}`)).toEqual(['schema/unknown-key competencies']);
  });
});
