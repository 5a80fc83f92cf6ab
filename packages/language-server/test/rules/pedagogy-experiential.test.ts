import { describe, it } from 'vitest';
import rule from '../../src/service/rules/pedagogy-experiential.js';
import { checkCases } from '../rule-tester.js';

/** Activities, one per list of pedagogies; `activities` marked when `mark` is set. */
const manual = (lists: string[][], mark = false) =>
  `${mark ? '«activities»' : 'activities'}:\n${lists.map((list, i) => `  - id: a${i + 1}\n    kind: workshop\n    pedagogy: [${list.join(', ')}]\n`).join('')}`;

describe('pedagogy-experiential', () => {
  it('counts the activities that list "experiential" against minShare and gives 1.4.3 its status', () => {
    checkCases(rule, [
      { name: '3 of 4 activities: met', text: manual([['experiential'], ['active', 'experiential'], ['experiential'], ['active']]), findings: [], assess: { '1.4.3': 'met' } },
      {
        name: '1 of 3: partly met, with the figures',
        text: manual([['experiential'], ['active'], []], true),
        findings: [{ messageId: 'few', says: '1 of 3 activities (33%) use an experiential pedagogy; the bar is 50% (criterion 1.4.3)' }],
        assess: { '1.4.3': 'partly-met' },
      },
      {
        name: 'none, in French: missing',
        locale: 'fr',
        text: manual([['active'], []], true),
        findings: [{ messageId: 'none', says: 'Aucune activité n’indique « experiential » dans sa « pedagogy », alors que le critère 1.4.3 demande aux intervenants d’utiliser une pédagogie expérientielle' }],
        assess: { '1.4.3': 'missing' },
      },
      { name: 'option minShare lowers the bar', options: { minShare: 0.3 }, text: manual([['experiential'], ['active'], []]), findings: [], assess: { '1.4.3': 'met' } },
      { name: 'no activities: left to the schema', text: 'version: 1\n', findings: [], assess: { '1.4.3': 'missing' } },
    ]);
  });
});
