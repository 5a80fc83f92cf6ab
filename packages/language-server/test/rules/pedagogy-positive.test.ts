import { describe, it } from 'vitest';
import rule from '../../src/service/rules/pedagogy-positive.js';
import { checkCases } from '../rule-tester.js';

/** Activities, one per list of pedagogies, each saying how it runs unless `said` is false; `activities` marked when `mark` is set. */
const manual = (lists: string[][], mark = false, said = true) =>
  `${mark ? '«activities»' : 'activities'}:\n${lists
    .map((list, i) => `  - id: a${i + 1}\n    kind: workshop\n    pedagogy: [${list.join(', ')}]\n${said ? '    steps: [Accueil de chacun par son prénom, Jeu coopératif]\n' : ''}`)
    .join('')}`;

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
        findings: [
          {
            messageId: 'none',
            says: 'Aucune activité n’indique «\u00a0positive\u00a0» dans sa «\u00a0pedagogy\u00a0», alors que le critère 1.4.2 demande aux intervenants d’utiliser une pédagogie positive',
          },
        ],
        assess: { '1.4.2': 'missing' },
      },
      { name: 'option minShare lowers the bar', options: { minShare: 0.3 }, text: manual([['positive'], ['active'], []]), findings: [], assess: { '1.4.2': 'met' } },
      {
        name: 'listed by 3 of 4 without saying how: declared',
        text: manual([['positive'], ['positive'], ['positive'], []], true, false),
        findings: [{ messageId: 'declared-only', says: 'the manual declares a positive pedagogy without showing it' }],
        assess: { '1.4.2': 'declared' },
      },
      { name: 'no activities: left to the schema', text: 'version: 1\n', findings: [], assess: { '1.4.2': 'missing' } },
    ]);
  });
});
