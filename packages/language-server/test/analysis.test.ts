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
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const codes = ['C1.1', 'C2.3', 'E1.2', 'E2.2a', 'E2', 'S1.3', 'S2.1', 'x'];
  const activities = Array.from({ length: 2 + Math.floor(next() * 8) }, (_, i) => ({
    id: `a${i}`,
    codes: codes.filter(() => next() < 0.3),
    ...(next() < 0.8 ? { minutes: 5 + Math.floor(next() * 80) } : {}),
  }));
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
  const byYear: Record<number, number> = {};
  for (const session of coverage.sessions) if (session.year !== undefined) byYear[session.year] = (byYear[session.year] ?? 0) + session.minutes;
  expect(coverage.totals.minutesByYear).toEqual(byYear);
  expect(coverage.totals.minutes).toBeCloseTo(coverage.sessions.reduce((sum, session) => sum + session.minutes, 0), 6);
  const generalsTotal = coverage.generals.reduce((sum, general) => sum + general.minutes, 0);
  expect(generalsTotal + coverage.totals.unattributedMinutes).toBeCloseTo(coverage.totals.minutes, 6);
  expect(coverage.phases[1].minutes + coverage.phases[2].minutes).toBeCloseTo(generalsTotal, 6);
  for (const general of coverage.generals) {
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
