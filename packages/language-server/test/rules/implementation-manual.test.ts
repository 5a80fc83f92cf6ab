import { describe, it } from 'vitest';
import rule from '../../src/service/rules/implementation-manual.js';
import { manualWith } from '../manual-builder.js';
import { checkCases, runRuleFully } from '../rule-tester.js';
import { expect } from 'vitest';

const activity = { id: 'atelier', codes: ['E1.2'], minutes: 60 };

describe('implementation-manual', () => {
  it('gives 2.3.2 its status, and notes as an info what the manual does not yet present', () => {
    checkCases(rule, [
      {
        name: 'programme, activities and sessions: met',
        text: manualWith({ activities: [activity], sessions: [{ id: 's1', year: 1, activities: ['atelier'] }] }),
        findings: [],
        assess: { '2.3.2': 'met' },
      },
      {
        name: 'in French',
        locale: 'fr',
        text: manualWith({
          activities: [activity, { id: 'rituel', kind: 'ritual' }],
          sessions: [
            { id: 's1', year: 1, activities: ['atelier'] },
            { id: 's2', year: 1, activities: ['atelier'] },
          ],
        }),
        findings: [],
        assess: { '2.3.2': 'met' },
      },
      {
        name: 'no sessions: partly met, at the first key',
        text: manualWith({ activities: [activity] }).replace(/^version/, '«version»'),
        findings: [{ messageId: 'no-sessions', says: 'criterion 2.3.2' }],
        assess: { '2.3.2': 'partly-met' },
      },
      {
        name: 'an empty list of sessions: partly met, at its key',
        locale: 'fr',
        text: `${manualWith({ activities: [activity] })}«sessions»: []\n`,
        findings: [{ messageId: 'no-sessions', says: 'Le manuel présente les activités mais aucune séance qui les organise\u00a0:' }],
        assess: { '2.3.2': 'partly-met' },
      },
      {
        name: 'only sessions still to write: partly met',
        text: `${manualWith({ activities: [activity] })}«sessions»:\n  - { id: s1, year: 1, title: "TO COMPLETE: the first session", activities: [atelier] }\n`,
        findings: [{ messageId: 'no-sessions' }],
        assess: { '2.3.2': 'partly-met' },
      },
      {
        name: 'only activities still to write: missing, at the activities key',
        text: 'version: 1\nprogram:\n  id: essai\n  title: Essai\n«activities»:\n  - { id: a-completer, title: "À COMPLÉTER : le nom de l’atelier", kind: workshop }\n',
        findings: [{ messageId: 'not-written', says: 'criterion 2.3.2' }],
        assess: { '2.3.2': 'missing' },
      },
      {
        name: 'a programme whose title is still to write presents nothing yet',
        text: manualWith({ activities: [activity], sessions: [{ id: 's1', year: 1, activities: ['atelier'] }] })
          .replace('title: Un essai', 'title: "TO COMPLETE: the name of the programme"')
          .replace('activities:', '«activities»:'),
        findings: [{ messageId: 'not-written' }],
        assess: { '2.3.2': 'missing' },
      },
      { name: 'no programme: missing', text: '«activities»:\n  - id: a\n    kind: workshop\n', findings: [{ messageId: 'not-written' }], assess: { '2.3.2': 'missing' } },
      { name: 'no activities: missing, at the first key', text: '«program»:\n  id: essai\n', findings: [{ messageId: 'not-written' }], assess: { '2.3.2': 'missing' } },
      { name: 'not a manual at all: left to the schema', text: '- une liste\n', findings: [], assess: { '2.3.2': 'missing' } },
    ]);
  });

  it('gives the programme’s title and its figures as evidence', () => {
    const en = runRuleFully(rule, manualWith({ activities: [activity], sessions: [{ id: 's1', year: 1, activities: ['atelier'] }] }));
    expect(en.assessments[0]?.evidence).toBe('Un essai: 1 activity, 1 session');
    const fr = runRuleFully(
      rule,
      manualWith({
        activities: [activity, { id: 'rituel', kind: 'ritual' }],
        sessions: [
          { id: 's1', year: 1, activities: ['atelier'] },
          { id: 's2', year: 1, activities: ['atelier'] },
        ],
      }),
      'fr',
    );
    expect(fr.assessments[0]?.evidence).toBe('Un essai : 2 activités, 2 séances');
    expect(runRuleFully(rule, manualWith({ activities: [activity] })).assessments[0]?.evidence).toBe('Un essai: 1 activity, 0 sessions');
  });
});
