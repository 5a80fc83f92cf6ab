import { describe, it } from 'vitest';
import rule from '../../src/service/rules/pedagogy-positive.js';
import { checkCases } from '../rule-tester.js';

/** Activities, one per list of pedagogies; `activities` marked when `mark` is set. */
const manual = (lists: string[][], mark = false) =>
  `${mark ? '«activities»' : 'activities'}:\n${lists.map((list, i) => `  - id: a${i + 1}\n    kind: workshop\n    pedagogy: [${list.join(', ')}]\n`).join('')}`;

describe('pedagogy-positive', () => {
  it('counts the activities that list "positive" against minShare and gives 1.4.2 its status', () => {
    checkCases(rule, [
      { name: '3 of 4 activities: met', text: manual([['positive'], ['active', 'positive'], ['positive'], ['active']]), findings: [], assess: { '1.4.2': 'met' } },
      {
        name: '1 of 3: partly met, with the figures',
        text: manual([['positive'], ['active'], []], true),
        findings: [{ messageId: 'few', says: '1 of 3 activities (33%) use a positive pedagogy; the bar is 50% (criterion 1.4.2)' }],
        assess: { '1.4.2': 'partly-met' },
      },
      {
        name: 'none, in French: missing',
        locale: 'fr',
        text: manual([['active'], []], true),
        findings: [{ messageId: 'none', says: 'Aucune activité n’indique « positive » dans sa « pedagogy », alors que le critère 1.4.2 demande aux intervenants d’utiliser une pédagogie positive' }],
        assess: { '1.4.2': 'missing' },
      },
      { name: 'option minShare lowers the bar', options: { minShare: 0.3 }, text: manual([['positive'], ['active'], []]), findings: [], assess: { '1.4.2': 'met' } },
      { name: 'no activities: left to the schema', text: 'version: 1\n', findings: [], assess: { '1.4.2': 'missing' } },
    ]);
  });
});
