import { describe, it } from 'vitest';
import rule from '../../src/service/rules/early-start.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

/** A manual for these ages, with `continuity` under `program` when given. */
function forAges(ages: string, continuity?: string): string {
  const text = manualWith({ activities: [{ id: 'a' }], ages });
  return continuity === undefined ? text : text.replace('  settings:', `  continuity: ${continuity}\n  settings:`);
}

describe('early-start', () => {
  it('notes programmes that start after early childhood, in words that fit their ages', () => {
    checkCases(rule, [
      { name: 'starts at 4', text: forAges('{ min: 4, max: 6 }'), findings: [], assess: { '1.2.4': 'met' } },
      {
        name: 'starts at 8: nursery school and the first years of primary school came before',
        text: forAges('{ min: «8», max: 11 }'),
        findings: [{ messageId: 'late-start', args: { age: 8 }, says: 'nursery school' }],
        assess: { '1.2.4': 'not-applicable' },
      },
      {
        name: 'starts at 12: an advice that does not speak of nursery school, and not held against the programme',
        locale: 'fr',
        text: forAges('{ min: «12», max: 14 }'),
        findings: [{ messageId: 'late-start-adolescence', args: { age: 12 }, says: '(école élémentaire, collège, animation jeunesse)' }],
        assess: { '1.2.4': 'not-applicable' },
      },
      {
        name: 'starts at 18: young adults, one step of a path',
        text: forAges('{ min: «18», max: 25 }'),
        findings: [{ messageId: 'late-start-adult', says: '(secondary school, vocational training, youth work, local youth services)' }],
        assess: { '1.2.4': 'not-applicable' },
      },
      {
        name: 'a late start with its continuity described',
        text: forAges('{ min: 12, max: 14 }', 'Prend la suite du programme des écoles élémentaires du secteur.'),
        findings: [],
        assess: { '1.2.4': 'not-applicable' },
      },
      { name: 'a placeholder is no description', text: forAges('{ min: «12», max: 14 }', 'TODO'), findings: [{ messageId: 'late-start-adolescence' }] },
      { name: 'the age is an option', options: { maxStartAge: 12 }, text: forAges('{ min: 12, max: 14 }'), findings: [], assess: { '1.2.4': 'met' } },
    ]);
  });
});
