import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ageGroupsOf, analyzeText, buildModel, parseManual } from '../src/index.js';
import { groupView } from '../src/service/analysis/age-groups.js';
import { manualWith, type TestActivity, type TestSession } from './manual-builder.js';

const FIXTURE = readFileSync(fileURLToPath(new URL('./fixtures/age-bands.cps.yaml', import.meta.url)), 'utf8');
const ACTIVITY_AGES = readFileSync(fileURLToPath(new URL('./fixtures/activity-ages.cps.yaml', import.meta.url)), 'utf8');

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

  describe('a group’s years', () => {
    /** An 8–14 programme over four years: the school unit for the 8–10 in years 1–2, the collège unit for the 11–14 in years 3–4, a daily ritual for everyone. */
    const cohort = (collegeYears: [number, number]) =>
      analyzeText(
        manualWith({
          ages: '{ min: 8, max: 14 }',
          years: 4,
          activities: [
            { id: 'a', codes: ['C1'], minutes: 60 },
            { id: 'meteo', kind: 'ritual', codes: ['E1'], minutes: 5, frequency: 'daily' },
          ],
          sessions: [
            { id: 'e1', year: 1, activities: ['a'], ages: '{ min: 8, max: 10 }' },
            { id: 'e2', year: 2, activities: ['a'], ages: '{ min: 8, max: 10 }' },
            { id: 'c1', year: collegeYears[0], activities: ['a'], ages: '{ min: 11, max: 14 }' },
            { id: 'c2', year: collegeYears[1], activities: ['a'], ages: '{ min: 11, max: 14 }' },
          ],
        }),
      ).coverage;

    it('are those of its sessions, and the practices for everyone count in them only (units that follow one another)', () => {
      const coverage = cohort([3, 4]);
      expect(coverage.ageGroups.map((group) => [`${group.min}–${group.max}`, group.years])).toEqual([
        ['8–10', [1, 2]],
        ['11–14', [3, 4]],
      ]);
      // The ritual, 144 times 5 minutes a year: 720 minutes in each of the group's two years, none in the other group's years.
      expect(coverage.ageGroups[0]!.totals).toMatchObject({ sessionMinutes: 120, practiceMinutes: 1440, minutes: 1560, minutesByYear: { 1: 780, 2: 780 } });
      expect(Object.keys(coverage.ageGroups[0]!.totals.minutesByYear)).toEqual(['1', '2']);
      // The programme as a whole keeps the ritual in its four years.
      expect(coverage.totals.practiceMinutes).toBe(2880);
    });

    it('run from the first session’s year to the last’s, a year between with nothing included (units side by side)', () => {
      expect(cohort([1, 4]).ageGroups.map((group) => group.years)).toEqual([
        [1, 2],
        [1, 2, 3, 4],
      ]);
    });

    it('are every year of the programme for a manual with one group', () => {
      expect(
        analyzeText(manualWith({ years: 3, activities: [{ id: 'a', codes: ['C1'], minutes: 45 }], sessions: [{ id: 's1', year: 1, activities: ['a'] }] })).coverage.ageGroups[0]!
          .years,
      ).toEqual([1, 2, 3]);
    });

    it('leave out a year the schema refuses, however large', () => {
      const coverage = cohort([3, 1e9]);
      expect(coverage.ageGroups[1]!.years).toEqual([3]);
    });
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

  describe('an activity’s ages', () => {
    /** A 7–15 programme with these activities and sessions. */
    const model = (activities: TestActivity[], sessions: TestSession[]) => buildModel(parseManual(manualWith({ ages: '{ min: 7, max: 15 }', activities, sessions })).root);
    const workshop = { id: 'a', codes: ['C1'], minutes: 45 };
    const ids = (items: readonly { readonly id?: { readonly value: string } }[]) => items.map((item) => item.id?.value);

    it.each([
      { name: 'a ritual for the 7–11 only splits like a session', ages: ['{ min: 7, max: 11 }'], groups: ['7–11', '12–15'] },
      { name: 'an activity and a session split together', ages: ['{ min: 7, max: 9 }'], sessionAges: '{ min: 7, max: 11 }', groups: ['7–9', '10–11', '12–15'] },
      { name: 'an activity for all the programme’s ages splits nothing', ages: ['{ min: 7, max: 15 }'], groups: ['7–15'] },
      { name: 'reversed ages say nothing about whom', ages: ['{ min: 11, max: 7 }'], groups: ['7–15'] },
    ])('$name', ({ ages, sessionAges, groups }) => {
      const activities = [workshop, ...ages.map((range, i) => ({ id: `r${i}`, kind: 'ritual', codes: ['E1'], minutes: 5, frequency: 'daily', ages: range }))];
      const groupsRead = ageGroupsOf(model(activities, [{ id: 's1', year: 1, activities: ['a'], ...(sessionAges ? { ages: sessionAges } : {}) }]));
      expect(groupsRead.map((group) => `${group.min}–${group.max}`)).toEqual(groups);
    });

    it('a placeholder activity splits nothing: it has no participants yet', () => {
      const text = manualWith({
        ages: '{ min: 7, max: 15 }',
        activities: [workshop, { id: 'r', codes: ['E1'], minutes: 5, ages: '{ min: 7, max: 11 }' }],
        sessions: [{ id: 's1', year: 1, activities: ['a'] }],
      });
      const placeholder = text.replace('title: Activité r', 'title: À COMPLÉTER');
      expect(ageGroupsOf(buildModel(parseManual(placeholder).root))).toHaveLength(1);
    });

    it('is not given to other ages, by a session for everyone nor on its own; a session with nothing for them is not theirs', () => {
      const whole = model(
        [
          workshop,
          { id: 'jeu', codes: ['S1'], minutes: 15, ages: '{ min: 7, max: 11 }' },
          { id: 'meteo', kind: 'ritual', codes: ['E1'], minutes: 5, frequency: 'daily', ages: '{ min: 7, max: 11 }' },
        ],
        [
          { id: 'tous', year: 1, activities: ['a', 'jeu'] },
          { id: 'jeux', year: 1, activities: ['jeu'] },
          { id: 'cours', year: 1, activities: ['a'], minutes: 50 },
        ],
      );
      const [young, old] = ageGroupsOf(whole).map((group) => groupView(whole, group));
      expect(ids(young!.activities)).toEqual(['a', 'jeu', 'meteo']);
      expect(ids(young!.sessions)).toEqual(['tous', 'jeux', 'cours']);
      expect(ids(old!.activities)).toEqual(['a']);
      expect(ids(old!.sessions)).toEqual(['tous', 'cours']);
      // Without its own duration, a session lasts for each group the activities for its ages; a duration given stays.
      const minutes = (view: typeof whole) => view.sessions.map((session) => view.sessionMinutes(session));
      expect(minutes(young!)).toEqual([60, 15, 50]);
      expect(minutes(old!)).toEqual([45, 50]);
      expect(old!.activityById.has('jeu')).toBe(false);
    });

    it('an activity listed only by a session for other ages is not theirs, whatever its own ages', () => {
      const whole = model(
        [workshop, { id: 'debat', codes: ['S1'], minutes: 15, ages: '{ min: 10, max: 15 }' }],
        [
          { id: 'e1', year: 1, activities: ['a', 'debat'], ages: '{ min: 7, max: 11 }' },
          { id: 'c1', year: 1, activities: ['a'], ages: '{ min: 12, max: 15 }' },
        ],
      );
      expect(ageGroupsOf(whole).map((group) => `${group.min}–${group.max}:${ids(groupView(whole, group).activities).join(',')}`)).toEqual(['7–9:a', '10–11:a,debat', '12–15:a']);
    });
  });

  describe('the test manual with activities per age (test/fixtures/activity-ages.cps.yaml)', () => {
    const analysis = analyzeText(ACTIVITY_AGES);

    it('passes the schema and ages-order', () => {
      expect(analysis.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    });

    it('gives each group what is for its ages: the same sessions, their own activities and practices', () => {
      const groups = analysis.coverage.ageGroups;
      expect(groups.map((group) => [group.min, group.max, group.sessionIds])).toEqual([
        [7, 11, ['s1', 's2', 's3', 's4']],
        [12, 15, ['s1', 's2', 's3', 's4']],
      ]);
      const minutes = (index: number) => Object.fromEntries(groups[index]!.generals.map((general) => [general.code, Math.round(general.minutes)]));
      // 7–11: the daily weather (5 min × 144 × 2 years = 1,440 min of E1) and the cooperative game (4 × 15 min of S1).
      expect(minutes(0)).toEqual({ C1: 0, E1: 1530, S1: 60, C2: 30, E2: 30, S2: 30 });
      // 12–15: the weekly log at home (15 min × 36 × 2 years = 1,080 min of C1) and the debate (4 × 7.5 min each of C1 and S1).
      expect(minutes(1)).toEqual({ C1: 1110, E1: 90, S1: 30, C2: 30, E2: 30, S2: 30 });
      // A session lasts an hour for each group; for the whole manual, 75 minutes.
      expect(groups.map((group) => group.totals.sessionMinutes)).toEqual([240, 240]);
      expect(analysis.coverage.totals.sessionMinutes).toBe(300);
    });

    it('reads the main CPS, the phases and the competencies met in passing per group', () => {
      const banded = analysis.findings.filter((finding) => finding.messageId.includes('group'));
      expect(banded.map((finding) => `${finding.range.start.line + 1} ${finding.ruleId}/${finding.messageId}`)).toEqual([
        '60 thin-competency/thin-group',
        '64 all-main-cps/group-missing-generals',
        '65 phase-order/no-foundation-group',
      ]);
      expect(banded[0]!.message).toContain('For ages 12–15, S1 (Develop constructive relationships) is worked only in passing: 4 times in their sessions, 30 min in all');
      expect(banded[1]!.message).toContain('For ages 7–11, no activity works C1 "Strengthen self-awareness"');
    });
  });

  it('a manual without any ages is read exactly as before: one group, the whole manual', () => {
    const text = manualWith({
      activities: [workshop(), { id: 'r', kind: 'ritual', codes: ['E1'], minutes: 5, frequency: 'daily' }],
      sessions: [{ id: 's1', year: 1, activities: ['a', 'r'] }],
    });
    const whole = buildModel(parseManual(text).root);
    const [group] = ageGroupsOf(whole);
    expect(ageGroupsOf(whole)).toHaveLength(1);
    const analysis = analyzeText(text);
    expect(analysis.coverage.ageGroups).toHaveLength(1);
    expect(analysis.findings.filter((finding) => finding.messageId.includes('group'))).toEqual([]);
    expect(group).toEqual({ min: 5, max: 8 });
  });
});

function workshop(): TestActivity {
  return { id: 'a', codes: ['C1'], minutes: 45 };
}
