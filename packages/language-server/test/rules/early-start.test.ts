import { describe, it } from 'vitest';
import rule from '../../src/service/rules/early-start.js';
import { manualWith } from '../manual-builder.js';
import { checkCases } from '../rule-tester.js';

describe('early-start', () => {
  it('notes programmes that start after early childhood', () => {
    checkCases(rule, [
      { name: 'starts at 4', text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: 4, max: 6 }' }), findings: [], assess: { '1.2.4': 'met' } },
      {
        name: 'starts at 12: an advice, and not held against the programme',
        text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: «12», max: 14 }' }),
        findings: [{ messageId: 'late-start', args: { age: 12 } }],
        assess: { '1.2.4': 'not-applicable' },
      },
      { name: 'the age is an option', options: { maxStartAge: 12 }, text: manualWith({ activities: [{ id: 'a' }], ages: '{ min: 12, max: 14 }' }), findings: [], assess: { '1.2.4': 'met' } },
    ]);
  });
});
