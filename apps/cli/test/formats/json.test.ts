import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, JSON_FORMAT_VERSION } from '../../src/format/json.js';
import { ROOT, SMALL, context, exampleReports, reportOf, unreadable } from './helpers.js';

const ONLY = ['schema', 'unknown-competency'];

describe('json', () => {
  it('gives the same bytes for two runs over the same manuals', () => {
    const first = json(exampleReports(), context());
    const second = json(exampleReports(), context());
    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
  });

  it('holds no absolute path, time or machine-specific value', () => {
    const out = json(exampleReports(), context());
    expect(out).not.toContain(ROOT);
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('has the documented top-level shape, keys in a fixed order', () => {
    const document = JSON.parse(json([reportOf('manuels/ateliers.cps.yaml', SMALL, { only: ONLY }), unreadable('verrou.cps.yaml')], context()));
    expect(Object.keys(document)).toEqual(['version', 'tool', 'referenceVersion', 'locale', 'files', 'totals']);
    expect(document.version).toBe(JSON_FORMAT_VERSION);
    expect(document.tool).toEqual({ name: 'cpskit', version: '1.2.3' });
    expect(document.referenceVersion).toEqual({ id: 'spf-2025-phase1', label: 'SpF 2025, operational classification (phase 1 published first)' });
    expect(document.locale).toBe('en');
    expect(document.totals).toEqual({ files: 2, filesWithFindings: 2, error: 3, warning: 0, info: 0 });
    const [manual, locked] = document.files;
    expect(Object.keys(manual)).toEqual(['path', 'readable', 'counts', 'findings', 'criteria', 'coverage']);
    expect(manual.path).toBe('manuels/ateliers.cps.yaml');
    expect(manual.readable).toBe(true);
    expect(manual.counts).toEqual({ error: 2, warning: 0, info: 0 });
    expect(locked).toMatchObject({ path: 'verrou.cps.yaml', readable: false, criteria: null, coverage: null });
  });

  it('writes each finding with every field, absent ones as null', () => {
    const document = JSON.parse(json([reportOf('manuels/ateliers.cps.yaml', SMALL, { only: ONLY })], context()));
    const [schema, unknown] = document.files[0].findings;
    expect(schema).toEqual({
      ruleId: 'schema',
      severity: 'error',
      line: 4,
      column: 3,
      message: 'Unknown key "titel" in "program". Did you mean "title"?',
      messageId: schema.messageId,
      args: schema.args,
      range: { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } },
      offsets: schema.offsets,
      cites: null,
      related: [],
      fix: schema.fix,
      docsUrl: 'https://github.com/cpskit/cpskit/blob/main/docs/rules/schema.md',
    });
    expect(Object.keys(unknown)).toEqual(['ruleId', 'severity', 'line', 'column', 'message', 'messageId', 'args', 'range', 'offsets', 'cites', 'related', 'fix', 'docsUrl']);
    expect(unknown.cites).toEqual({ kind: 'modality', id: '1.2.3' });
    expect(SMALL.slice(unknown.offsets.start, unknown.offsets.end)).toBe('E1.3');
  });

  it('carries the criteria table and the coverage', () => {
    const document = JSON.parse(json(exampleReports(), context()));
    for (const file of document.files) {
      expect(Object.keys(file.criteria)).toEqual(['score', 'provisional', 'counts', 'general', 'operational', 'modalities', 'axis4']);
      // A score is provisional when, and only when, the manual has errors.
      expect(file.criteria.provisional).toBe(file.counts.error > 0);
      // Axis 4 apart: its three items, in none of the counts above.
      expect(Object.keys(file.criteria.axis4)).toEqual(['counts', 'items']);
      expect(file.criteria.axis4.items.map((item: { id: string }) => item.id)).toEqual(['A4.1', 'A4.2', 'A4.3']);
      expect(Object.keys(file.criteria.axis4.items[0])).toEqual(['id', 'status', 'evidence', 'ruleIds']);
      expect(Object.values(file.criteria.counts as Record<string, number>).reduce((sum, count) => sum + count, 0)).toBe(file.criteria.modalities.length);
      expect(file.criteria.general).toHaveLength(3);
      expect(file.criteria.operational).toHaveLength(9);
      expect(file.criteria.modalities.length).toBeGreaterThan(30);
      expect(Object.keys(file.criteria.modalities[0])).toEqual(['id', 'criterion', 'status', 'evidence', 'evidenceText', 'ruleIds']);
      expect(Object.keys(file.coverage)).toEqual(['totals', 'categories', 'phases', 'generals', 'sessions', 'activities', 'practices', 'ageGroups']);
      // Sessions and practices apart, and their total.
      const { totals } = file.coverage;
      expect(totals.minutes).toBeCloseTo(totals.sessionMinutes + totals.practiceMinutes, 6);
      for (const general of file.coverage.generals) expect(general.minutes).toBeCloseTo(general.sessionMinutes + general.practiceMinutes, 6);
      expect(file.coverage.generals.map((general: { code: string }) => general.code)).toEqual(['C1', 'E1', 'S1', 'C2', 'E2', 'S2']);
    }
    const gbg = document.files.find((file: { path: string }) => file.path.includes('good-behavior-game'));
    // The game, several times a week over 36 school weeks, and the daily reminders, in both years.
    expect(gbg.coverage.practices).toEqual([
      { id: 'seance-gbg', kind: 'ritual', frequency: 'several-a-week', minutes: 10, occurrencesPerYear: 72, minutesPerYear: 720, years: [1, 2], generals: ['C2', 'S1'] },
      { id: 'renforcement-au-quotidien', kind: 'informal', frequency: 'daily', minutes: 5, occurrencesPerYear: 144, minutesPerYear: 720, years: [1, 2], generals: ['S1', 'C2'] },
    ]);
    expect(gbg.coverage.totals.practiceMinutesByYear).toEqual({ '1': 1440, '2': 1440 });
    const weak = document.files.find((file: { path: string }) => file.path.includes('weak/'));
    expect(weak.criteria.axis4.items.map((item: { status: string }) => item.status)).toEqual(['missing', 'met', 'missing']);
    expect(weak.findings.find((finding: { ruleId: string }) => finding.ruleId === 'evaluation-process').cites).toEqual({ kind: 'axis', id: '4' });
    const intensity = weak.findings.find((finding: { ruleId: string; related: unknown[] }) => finding.ruleId === 'intensity' && finding.related.length > 0);
    expect(intensity.related[0]).toEqual({ message: 'Session "seance-2": 20 min', range: { start: { line: 80, character: 10 }, end: { line: 80, character: 18 } } });
  });

  it('gives each age group’s coverage when activities give their ages', () => {
    const text = readFileSync(path.join(ROOT, 'packages/language-server/test/fixtures/activity-ages.cps.yaml'), 'utf8');
    const [file] = JSON.parse(json([reportOf('grandir.cps.yaml', text)], context())).files;
    const groups = file.coverage.ageGroups.map((group: { min: number; max: number; sessionIds: string[]; totals: { sessionMinutes: number; practiceMinutes: number } }) => [
      group.min,
      group.max,
      group.sessionIds,
      group.totals.sessionMinutes,
      group.totals.practiceMinutes,
    ]);
    // Each group: the four sessions for everyone, an hour each with its own activities; the 7–11's daily ritual, the 12–15's weekly home practice.
    expect(groups).toEqual([
      [7, 11, ['s1', 's2', 's3', 's4'], 240, 1440],
      [12, 15, ['s1', 's2', 's3', 's4'], 240, 1080],
    ]);
    expect(file.coverage.ageGroups[0].generals[0]).toEqual({ code: 'C1', worked: false, minutes: 0, sessionMinutes: 0, practiceMinutes: 0 });
    expect(file.coverage.totals.sessionMinutes).toBe(300);
  });

  it('keeps the findings’ own language', () => {
    const document = JSON.parse(json([reportOf('ateliers.cps.yaml', SMALL, { only: ONLY, locale: 'fr' })], context({ locale: 'fr' })));
    expect(document.locale).toBe('fr');
    expect(document.referenceVersion).toEqual({ id: 'spf-2025-phase1', label: 'SpF 2025, classification opérationnelle (phase 1 publiée en premier)' });
    expect(document.files[0].findings[0].message).toContain('Clé inconnue');
  });
});
