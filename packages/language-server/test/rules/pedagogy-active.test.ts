import { describe, expect, it } from 'vitest';
import rule from '../../src/service/rules/pedagogy-active.js';
import { checkCases, runRuleFully } from '../rule-tester.js';

/** Activities of every kind, one per list of pedagogies, each saying how it runs; `activities` marked when `mark` is set. */
const manual = (lists: string[][], mark = false) =>
  `${mark ? '«activities»' : 'activities'}:\n${lists
    .map(
      (list, i) =>
        `  - id: a${i + 1}\n    kind: ${['workshop', 'ritual', 'informal'][i % 3]}\n    pedagogy: [${list.join(', ')}]\n    description: Les élèves jouent la scène par deux.\n`,
    )
    .join('')}`;

/** An activity listing "active", with what it says of how it runs. */
const activeWith = (id: string, lines = '') => `  - id: ${id}\n    kind: workshop\n    pedagogy: [active]\n${lines}`;

describe('pedagogy-active', () => {
  it('counts the activities that list "active" against minShare and gives 1.4.1 its status', () => {
    checkCases(rule, [
      {
        name: 'activities that all still hold a place list no pedagogy yet',
        text: '«activities»:\n  - { id: a-completer, title: "À COMPLÉTER : le nom de l’atelier", kind: workshop, competencies: [E1.2], pedagogy: [active] }\n',
        findings: [{ messageId: 'none' }],
        assess: { '1.4.1': 'missing' },
      },
      { name: '2 of 3 activities: met', text: manual([['active'], ['active', 'positive'], ['experiential']]), findings: [], assess: { '1.4.1': 'met' } },
      { name: 'exactly the bar, 2 of 4: met', text: manual([['active'], ['active'], [], ['positive']]), findings: [], assess: { '1.4.1': 'met' } },
      {
        name: '1 of 4: partly met, with the figures, at the activities key',
        text: manual([['active'], ['positive'], ['experiential'], []], true),
        findings: [{ messageId: 'few', args: { count: 1, total: 4, share: 25, bar: 50 }, says: '1 of 4 activities (25%) use an active pedagogy; the bar is 50%' }],
        assess: { '1.4.1': 'partly-met' },
      },
      {
        name: 'in French',
        locale: 'fr',
        text: manual([['active'], ['active'], ['positive'], [], [], []], true),
        findings: [{ messageId: 'few', says: '2 activités sur 6 (33\u00a0%) utilisent une pédagogie active\u00a0; le seuil est de 50\u00a0% (critère 1.4.1)' }],
        assess: { '1.4.1': 'partly-met' },
      },
      {
        name: 'none: missing, at the activities key',
        text: manual([['positive'], []], true),
        findings: [{ messageId: 'none', says: 'criterion 1.4.1 asks facilitators to use an active pedagogy' }],
        assess: { '1.4.1': 'missing' },
      },
      {
        name: 'an activity without pedagogy counts in the total',
        text: `«activities»:\n  - id: a1\n    kind: workshop\n    pedagogy: [active]\n  - id: a2\n    kind: workshop\n  - id: a3\n    kind: ritual\n`,
        findings: [{ messageId: 'few', args: { count: 1, total: 3 } }],
        assess: { '1.4.1': 'partly-met' },
      },
      {
        name: 'option minShare lowers the bar',
        options: { minShare: 0.25 },
        text: manual([['active'], ['positive'], ['experiential'], []]),
        findings: [],
        assess: { '1.4.1': 'met' },
      },
      {
        name: 'option minShare 1: every activity',
        options: { minShare: 1 },
        text: manual([['active'], ['active'], ['active'], ['positive']], true),
        findings: [{ messageId: 'few', says: '3 of 4 activities (75%) use an active pedagogy; the bar is 100%' }],
        assess: { '1.4.1': 'partly-met' },
      },
      {
        name: 'a share just under the bar never shows rounded up to it',
        options: { minShare: 0.67 },
        text: manual([['active'], ['active'], []], true),
        findings: [{ messageId: 'few', args: { share: 66, bar: 67 } }],
        assess: { '1.4.1': 'partly-met' },
      },
      {
        name: 'listed by 3 of 4 but only 1 says how it runs: declared, at the activities key',
        text: `«activities»:\n${activeWith('a1', '    description: Jeu de rôle par deux.\n')}${activeWith('a2')}${activeWith('a3')}  - id: a4\n    kind: ritual\n`,
        findings: [
          {
            messageId: 'declared-only',
            args: { count: 3, total: 4, shown: 1, share: 25, bar: 50 },
            says: '3 of 4 activities list "active" in their "pedagogy", but 1 of the 4 (25%) says how, below the bar of 50% (criterion 1.4.1): the manual declares an active pedagogy without showing it. For those activities, describe how they run in "description" or, step by step, in "steps".',
          },
        ],
        assess: { '1.4.1': 'declared' },
      },
      {
        name: 'declared only, in French',
        locale: 'fr',
        text: `«activities»:\n${activeWith('a1')}${activeWith('a2')}`,
        findings: [{ messageId: 'declared-only', says: 'Sur 2 activités, 2 indiquent «\u00a0active\u00a0» dans leur «\u00a0pedagogy\u00a0», mais 0 (0\u00a0%) dit comment' }],
        assess: { '1.4.1': 'declared' },
      },
      {
        name: 'steps say how it runs as well as a description',
        text: `activities:\n${activeWith('a1', '    steps:\n      - Chacun tire une carte émotion.\n      - On la mime au groupe.\n')}${activeWith('a2', '    steps: [Débat mouvant]\n')}`,
        findings: [],
        assess: { '1.4.1': 'met' },
      },
      {
        name: 'a description or steps left to fill say nothing',
        text: `«activities»:\n${activeWith('a1', '    description: À COMPLÉTER\n')}${activeWith('a2', '    steps: [TODO, À COMPLÉTER]\n')}`,
        findings: [{ messageId: 'declared-only', args: { shown: 0 } }],
        assess: { '1.4.1': 'declared' },
      },
      { name: 'no activities: left to the schema', text: 'version: 1\n', findings: [], assess: { '1.4.1': 'missing' } },
    ]);
  });

  it('points at each activity that lists "active" without saying how', () => {
    const text = `activities:\n${activeWith('a1', '    description: Jeu de rôle.\n')}${activeWith('a2')}${activeWith('a3')}`;
    const [finding] = runRuleFully(rule, text, 'fr').findings;
    expect(finding?.related?.map((place) => [place.range.start.line, place.message])).toEqual([
      [7, 'indique «\u00a0active\u00a0» sans dire comment'],
      [10, 'indique «\u00a0active\u00a0» sans dire comment'],
    ]);
  });

  it('gives the figures as evidence, in both languages', () => {
    const text = manual([['active'], ['active'], ['active'], ['positive']]);
    expect(runRuleFully(rule, text).assessments[0]?.evidence).toBe('3 of 4 activities (75%)');
    expect(runRuleFully(rule, text, 'fr').assessments[0]?.evidence).toBe('3 activités sur 4 (75\u00a0%)');
    const declared = `activities:\n${activeWith('a1', '    description: Jeu.\n')}${activeWith('a2')}${activeWith('a3')}`;
    expect(runRuleFully(rule, declared).assessments[0]?.evidence).toBe('3 of 3 activities, 1 showing how');
    expect(runRuleFully(rule, declared, 'fr').assessments[0]?.evidence).toBe('3 activités sur 3, dont 1 qui montre comment');
  });

  it('validates its options', () => {
    const schema = rule.meta.options!.schema;
    expect(schema.safeParse({ minShare: 0.3 }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ minShare: 1.5 }).success).toBe(false);
    expect(schema.safeParse({ minshare: 0.3 }).success).toBe(false);
  });
});
