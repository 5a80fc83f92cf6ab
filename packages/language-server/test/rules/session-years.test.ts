import { describe, it } from 'vitest';
import rule from '../../src/service/rules/session-years.js';
import { checkCases } from '../rule-tester.js';
import { manualWith } from '../manual-builder.js';

describe('session-years', () => {
  it('wants sessions within the years of the programme', () => {
    checkCases(rule, [
      { name: 'within', text: manualWith({ years: 2, activities: [{ id: 'a' }], sessions: [{ id: 's', year: 2, activities: ['a'] }] }), findings: [] },
      {
        name: 'year 3 of a 2-year programme',
        text: manualWith({ years: 2, activities: [{ id: 'a' }], sessions: [{ id: 's', year: '«3»' as unknown as number, activities: ['a'] }] }),
        findings: [{ messageId: 'beyond', says: 'Session "s" is in year 3, but the programme lasts 2 years' }],
      },
    ]);
  });
});
