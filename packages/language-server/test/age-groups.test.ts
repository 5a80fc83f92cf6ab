import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ageGroupsOf, analyzeText, buildModel, parseManual } from '../src/index.js';
import { manualWith } from './manual-builder.js';

const FIXTURE = readFileSync(fileURLToPath(new URL('./fixtures/age-bands.cps.yaml', import.meta.url)), 'utf8');

/** The age groups of a 7–15 programme whose sessions declare these ranges (or none). */
function groupsOf(...ranges: (string | undefined)[]): string[] {
  const text = manualWith({
    ages: '{ min: 7, max: 15 }',
    activities: [{ id: 'a', codes: ['C1'], minutes: 45 }],
    sessions: ranges.map((ages, i) => ({ id: `s${i + 1}`, year: 1, activities: ['a'], ...(ages ? { ages } : {}) })),
  });
  return ageGroupsOf(buildModel(parseManual(text).root)).map((group) => `${group.min}–${group.max}`);
}

describe('age groups', () => {
  it.each([
    { name: 'no session declares ages: the programme’s ages', ranges: [undefined, undefined], groups: ['7–15'] },
    { name: 'every session has the programme’s ages', ranges: ['{ min: 7, max: 15 }'], groups: ['7–15'] },
    { name: 'two bands', ranges: ['{ min: 7, max: 11 }', '{ min: 12, max: 15 }', undefined], groups: ['7–11', '12–15'] },
    { name: 'one band: the ages it leaves out are a group too', ranges: ['{ min: 7, max: 11 }'], groups: ['7–11', '12–15'] },
    { name: 'overlapping bands split where they overlap', ranges: ['{ min: 7, max: 11 }', '{ min: 10, max: 15 }'], groups: ['7–9', '10–11', '12–15'] },
    { name: 'a reversed range says nothing about whom', ranges: ['{ min: 11, max: 7 }'], groups: ['7–15'] },
    { name: 'a range outside the programme splits nothing', ranges: ['{ min: 16, max: 18 }'], groups: ['7–15'] },
  ])('$name', ({ ranges, groups }) => {
    expect(groupsOf(...ranges)).toEqual(groups);
  });

  it('walks a bounded number of ages, whatever the programme’s range says (the schema reports it)', () => {
    const text = manualWith({
      ages: '{ min: 3, max: 1000000 }',
      activities: [{ id: 'a', codes: ['C1'], minutes: 45 }],
      sessions: Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, year: 1, activities: ['a'], ages: `{ min: ${7 + (i % 3)}, max: ${200 + i} }` })),
    });
    expect(ageGroupsOf(buildModel(parseManual(text).root)).map((group) => `${group.min}–${group.max}`)).toEqual(['3–6', '7–7', '8–8', '9–1000000']);
  });

  it('leaves a manual without session ages with one group, the whole coverage', () => {
    const analysis = analyzeText(manualWith({ activities: [{ id: 'a', codes: ['C1', 'E2'], minutes: 45 }], sessions: [{ id: 's1', year: 1, activities: ['a'] }] }));
    expect(analysis.coverage.ageGroups).toHaveLength(1);
    const [group] = analysis.coverage.ageGroups;
    expect(group).toMatchObject({ min: 5, max: 8, sessionIds: ['s1'], totals: { sessions: 1, minutes: 45 } });
    expect(group!.generals.map((general) => general.worked)).toEqual(analysis.coverage.generals.map((general) => general.worked));
  });

  describe('the test manual with units per band (test/fixtures/age-bands.cps.yaml)', () => {
    const analysis = analyzeText(FIXTURE);

    it('passes the schema', () => {
      expect(analysis.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(analysis.findings.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'ages-order')).toEqual([]);
    });

    it('gives the coverage of each group: its sessions, and the ritual for everyone', () => {
      const groups = analysis.coverage.ageGroups;
      expect(groups.map((group) => [group.min, group.max, group.sessionIds])).toEqual([
        [7, 11, ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
        [12, 15, ['c1', 'c2', 'c3', 'c4']],
      ]);
      const minutes = (index: number) => Object.fromEntries(groups[index]!.generals.map((general) => [general.code, Math.round(general.minutes)]));
      // The daily 5-minute weather report, 144 times a year over 2 years, is E1 for both groups: 1,440 min.
      expect(minutes(0)).toEqual({ C1: 45, E1: 1530, S1: 45, C2: 30, E2: 30, S2: 30 });
      expect(minutes(1)).toEqual({ C1: 40, E1: 1440, S1: 40, C2: 40, E2: 0, S2: 40 });
      expect(groups[1]!.totals).toMatchObject({ sessions: 4, sessionMinutes: 160, practiceMinutes: 1440, minutesByYear: { 1: 800, 2: 800 } });
    });

    it('reads intensity and the main CPS per group', () => {
      const banded = analysis.findings.filter((finding) => finding.ruleId === 'intensity' || finding.ruleId === 'all-main-cps');
      expect(banded.map((finding) => `${finding.range.start.line + 1} ${finding.ruleId}/${finding.messageId}`)).toEqual([
        '58 intensity/short-sessions-group',
        '58 all-main-cps/group-missing-generals',
      ]);
      expect(banded[1]!.message).toContain('For ages 12–15, no activity works E2 "Regulate one’s emotions and stress"');
      const statuses = Object.fromEntries(analysis.criteria.modalities.map((modality) => [modality.id, modality.status]));
      expect(statuses).toMatchObject({ '1.2.2': 'partly-met', '1.2.4': 'partly-met' });
    });
  });
});
