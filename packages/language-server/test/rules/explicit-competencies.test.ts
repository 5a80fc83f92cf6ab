import { describe, it } from 'vitest';
import rule from '../../src/service/rules/explicit-competencies.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

describe('explicit-competencies', () => {
  it('wants every activity to name the competencies it works', () => {
    checkCases(rule, [
      { name: 'every activity names codes', text: manualWith({ activities: [{ id: 'a', codes: ['E1.2'] }, { id: 'b', codes: ['S1'] }] }), findings: [], assess: { '1.2.3': 'met' } },
      {
        name: 'one activity names none',
        text: manualWith({ activities: [{ id: 'a', codes: ['E1.2'] }, { id: '«b»' }] }),
        findings: [{ messageId: 'none-named', args: { activity: 'b' } }],
        assess: { '1.2.3': 'partly-met' },
      },
      {
        name: 'none names any, in French',
        locale: 'fr',
        text: manualWith({ activities: [{ id: '«a»' }] }),
        findings: [{ messageId: 'none-named', says: 'L’activité « a » ne dit pas' }],
        assess: { '1.2.3': 'missing' },
      },
      {
        name: 'codes that are all unknown are left to unknown-competency',
        text: manualWith({ activities: [{ id: 'a', codes: ['E1.3'] }] }),
        findings: [],
        assess: { '1.2.3': 'missing' },
      },
    ]);
  });
});
