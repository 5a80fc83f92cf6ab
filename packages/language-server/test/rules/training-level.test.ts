import { describe, it } from 'vitest';
import rule from '../../src/service/rules/training-level.js';
import { checkCases } from '../rule-tester.js';

const sessions = 'activities:\n  - { id: a, title: Atelier, kind: workshop }\nsessions:\n  - { id: s1, year: 1, activities: [a] }\n';

describe('training-level', () => {
  it('wants facilitators who run sessions trained at level 2 or above', () => {
    checkCases(rule, [
      { name: 'level 2: fine, nothing assessed', text: `training:\n  level: 2\n  hours: 18\n${sessions}`, findings: [] },
      { name: 'level 3, the trainers’ level: fine', text: `training:\n  level: 3\n  hours: 60\n${sessions}`, findings: [] },
      {
        name: 'level 1 with sessions: at the level, 2.1.3 at most partly met',
        text: `training:\n  level: «1»\n  hours: 6\n  covers: [structured-activities]\n${sessions}`,
        findings: [{ messageId: 'basics-only', says: 'running CPS sessions with children and young people is level 2' }],
        assess: { '2.1.3': 'partly-met' },
      },
      {
        name: 'level 1, in French',
        locale: 'fr',
        text: `training:\n  level: «1»\n  hours: 6\n${sessions}`,
        findings: [{ messageId: 'basics-only', says: 'mais leur formation est de niveau 1, « acquérir les bases sur les CPS » ;' }],
        assess: { '2.1.3': 'partly-met' },
      },
      { name: 'level 1 but no session to run: nothing to say', text: 'training:\n  level: 1\n  hours: 6\n', findings: [] },
      {
        name: 'level 1, the only session still to write: nothing to run yet',
        text: 'training:\n  level: 1\n  hours: 6\nactivities:\n  - { id: a, title: Atelier, kind: workshop }\nsessions:\n  - { id: s1, year: 1, title: TODO, activities: [a] }\n',
        findings: [],
      },
      { name: 'a level still to write: the placeholder rule’s', text: `training:\n  level: TODO\n  hours: 6\n${sessions}`, findings: [] },
      { name: 'no training: missing-section’s', text: sessions, findings: [] },
    ]);
  });
});
